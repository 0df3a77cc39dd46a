import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  explainInDutch,
  explainInEnglish,
  IneligibleReason,
  rankParticipants,
  todayInAmsterdam,
} from '@inspraak/domain';
import {
  Actor,
  PoolFit,
  PoolMatcher,
  PoolNeed,
  TenantDb,
} from '@inspraak/api-core';
import {
  Participant,
  ParticipationStatus,
  WayOfTakingPart,
} from './participants.entities';
import { PoolService } from './pool.service';

const REASON_TEXT: Record<IneligibleReason, { nl: string; en: string }> = {
  LEFT: { nl: 'heeft de pool verlaten', en: 'has left the pool' },
  PAUSED: { nl: 'staat op pauze', en: 'is paused' },
  NO_AGREEMENT: {
    nl: 'heeft geen deelnemersovereenkomst',
    en: 'has no participant agreement',
  },
  AGREEMENT_EXPIRED: { nl: 'overeenkomst verlopen', en: 'agreement expired' },
  AGREEMENT_VERSION_OUTDATED: {
    nl: 'moet de nieuwe overeenkomst nog accepteren',
    en: 'has yet to accept the new agreement',
  },
  NO_CONSENT_FOR_PURPOSE: {
    nl: 'geen toestemming voor deze vorm',
    en: 'no consent for this way of taking part',
  },
};

/** The pool's matcher for other contexts (see `PoolMatcher`): the same ranking and explanations as the advisor's match. */
@Injectable()
export class PoolMatcherService extends PoolMatcher {
  constructor(
    private readonly tenantDb: TenantDb,
    private readonly pool: PoolService,
  ) {
    super();
  }

  async fitOf(
    actor: Actor,
    need: PoolNeed,
    userIds: readonly string[],
  ): Promise<Map<string, PoolFit>> {
    const scope = this.tenantDb.scope(actor);
    const participants = userIds.length
      ? await scope
          .repo(Participant)
          .find({ where: { userId: In([...userIds]) } })
      : [];
    const inPool = participants.filter(
      (p) => p.status !== ParticipationStatus.LEFT,
    );
    const fits = new Map<string, PoolFit>();
    if (inPool.length > 0) {
      const { snapshots, display } = await this.pool.snapshots(
        scope,
        inPool.map((p) => p.id),
      );
      const result = rankParticipants(
        snapshots,
        {
          skills: need.skillIds,
          themes: need.themes,
          size: need.size,
          hoursPerMonth: need.hoursPerMonth ?? undefined,
          wayOfTakingPart: need.wayOfTakingPart,
        },
        todayInAmsterdam(),
      );
      const userOf = new Map(inPool.map((p) => [p.id, p.userId]));
      for (const ranked of result.ranked) {
        const shown = display.get(ranked.participantId);
        const names =
          shown?.departmentId && shown.departmentName
            ? { departments: { [shown.departmentId]: shown.departmentName } }
            : {};
        fits.set(userOf.get(ranked.participantId)!, {
          userId: userOf.get(ranked.participantId)!,
          displayName: shown?.displayName ?? '',
          departmentName: shown?.departmentName ?? null,
          inPool: true,
          eligible: true,
          score: ranked.score,
          explanationNl: explainInDutch(ranked.explanation, names),
          explanationEn: explainInEnglish(ranked.explanation, names),
        });
      }
      for (const ineligible of result.ineligible) {
        const shown = display.get(ineligible.participantId);
        fits.set(userOf.get(ineligible.participantId)!, {
          userId: userOf.get(ineligible.participantId)!,
          displayName: shown?.displayName ?? '',
          departmentName: shown?.departmentName ?? null,
          inPool: true,
          eligible: false,
          score: null,
          explanationNl: ineligible.reasons
            .map((r) => REASON_TEXT[r].nl)
            .join(', '),
          explanationEn: ineligible.reasons
            .map((r) => REASON_TEXT[r].en)
            .join(', '),
        });
      }
    }
    for (const userId of userIds)
      if (!fits.has(userId))
        fits.set(userId, {
          userId,
          displayName: '',
          departmentName: null,
          inPool: false,
          eligible: false,
          score: null,
          explanationNl: 'zit niet in de participantenpool',
          explanationEn: 'is not in the participant pool',
        });
    return fits;
  }

  async suggest(
    actor: Actor,
    need: PoolNeed,
    limit: number,
  ): Promise<PoolFit[]> {
    const result = await this.pool.match(
      actor,
      {
        skillIds: need.skillIds,
        themes: need.themes,
        size: need.size,
        mustCoverDepartmentIds: [],
        mustCoverLocations: [],
        hoursPerMonth: need.hoursPerMonth ?? undefined,
        wayOfTakingPart: need.wayOfTakingPart as WayOfTakingPart,
      },
      limit,
    );
    const ids = result.candidates.map((c) => c.participantId);
    const participants = ids.length
      ? await this.tenantDb
          .scope(actor)
          .repo(Participant)
          .find({ where: { id: In(ids) } })
      : [];
    const userOf = new Map(participants.map((p) => [p.id, p.userId]));
    return result.candidates
      .filter((c) => userOf.has(c.participantId))
      .map((c) => ({
        userId: userOf.get(c.participantId)!,
        displayName: c.displayName,
        departmentName: c.departmentName,
        inPool: true,
        eligible: true,
        score: c.score,
        explanationNl: c.explanationNl,
        explanationEn: c.explanationEn,
      }));
  }
}
