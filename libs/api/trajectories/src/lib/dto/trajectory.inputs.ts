import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEmail,
  IsEnum,
  IsInt,
  IsOptional,
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
import { RegieTeamRole } from '@inspraak/domain';
import { TrajectoryStatus } from '../trajectory.entities';
import { PostKind } from '../board.entities';
import { MeetingKind } from '../meeting.entities';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class PhaseNameInput {
  @Field() @IsString() @MaxLength(60) nl!: string;
  @Field() @IsString() @MaxLength(60) en!: string;
  @Field({
    description:
      'The phase in which the director decides (see PhaseDefinition.decision).',
  })
  @IsBoolean()
  decision!: boolean;
}

@InputType()
export class PhaseDatesInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DATE)
  startsOn?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DATE)
  endsOn?: string | null;
}

@InputType()
export class TrajectoryInput {
  @Field() @IsString() @MinLength(1) @MaxLength(200) title!: string;
  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(10_000)
  description!: string;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(2_000) decision!: string;
  @Field(() => [ID], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  departmentIds!: string[];
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DATE)
  startsOn?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DATE)
  endsOn?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  budgetLine?: string | null;
  @Field({ defaultValue: false }) @IsBoolean() published!: boolean;
  /** The owner (e-mail address of a member); the creator when left out. */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  ownerEmail?: string | null;
}

@InputType()
export class UpdateTrajectoryInput extends TrajectoryInput {
  @Field(() => TrajectoryStatus)
  @IsEnum(TrajectoryStatus)
  status!: TrajectoryStatus;
  /** Dates per phase, in the order of the trajectory's phases. */
  @Field(() => [PhaseDatesInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => PhaseDatesInput)
  phaseDates?: PhaseDatesInput[] | null;
}

@InputType()
export class RegieTeamSeatInput {
  @Field(() => ID) @IsUUID() trajectoryId!: string;
  @Field() @IsEmail() email!: string;
  @Field(() => RegieTeamRole) @IsEnum(RegieTeamRole) role!: RegieTeamRole;
}

@InputType()
export class CallInput {
  @Field() @IsString() @MinLength(1) @MaxLength(200) name!: string;
  @Field() @IsString() @MinLength(1) @MaxLength(5_000) goal!: string;
  @Field(() => [ID], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  skillIds!: string[];
  @Field(() => Int) @IsInt() @Min(1) @Max(100) size!: number;
  @Field(() => Int) @IsInt() @Min(1) @Max(80) hoursPerMonth!: number;
  @Field() @Matches(DATE) closesOn!: string;
}

@InputType()
export class DocumentInput {
  /** Exactly one of workgroupId and agendaItemId (with meetingId). */
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  workgroupId?: string | null;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  meetingId?: string | null;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  agendaItemId?: string | null;
  @Field() @IsString() @MinLength(1) @MaxLength(200) fileName!: string;
  @Field() @IsString() @MaxLength(100) mediaType!: string;
  @Field() @IsString() contentBase64!: string;
}

@InputType()
export class PostInput {
  @Field(() => ID) @IsUUID() trajectoryId!: string;
  @Field(() => PostKind) @IsEnum(PostKind) kind!: PostKind;
  @Field() @IsString() @MinLength(1) @MaxLength(2_000) text!: string;
  @Field({ defaultValue: false }) @IsBoolean() hideName!: boolean;
}

@InputType()
export class AgendaItemInput {
  @Field() @IsString() @MinLength(1) @MaxLength(200) title!: string;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(5_000) notes!: string;
  @Field({ defaultValue: false }) @IsBoolean() confidential!: boolean;
}

/** What a new and a changed meeting both give. */
@InputType({ isAbstract: true })
abstract class MeetingFields {
  @Field() @IsString() @MinLength(1) @MaxLength(200) title!: string;
  @Field(() => GraphQLISODateTime) @IsDate() startsAt!: Date;
  @Field(() => GraphQLISODateTime) @IsDate() endsAt!: Date;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(200) location!: string;
  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(100)
  @IsEmail({}, { each: true })
  inviteeEmails!: string[];
}

@InputType()
export class MeetingInput extends MeetingFields {
  @Field(() => ID) @IsUUID() trajectoryId!: string;
  @Field(() => MeetingKind) @IsEnum(MeetingKind) kind!: MeetingKind;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  workgroupId?: string | null;
  @Field(() => [AgendaItemInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => AgendaItemInput)
  agenda!: AgendaItemInput[];
}

@InputType()
export class AgendaItemUpdateInput extends AgendaItemInput {
  /** An item already on the agenda (it keeps its decision, minutes and documents); left out for a new item. */
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  id?: string | null;
}

/** A changed meeting: its kind and workgroup stay; the agenda and invitees are given whole. */
@InputType()
export class MeetingUpdateInput extends MeetingFields {
  @Field(() => [AgendaItemUpdateInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => AgendaItemUpdateInput)
  agenda!: AgendaItemUpdateInput[];
}

@InputType()
export class DecisionInput {
  @Field(() => ID) @IsUUID() agendaItemId!: string;
  @Field() @IsString() @MaxLength(5_000) decision!: string;
  /** The item's own minutes; left out, they stay as they were. */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  minutes?: string | null;
}

@InputType()
export class MinutesInput {
  @Field(() => ID) @IsUUID() meetingId!: string;
  @Field() @IsString() @MaxLength(50_000) minutes!: string;
  @Field(() => [DecisionInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => DecisionInput)
  decisions!: DecisionInput[];
}

@InputType()
export class ActionInput {
  @Field(() => ID) @IsUUID() trajectoryId!: string;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  meetingId?: string | null;
  /** The agenda item it came from: a confidential item makes the action confidential. */
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  agendaItemId?: string | null;
  @Field() @IsString() @MinLength(1) @MaxLength(1_000) description!: string;
  @Field() @IsEmail() ownerEmail!: string;
  @Field() @Matches(DATE) dueOn!: string;
}

@InputType()
export class EvaluationAnswerInput {
  @Field(() => ID) @IsUUID() evaluationId!: string;
  @Field() @IsString() @MaxLength(2_000) wentWell!: string;
  @Field() @IsString() @MaxLength(2_000) toImprove!: string;
}
