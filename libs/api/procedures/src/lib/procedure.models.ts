import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { BoundedList } from '@inspraak/api-core';
import { ProcedureState, ProcedureType } from '@inspraak/domain';
import {
  CouncilResponseKind,
  Procedure,
  ProcedureEvidence,
  ProcedureLetter,
  ProcedureStep,
} from './procedure.entities';

@ObjectType()
export class DeadlineModel {
  @Field() kind!: string;
  @Field() date!: string;
  @Field() nameNl!: string;
  @Field() nameEn!: string;
}

@ObjectType()
export class LegalItemModel {
  @Field() key!: string;
  @Field() nl!: string;
  @Field() en!: string;
  @Field() toVerify!: boolean;
}

@ObjectType()
export class LegalBasisModel {
  @Field() type!: string;
  @Field() article!: string;
  @Field() nl!: string;
  @Field() en!: string;
  @BoundedList(14) @Field(() => [LegalItemModel]) items!: LegalItemModel[];
}

/**
 * A procedure as the caller may see it. For a confidential procedure (art. 20)
 * readers outside the works council see its kind, state and deadlines, not
 * its contents: the request, notes, evidence, letter and answer are left out.
 */
@ObjectType('ProcedureView')
export class ProcedureView extends Procedure {
  /** "art. 25 lid 1 sub e WOR", for headings and letters. */
  @Field() legalReference!: string;
  @BoundedList(6) @Field(() => [DeadlineModel]) deadlines!: DeadlineModel[];
  @Field(() => DeadlineModel, { nullable: true })
  nextDeadline!: DeadlineModel | null;
  @Field() contentsHidden!: boolean;
  @Field() canEdit!: boolean;
  /** What can be recorded next (event kinds the state machine accepts now). */
  @BoundedList(6) @Field(() => [String]) possibleSteps!: string[];
  @BoundedList(12) @Field(() => [ProcedureStep]) steps!: ProcedureStep[];
  @BoundedList(6)
  @Field(() => [ProcedureEvidence])
  evidence!: ProcedureEvidence[];
  @Field(() => ProcedureLetter, { nullable: true })
  letter!: ProcedureLetter | null;
}

/** What employees see of a procedure that is not confidential: what it is about and what the works council said. */
@ObjectType()
export class PublicProcedure {
  @Field() id!: string;
  @Field(() => ProcedureType) type!: ProcedureType;
  @Field() title!: string;
  @Field() legalReference!: string;
  @Field(() => ProcedureState) state!: ProcedureState;
  @Field() requestReceivedOn!: string;
  @Field(() => CouncilResponseKind, { nullable: true })
  response!: CouncilResponseKind | null;
  @Field(() => String, { nullable: true }) responseSentOn!: string | null;
  @Field(() => String, { nullable: true }) responseSummary!: string | null;
}

@ObjectType()
export class EvidenceCheck {
  @Field() evidenceId!: string;
  @Field() storedHash!: string;
  @Field() recomputedHash!: string;
  @Field() valid!: boolean;
}

@ObjectType()
export class UpcomingDeadline {
  @Field() procedureId!: string;
  @Field() procedureTitle!: string;
  @Field() kind!: string;
  @Field() date!: string;
  @Field() nameNl!: string;
  @Field() nameEn!: string;
}

@ObjectType()
export class TrajectoryWithoutProcedure {
  @Field() trajectoryId!: string;
  @Field() title!: string;
  @Field() phaseNl!: string;
  @Field() phaseEn!: string;
}

/** A survey results snapshot that can be attached as evidence. */
@ObjectType()
export class AttachableSnapshot {
  @Field() id!: string;
  @Field() title!: string;
  @Field() contentHash!: string;
  @Field() createdByName!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}
