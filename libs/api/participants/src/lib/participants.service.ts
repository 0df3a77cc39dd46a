import { Injectable } from '@nestjs/common';
import type { AuditAction } from '@inspraak/shared';
import { addDays, isCalendarDate, todayInAmsterdam } from '@inspraak/domain';
import {
  Actor,
  badInput,
  conflict,
  diffFields,
  recordAudit,
  TenantDb,
  TenantScope,
} from '@inspraak/api-core';
import {
  ConsentPurpose,
  ConsentRecord,
  Participant,
  ParticipantPoolSettings,
  ParticipationStatus,
  Skill,
} from './participants.entities';
import { JoinPoolInput, ProfileInput } from './dto/participants.inputs';
import { AgreementsService } from './agreements.service';
import { myParticipantInPool } from './my-participant';
import { refreshStanding } from './participant-standing';

/** The consent texts shown in the joining flow; a new text gets a new version so records say what was agreed to. */
export const CONSENT_TEXT_VERSION = 'consent-2026-11';
export const DEFAULT_PROFILE_RETENTION_DAYS = 30;
const MAX_PAUSE_DAYS = 366;

const PROFILE_FIELDS = [
  'skillIds',
  'tags',
  'themes',
  'hoursPerMonth',
  'waysOfTakingPart',
  'languages',
  'about',
  'visibility',
] as const;

/** An employee's own participation: joining, the profile, pausing, leaving and consents. */
@Injectable()
export class ParticipantsService {
  constructor(
    private readonly tenantDb: TenantDb,
    private readonly agreements: AgreementsService,
  ) {}

  async mine(actor: Actor): Promise<Participant | null> {
    const scope = this.tenantDb.scope(actor);
    const participant = await scope
      .repo(Participant)
      .findOne({ userId: actor.userId });
    return participant ? this.withAgreement(scope, participant) : null;
  }

  async join(actor: Actor, input: JoinPoolInput): Promise<Participant> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const participants = scope.repo(Participant);
      const existing = await participants.findOne({ userId: actor.userId });
      if (existing && existing.status !== ParticipationStatus.LEFT) {
        throw conflict('ALREADY_PARTICIPANT', {
          nl: 'Je doet al mee met de participantenpool.',
          en: 'You are already part of the participant pool.',
        });
      }
      const profile = await this.checkedProfile(scope, input.profile);
      const participant =
        existing ?? participants.create({ userId: actor.userId });
      Object.assign(participant, profile, {
        status: ParticipationStatus.ACTIVE,
        pausedUntil: null,
        leftAt: null,
        deletionScheduledOn: null,
        employeeId: actor.employeeId,
      });
      const saved = await participants.save(participant);
      saved.consents = await this.recordConsents(
        scope,
        saved.id,
        input.consents,
        true,
      );
      await recordAudit(scope, {
        action: existing ? 'participant.rejoined' : 'participant.joined',
        entityType: 'Participant',
        entityId: saved.id,
        changes: { consents: input.consents },
      });
      return this.withAgreement(scope, saved);
    });
  }

  async updateProfile(actor: Actor, input: ProfileInput): Promise<Participant> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const participant = await myParticipantInPool(scope, actor);
      const before = { ...participant } as Participant;
      Object.assign(participant, await this.checkedProfile(scope, input));
      const saved = await scope.repo(Participant).save(participant);
      await recordAudit(scope, {
        action: 'participant.profile-updated',
        entityType: 'Participant',
        entityId: saved.id,
        changes: diffFields(before, saved, PROFILE_FIELDS),
      });
      return this.withAgreement(scope, saved);
    });
  }

  async pause(actor: Actor, until: string): Promise<Participant> {
    const today = todayInAmsterdam();
    if (
      !isCalendarDate(until) ||
      until <= today ||
      until > addDays(today, MAX_PAUSE_DAYS)
    ) {
      throw badInput('INVALID_PAUSE_DATE', {
        nl: 'Kies een datum na vandaag en binnen een jaar.',
        en: 'Choose a date after today and within a year.',
      });
    }
    return this.changeStatus(
      actor,
      ParticipationStatus.PAUSED,
      until,
      'participant.paused',
    );
  }

  async resume(actor: Actor): Promise<Participant> {
    return this.changeStatus(
      actor,
      ParticipationStatus.ACTIVE,
      null,
      'participant.resumed',
    );
  }

  /** Leaving keeps the profile until the retention period has passed, so a change of heart costs nothing; then it is deleted. */
  async leave(actor: Actor): Promise<Participant> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const participant = await myParticipantInPool(scope, actor);
      const settings = await scope.repo(ParticipantPoolSettings).findOne({});
      participant.status = ParticipationStatus.LEFT;
      participant.pausedUntil = null;
      participant.leftAt = new Date();
      participant.deletionScheduledOn = addDays(
        todayInAmsterdam(),
        settings?.profileRetentionDays ?? DEFAULT_PROFILE_RETENTION_DAYS,
      );
      const saved = await scope.repo(Participant).save(participant);
      // Leaving withdraws every optional use at once.
      saved.consents = await this.recordConsents(
        scope,
        saved.id,
        Object.values(ConsentPurpose),
        false,
      );
      const endedWorkgroups = await this.endWorkgroupMemberships(scope);
      await recordAudit(scope, {
        action: 'participant.left',
        entityType: 'Participant',
        entityId: saved.id,
        changes: {
          deletionScheduledOn: saved.deletionScheduledOn,
          endedWorkgroups,
        },
      });
      return this.withAgreement(scope, saved);
    });
  }

  async setConsent(
    actor: Actor,
    purpose: ConsentPurpose,
    granted: boolean,
  ): Promise<Participant> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const participant = await myParticipantInPool(scope, actor);
      participant.consents = await this.recordConsents(
        scope,
        participant.id,
        [purpose],
        granted,
      );
      await recordAudit(scope, {
        action: granted ? 'consent.granted' : 'consent.withdrawn',
        entityType: 'Participant',
        entityId: participant.id,
        changes: { purpose },
      });
      return this.withAgreement(scope, participant);
    });
  }

  private async changeStatus(
    actor: Actor,
    status: ParticipationStatus,
    pausedUntil: string | null,
    action: AuditAction,
  ): Promise<Participant> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const participant = await myParticipantInPool(scope, actor);
      participant.status = status;
      participant.pausedUntil = pausedUntil;
      const saved = await scope.repo(Participant).save(participant);
      await recordAudit(scope, {
        action,
        entityType: 'Participant',
        entityId: saved.id,
        changes: { pausedUntil },
      });
      return this.withAgreement(scope, saved);
    });
  }

  /** `consents` is on the row (kept current by `recordConsents`); the agreement standing is read. */
  private async withAgreement(
    scope: TenantScope,
    participant: Participant,
  ): Promise<Participant> {
    participant.agreement = await this.agreements.standing(
      scope,
      participant.id,
    );
    return participant;
  }

  /** Adds to the consent trail; returns the purposes now consented to. */
  private async recordConsents(
    scope: TenantScope,
    participantId: string,
    purposes: ConsentPurpose[],
    granted: boolean,
  ): Promise<ConsentPurpose[]> {
    const records = scope.repo(ConsentRecord);
    for (const purpose of new Set(purposes)) {
      await records.save(
        records.create({
          participantId,
          purpose,
          granted,
          textVersion: CONSENT_TEXT_VERSION,
        }),
      );
    }
    const standing = await refreshStanding(
      scope.manager,
      scope.organisationId,
      [participantId],
    );
    return standing.get(participantId) ?? [];
  }

  private async checkedProfile(scope: TenantScope, input: ProfileInput) {
    const skillIds = [...new Set(input.skillIds)];
    if (skillIds.length > 0) {
      const known = await scope
        .repo(Skill)
        .queryBuilder('s')
        .andWhere('s.id IN (:...skillIds) AND s.mergedIntoId IS NULL', {
          skillIds,
        })
        .getCount();
      if (known !== skillIds.length) {
        throw badInput(
          'UNKNOWN_SKILL',
          {
            nl: 'Een gekozen vaardigheid staat niet (meer) in de catalogus.',
            en: 'A chosen skill is not (or no longer) in the catalogue.',
          },
          [
            {
              field: 'skillIds',
              message: { nl: 'Onbekende vaardigheid.', en: 'Unknown skill.' },
            },
          ],
        );
      }
    }
    const tidy = (values: string[]) => [
      ...new Set(
        values
          .map((v) => v.trim().replace(/\s+/g, ' '))
          .filter((v) => v.length > 0),
      ),
    ];
    return {
      skillIds,
      tags: tidy(input.tags),
      themes: tidy(input.themes),
      hoursPerMonth: input.hoursPerMonth,
      waysOfTakingPart: [...new Set(input.waysOfTakingPart)],
      languages: [...new Set(input.languages)],
      about: input.about.trim(),
      visibility: { ...input.visibility },
    };
  }

  /** The directory entry with the account's e-mail address, if HR has one. */
  /**
   * Leaving the pool ends every open workgroup membership (and withdraws open
   * applications and invitations); returns how many. Through the tables, not
   * the trajectories' entity classes: contexts stay independent libraries.
   */
  private async endWorkgroupMemberships(scope: TenantScope): Promise<number> {
    const [, ended] = (await scope.manager.query(
      `UPDATE workgroup_membership
       SET status = CASE WHEN status = 'MEMBER' THEN 'ENDED'::membership_status ELSE 'WITHDRAWN'::membership_status END, decided_at = now()
       WHERE organisation_id = $1 AND user_id = $2 AND status IN ('MEMBER', 'APPLIED', 'INVITED')`,
      [scope.organisationId, scope.actor.userId],
    )) as [unknown, number];
    await scope.manager.query(
      'UPDATE workgroup SET lead_user_id = NULL WHERE organisation_id = $1 AND lead_user_id = $2',
      [scope.organisationId, scope.actor.userId],
    );
    return ended;
  }
}
