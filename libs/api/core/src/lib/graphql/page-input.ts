import { Field, InputType, Int } from '@nestjs/graphql';
import { Max, Min } from 'class-validator';

/** One page of a long list: where it starts and how many rows (at most 100). */
@InputType()
export class PageInput {
  @Field(() => Int, { defaultValue: 0 }) @Min(0) offset = 0;
  @Field(() => Int, { defaultValue: 25 }) @Min(1) @Max(100) limit = 25;
}
