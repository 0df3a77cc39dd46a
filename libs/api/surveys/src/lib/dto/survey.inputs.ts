import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEmail,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { QUESTION_KINDS } from '@inspraak/domain';
import {
  AudienceKind,
  ReportingDimension,
  SurveyMode,
} from '../survey.entities';

@InputType()
export class LocalTextInput {
  @Field() @IsString() @MaxLength(500) nl!: string;
  @Field() @IsString() @MaxLength(500) en!: string;
}

@InputType()
export class OptionInput {
  @Field() @IsString() @MinLength(1) @MaxLength(60) key!: string;
  @Field(() => LocalTextInput)
  @ValidateNested()
  @Type(() => LocalTextInput)
  label!: LocalTextInput;
}

@InputType()
export class ConditionInput {
  @Field() @IsString() @MaxLength(60) questionKey!: string;
  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  anyOf!: string[];
}

@InputType()
export class QuestionInput {
  @Field() @IsString() @MinLength(1) @MaxLength(60) key!: string;
  /** One of AGREEMENT_5, SINGLE_CHOICE, MULTIPLE_CHOICE, SCALE_0_10, RANKING, SHORT_TEXT, LONG_TEXT. */
  @Field() @IsIn([...QUESTION_KINDS]) kind!: string;
  @Field(() => LocalTextInput)
  @ValidateNested()
  @Type(() => LocalTextInput)
  text!: LocalTextInput;
  @Field({ defaultValue: false }) @IsBoolean() required!: boolean;
  @Field(() => [OptionInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => OptionInput)
  options!: OptionInput[];
  @Field(() => ConditionInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConditionInput)
  condition?: ConditionInput | null;
}

@InputType()
export class SectionInput {
  @Field() @IsString() @MinLength(1) @MaxLength(60) key!: string;
  @Field(() => LocalTextInput)
  @ValidateNested()
  @Type(() => LocalTextInput)
  title!: LocalTextInput;
  @Field(() => [QuestionInput])
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => QuestionInput)
  questions!: QuestionInput[];
}

@InputType()
export class AudienceInput {
  @Field(() => AudienceKind) @IsEnum(AudienceKind) kind!: AudienceKind;
  @Field(() => [ID], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  departmentIds!: string[];
  @Field({ defaultValue: true }) @IsBoolean() includeSubDepartments!: boolean;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() trajectoryId?:
    | string
    | null;
  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(5000)
  @IsEmail({}, { each: true })
  emails!: string[];
}

@InputType()
export class SurveyInput {
  @Field() @IsString() @MinLength(1) @MaxLength(200) title!: string;
  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(5000)
  introduction!: string;
  @Field(() => SurveyMode) @IsEnum(SurveyMode) mode!: SurveyMode;
  @Field(() => Int, { defaultValue: 5 })
  @IsInt()
  @Min(5)
  @Max(100)
  threshold!: number;
  @Field(() => AudienceInput)
  @ValidateNested()
  @Type(() => AudienceInput)
  audience!: AudienceInput;
  /** What results are broken down by once closed (one dimension per survey); unchanged when left out. */
  @Field(() => ReportingDimension, { nullable: true })
  @IsOptional()
  @IsEnum(ReportingDimension)
  reportBy?: ReportingDimension | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() trajectoryId?:
    | string
    | null;
  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @IsDate()
  closesAt?: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @IsDate()
  remindAt?: Date | null;
  @Field(() => [SectionInput])
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => SectionInput)
  sections!: SectionInput[];
}

@InputType()
export class AnswerInput {
  @Field() @IsString() @MaxLength(60) questionKey!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() number?:
    | number
    | null;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  options?: string[] | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  text?: string | null;
}
