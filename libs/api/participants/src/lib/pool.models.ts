import {
  Field,
  Float,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { ParticipationStatus, WayOfTakingPart } from './participants.entities';

/** A participant as the advisor sees them in the pool overview. */
@ObjectType()
export class PoolMember {
  @Field(() => ID) participantId!: string;
  @Field() displayName!: string;
  @Field() email!: string;
  @Field(() => ID, { nullable: true }) departmentId!: string | null;
  @Field(() => String, { nullable: true }) departmentName!: string | null;
  @Field(() => String, { nullable: true }) location!: string | null;
  @Field(() => Int) hoursPerMonth!: number;
  @Field(() => [ID]) skillIds!: string[];
  @Field(() => [String]) themes!: string[];
  @Field(() => [WayOfTakingPart]) waysOfTakingPart!: WayOfTakingPart[];
  @Field(() => ParticipationStatus) status!: ParticipationStatus;
  @Field(() => String, { nullable: true }) pausedUntil!: string | null;
  @Field(() => GraphQLISODateTime) joinedAt!: Date;
  /** Joined within the last 30 days: a candidate for onboarding. */
  @Field() isNew!: boolean;
  /** Not yet welcomed by the advisor (see markParticipantOnboarded). */
  @Field() needsOnboarding!: boolean;
  /** Holds a valid (accepted, not expired, not superseded past its transition date) agreement today. */
  @Field() agreementValid!: boolean;
}

@ObjectType()
export class PoolPage {
  @Field(() => [PoolMember]) items!: PoolMember[];
  @Field(() => Int) total!: number;
  @Field(() => Int) offset!: number;
  @Field(() => Int) limit!: number;
}

@InputType()
export class PoolFilter {
  /** Participants having all of these skills. */
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  skillIds?: string[];
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  theme?: string;
  /** Includes sub-departments. */
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  departmentId?: string;
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  location?: string;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(80)
  minHoursPerMonth?: number;
  @Field(() => ParticipationStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ParticipationStatus)
  status?: ParticipationStatus;
  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  agreementValid?: boolean;
  /** Participants for at least this many months. */
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(600)
  minMonthsInPool?: number;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() onlyNew?: boolean;
  /** Name or e-mail. */
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}

@InputType()
export class PoolPageInput {
  @Field(() => Int, { defaultValue: 0 }) @IsInt() @Min(0) offset = 0;
  @Field(() => Int, { defaultValue: 25 }) @IsInt() @Min(1) @Max(100) limit = 25;
}

export enum RepresentationVerdictEnum {
  NOT_ENOUGH_DATA = 'NOT_ENOUGH_DATA',
  UNDER = 'UNDER',
  BALANCED = 'BALANCED',
  OVER = 'OVER',
}
registerEnumType(RepresentationVerdictEnum, {
  name: 'RepresentationVerdict',
  description:
    "How a department's share of the pool compares with its share of the headcount (see judgeRepresentation in the domain); NOT_ENOUGH_DATA below the minimum pool size.",
});

/** How well a department is represented in the pool, against its headcount in the directory. */
@ObjectType()
export class DepartmentRepresentation {
  @Field(() => ID, { nullable: true }) departmentId!: string | null;
  @Field(() => String, { nullable: true }) departmentName!: string | null;
  @Field(() => Int) headcount!: number;
  @Field(() => Int) participants!: number;
  /** participants / headcount; null without headcount. */
  @Field(() => Float, { nullable: true }) share!: number | null;
  /** This department's part of the pool (participants / pool size). */
  @Field(() => Float) poolShare!: number;
  /** This department's part of the workforce (headcount / total headcount). */
  @Field(() => Float) headcountShare!: number;
  /** Participants it would have if the pool mirrored the workforce. */
  @Field(() => Float) expected!: number;
  /** Participants in the whole pool (the same on every row). */
  @Field(() => Int) poolSize!: number;
  /** Smallest pool for which a verdict is given. */
  @Field(() => Int) minPoolForVerdict!: number;
  @Field(() => RepresentationVerdictEnum) verdict!: RepresentationVerdictEnum;
  /** verdict = UNDER: worth recruiting there. */
  @Field() underRepresented!: boolean;
}

@InputType()
export class MatchNeedInput {
  @Field(() => [ID])
  @IsArray()
  @ArrayMaxSize(30)
  @IsUUID('all', { each: true })
  skillIds!: string[];
  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(80, { each: true })
  themes!: string[];
  @Field(() => Int) @IsInt() @Min(1) @Max(200) size!: number;
  @Field(() => [ID], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  mustCoverDepartmentIds: string[] = [];
  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  mustCoverLocations: string[] = [];
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(80)
  hoursPerMonth?: number;
  @Field(() => WayOfTakingPart)
  @IsEnum(WayOfTakingPart)
  wayOfTakingPart!: WayOfTakingPart;
}

@ObjectType()
export class MatchCandidate {
  @Field(() => ID) participantId!: string;
  /** Their account: what invitations (inviteToWorkgroup) take. */
  @Field(() => ID) userId!: string;
  @Field() displayName!: string;
  @Field(() => String, { nullable: true }) departmentName!: string | null;
  @Field(() => String, { nullable: true }) location!: string | null;
  @Field(() => Float) score!: number;
  /** Plain explanation, e.g. "heeft 3 van 4 vaardigheden, dekt Logistiek, 6 u/maand beschikbaar". */
  @Field() explanationNl!: string;
  @Field() explanationEn!: string;
  /** Structured parts as JSON, for richer displays. */
  @Field() explanation!: string;
  /** Picked for the suggested team (covering a must-cover department or location first, then by score). */
  @Field() suggested!: boolean;
}

@ObjectType()
export class IneligibleCount {
  @Field() reason!: string;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class MatchResultModel {
  @Field(() => [MatchCandidate]) candidates!: MatchCandidate[];
  @Field(() => Int) eligibleCount!: number;
  /** Why the others cannot be proposed (paused, no agreement, no consent …), counted per reason. */
  @Field(() => [IneligibleCount]) ineligible!: IneligibleCount[];
  /** Must-cover departments or locations the suggested team could not cover. */
  @Field(() => [String]) uncovered!: string[];
}
