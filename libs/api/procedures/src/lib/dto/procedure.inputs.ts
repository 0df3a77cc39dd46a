import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { ProcedureType } from '@inspraak/domain';
import { CouncilResponseKind } from '../procedure.entities';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class ProcedureInput {
  @Field(() => ProcedureType) @IsEnum(ProcedureType) type!: ProcedureType;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  item?: string | null;
  @Field() @IsString() @MinLength(1) @MaxLength(200) title!: string;
  @Field() @Matches(DATE) requestReceivedOn!: string;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  agreedTermDays?: number | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DATE)
  meetingRequestedOn?: string | null;
  /** The overlegvergadering planned on the matter (its invitation is due 7 days before). */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DATE)
  plannedMeetingOn?: string | null;
  @Field({ defaultValue: false }) @IsBoolean() reasonsStated!: boolean;
  @Field({ defaultValue: false }) @IsBoolean() consequencesStated!: boolean;
  @Field({ defaultValue: false }) @IsBoolean() measuresStated!: boolean;
  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(10_000)
  completenessNotes!: string;
  /** The council's conditions, for the letter. */
  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(10_000)
  conditions!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() trajectoryId?:
    | string
    | null;
  @Field({ defaultValue: false }) @IsBoolean() confidential!: boolean;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  committee?: string | null;
  /** The request document; leave out to keep the one stored. */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  requestFileName?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  requestMediaType?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  requestContentBase64?: string | null;
}

/** One step in the procedure; which fields count depends on `kind`. */
@InputType()
export class ProcedureStepInput {
  @Field()
  @IsIn([
    'START_HANDLING',
    'RECORD_CONSULTATION',
    'RECORD_MEETING',
    'SEND_RESPONSE',
    'RECORD_DECISION',
    'WAIVE_SUSPENSION',
    'CLOSE',
    'WITHDRAW',
  ])
  kind!: string;
  /** RECORD_MEETING: the day of the overlegvergadering; SEND_RESPONSE: the day it was sent. */
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(DATE) on?:
    | string
    | null;
  @Field(() => CouncilResponseKind, { nullable: true })
  @IsOptional()
  @IsEnum(CouncilResponseKind)
  response?: CouncilResponseKind | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  summary?: string | null;
  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  deviates?: boolean | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DATE)
  noticeOn?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DATE)
  reasonsReceivedOn?: string | null;
  /** RECORD_MEETING: this was the planned overlegvergadering (perhaps held on another day), so its invitation deadline is done. */
  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  heldAsPlanned?: boolean | null;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(2000) note!: string;
}

@InputType()
export class WorSettingsInput {
  @Field() @IsBoolean() moveDeadlinesToWorkingDay!: boolean;
  @Field() @IsString() @MinLength(1) @MaxLength(200) councilName!: string;
  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(1000)
  letterheadAddress!: string;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(200) signatory!: string;
}
