import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import {
  ConsentPurpose,
  FieldVisibility,
  WayOfTakingPart,
} from '../participants.entities';

@InputType()
export class ProfileVisibilityInput {
  @Field(() => FieldVisibility)
  @IsEnum(FieldVisibility)
  skills!: FieldVisibility;
  @Field(() => FieldVisibility)
  @IsEnum(FieldVisibility)
  themes!: FieldVisibility;
  @Field(() => FieldVisibility)
  @IsEnum(FieldVisibility)
  availability!: FieldVisibility;
  @Field(() => FieldVisibility)
  @IsEnum(FieldVisibility)
  about!: FieldVisibility;
}

@InputType()
export class ProfileInput {
  @Field(() => [ID])
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  skillIds!: string[];
  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  tags!: string[];
  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(80, { each: true })
  themes!: string[];
  @Field(() => Int) @IsInt() @Min(0) @Max(80) hoursPerMonth!: number;
  @Field(() => [WayOfTakingPart])
  @IsArray()
  @IsEnum(WayOfTakingPart, { each: true })
  waysOfTakingPart!: WayOfTakingPart[];
  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(10)
  @Matches(/^[a-z]{2,3}$/, { each: true })
  languages!: string[];
  @Field() @IsString() @MaxLength(1000) about!: string;
  @Field(() => ProfileVisibilityInput)
  @ValidateNested()
  @Type(() => ProfileVisibilityInput)
  visibility!: ProfileVisibilityInput;
}

@InputType()
export class JoinPoolInput {
  @Field(() => ProfileInput)
  @ValidateNested()
  @Type(() => ProfileInput)
  profile!: ProfileInput;
  @Field(() => [ConsentPurpose])
  @IsArray()
  @IsEnum(ConsentPurpose, { each: true })
  consents!: ConsentPurpose[];
}

@InputType()
export class AgreementDraftInput {
  @Field() @IsString() @MinLength(1) @MaxLength(200) title!: string;
  @Field() @IsString() @MaxLength(50_000) markdown!: string;
  /** How long an acceptance holds, in months. */
  @Field(() => Int) @IsInt() @Min(1) @Max(60) termMonths!: number;
}
