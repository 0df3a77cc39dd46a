import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@inspraak/domain';
import {
  Actor,
  AnyMember,
  CurrentActor,
  IdArg,
  RequireRoles,
  Cost,
  EXPENSIVE,
} from '@inspraak/api-core';
import {
  AgreementAcceptance,
  AgreementAcceptanceRow,
  AgreementVersion,
} from './agreements.entities';
import { AgreementsService } from './agreements.service';
import { AgreementDraftInput } from './dto/participants.inputs';

/** The participant agreement: written and published by the advisor, read and accepted by participants. */
@Resolver()
export class AgreementsResolver {
  constructor(private readonly agreements: AgreementsService) {}

  @Query(() => AgreementVersion, {
    nullable: true,
    description:
      'The latest published version, which participants are asked to accept.',
  })
  @AnyMember()
  currentAgreement(
    @CurrentActor() actor: Actor,
  ): Promise<AgreementVersion | null> {
    return this.agreements.current(actor);
  }

  @Mutation(() => AgreementAcceptance)
  @AnyMember()
  acceptAgreement(
    @CurrentActor() actor: Actor,
    @IdArg('versionId') versionId: string,
    @Args('contentHash') contentHash: string,
  ): Promise<AgreementAcceptance> {
    return this.agreements.accept(actor, versionId, contentHash);
  }

  @Query(() => String, {
    description:
      'The agreement text I accepted, with the statement of acceptance, as a base64 PDF.',
  })
  @AnyMember()
  @Cost(EXPENSIVE.document)
  myAcceptedAgreementPdf(
    @CurrentActor() actor: Actor,
    @IdArg('versionId') versionId: string,
  ): Promise<string> {
    return this.agreements.acceptedPdf(actor, versionId);
  }

  @Query(() => [AgreementVersion], {
    description:
      'All versions, the draft first, with how many participants accepted each.',
  })
  @RequireRoles(Role.ADVISEUR)
  agreementVersions(@CurrentActor() actor: Actor): Promise<AgreementVersion[]> {
    return this.agreements.versions(actor);
  }

  @Mutation(() => AgreementVersion)
  @RequireRoles(Role.ADVISEUR)
  saveAgreementDraft(
    @CurrentActor() actor: Actor,
    @Args('input') input: AgreementDraftInput,
  ): Promise<AgreementVersion> {
    return this.agreements.saveDraft(actor, input);
  }

  @Mutation(() => AgreementVersion)
  @RequireRoles(Role.ADVISEUR)
  publishAgreementDraft(
    @CurrentActor() actor: Actor,
    @Args('previousVersionsValidUntil', {
      type: () => String,
      nullable: true,
      description:
        'Acceptances of earlier versions hold until this date (YYYY-MM-DD); empty: until their own end date.',
    })
    previousVersionsValidUntil?: string | null,
  ): Promise<AgreementVersion> {
    return this.agreements.publish(actor, previousVersionsValidUntil ?? null);
  }

  @Query(() => [AgreementAcceptanceRow], {
    description:
      'Every participant in the pool, with when they accepted this version (null: not yet).',
  })
  @RequireRoles(Role.ADVISEUR)
  agreementAcceptances(
    @CurrentActor() actor: Actor,
    @IdArg('versionId') versionId: string,
  ): Promise<AgreementAcceptanceRow[]> {
    return this.agreements.acceptances(actor, versionId);
  }
}
