import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('ProcedureDocument')
export class DocumentFile {
  @Field() fileName!: string;
  @Field() mediaType!: string;
  @Field() contentBase64!: string;
}
