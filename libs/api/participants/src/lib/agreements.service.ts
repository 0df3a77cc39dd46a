import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import {
  addMonths,
  isCalendarDate,
  longCalendarDate,
  todayInAmsterdam,
} from '@inspraak/domain';
import {
  Actor,
  badInput,
  conflict,
  notFound,
  notifyMany,
  Organisation,
  recordAudit,
  TenantDb,
  TenantScope,
  UserAccount,
} from '@inspraak/api-core';
import {
  AgreementAcceptance,
  AgreementAcceptanceRow,
  AgreementStanding,
  AgreementVersion,
  AgreementVersionStatus,
} from './agreements.entities';
import { Participant, ParticipationStatus } from './participants.entities';
import { renderAgreementPdf } from './agreement-pdf';
import { myParticipantInPool } from './my-participant';
import { refreshStanding } from './participant-standing';

const NO_DRAFT = () =>
  notFound({
    nl: 'Concept van de deelnemersovereenkomst',
    en: 'Draft of the participant agreement',
  });
const NO_VERSION = () =>
  notFound({
    nl: 'Versie van de deelnemersovereenkomst',
    en: 'Version of the participant agreement',
  });

export const hashAgreement = (markdown: string) =>
  createHash('sha256').update(markdown, 'utf8').digest('hex');

/**
 * The participant agreement: the advisor writes versions in Markdown and
 * publishes them; participants accept a published version, which records
 * who accepted which text (its hash), when, and until when it holds.
 */
@Injectable()
export class AgreementsService {
  constructor(private readonly tenantDb: TenantDb) {}

  async versions(actor: Actor): Promise<AgreementVersion[]> {
    const scope = this.tenantDb.scope(actor);
    const versions = await scope
      .repo(AgreementVersion)
      .queryBuilder('v')
      .orderBy('v.version', 'DESC', 'NULLS FIRST')
      .getMany();
    const counts: { versionId: string; count: string }[] =
      await scope.manager.query(
        `SELECT a.version_id AS "versionId", count(*) AS count FROM agreement_acceptance a
       JOIN participant p ON p.id = a.participant_id AND p.organisation_id = a.organisation_id
       WHERE a.organisation_id = $1 AND p.status <> 'LEFT' GROUP BY a.version_id`,
        [scope.organisationId],
      );
    const byVersion = new Map(
      counts.map((c) => [c.versionId, Number(c.count)]),
    );
    for (const version of versions)
      version.acceptedCount = byVersion.get(version.id) ?? 0;
    return versions;
  }

  current(actor: Actor): Promise<AgreementVersion | null> {
    return this.latestPublished(this.tenantDb.scope(actor));
  }

  async saveDraft(
    actor: Actor,
    input: { title: string; markdown: string; termMonths: number },
  ): Promise<AgreementVersion> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const repo = scope.repo(AgreementVersion);
      const draft =
        (await repo.findOne({ status: AgreementVersionStatus.DRAFT })) ??
        repo.create({
          status: AgreementVersionStatus.DRAFT,
          version: null,
          contentHash: null,
          publishedAt: null,
          previousVersionsValidUntil: null,
        });
      draft.title = input.title.trim();
      draft.markdown = input.markdown;
      draft.termMonths = input.termMonths;
      const saved = await repo.save(draft);
      await recordAudit(scope, {
        action: 'agreement.draft-saved',
        entityType: 'AgreementVersion',
        entityId: saved.id,
        changes: { title: saved.title, termMonths: saved.termMonths },
      });
      return saved;
    });
  }

  /** Publishing fixes the text (hash) and asks every participant to accept it; earlier acceptances hold until the given date. */
  async publish(
    actor: Actor,
    previousVersionsValidUntil: string | null,
  ): Promise<AgreementVersion> {
    if (
      previousVersionsValidUntil !== null &&
      (!isCalendarDate(previousVersionsValidUntil) ||
        previousVersionsValidUntil < todayInAmsterdam())
    ) {
      throw badInput('INVALID_TRANSITION_DATE', {
        nl: 'Kies vandaag of een latere datum.',
        en: 'Choose today or a later date.',
      });
    }
    return this.tenantDb.transaction(actor, async (scope) => {
      // Two advisors publishing at once must not hand out the same version number.
      await scope.manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `agreement:${scope.organisationId}`,
      ]);
      const repo = scope.repo(AgreementVersion);
      const draft = await repo.findOneOrFail(
        { status: AgreementVersionStatus.DRAFT },
        NO_DRAFT,
      );
      if (draft.markdown.trim().length === 0)
        throw badInput('EMPTY_AGREEMENT', {
          nl: 'De overeenkomst heeft nog geen tekst.',
          en: 'The agreement has no text yet.',
        });
      const latest = await this.latestPublished(scope);
      draft.status = AgreementVersionStatus.PUBLISHED;
      draft.version = (latest?.version ?? 0) + 1;
      draft.contentHash = hashAgreement(draft.markdown);
      draft.publishedAt = new Date();
      draft.previousVersionsValidUntil = latest
        ? previousVersionsValidUntil
        : null;
      const published = await repo.save(draft);
      await askToAccept(scope, published);
      // Participants' standings keep what they accepted, not whether it holds: nothing to refresh (participant-standing.ts).
      await recordAudit(scope, {
        action: 'agreement.published',
        entityType: 'AgreementVersion',
        entityId: published.id,
        changes: {
          version: published.version,
          contentHash: published.contentHash,
          previousVersionsValidUntil,
        },
      });
      return published;
    });
  }

  async accept(
    actor: Actor,
    versionId: string,
    contentHash: string,
  ): Promise<AgreementAcceptance> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const participant = await myParticipantInPool(scope, actor);
      const version = await scope
        .repo(AgreementVersion)
        .findOneOrFail(
          { id: versionId, status: AgreementVersionStatus.PUBLISHED },
          NO_VERSION,
        );
      const latest = await this.latestPublished(scope);
      if (latest?.id !== version.id)
        throw conflict('AGREEMENT_SUPERSEDED', {
          nl: 'Er is inmiddels een nieuwere versie van de overeenkomst.',
          en: 'A newer version of the agreement has been published.',
        });
      if (version.contentHash !== contentHash)
        throw conflict('AGREEMENT_TEXT_DIFFERS', {
          nl: 'De tekst die je zag is niet de gepubliceerde tekst. Laad de pagina opnieuw.',
          en: 'The text you saw is not the published text. Reload the page.',
        });
      const acceptances = scope.repo(AgreementAcceptance);
      const existing = await acceptances.findOne({
        participantId: participant.id,
        versionId,
      });
      if (existing) return existing;
      const accepted = await acceptances.save(
        acceptances.create({
          participantId: participant.id,
          versionId,
          version: version.version ?? 0,
          contentHash,
          validUntil: addMonths(todayInAmsterdam(), version.termMonths),
        }),
      );
      await refreshStanding(scope.manager, scope.organisationId, [
        participant.id,
      ]);
      await recordAudit(scope, {
        action: 'agreement.accepted',
        entityType: 'Participant',
        entityId: participant.id,
        changes: {
          version: version.version,
          contentHash,
          validUntil: accepted.validUntil,
        },
      });
      return accepted;
    });
  }

  /** The text a participant accepted, as PDF (base64), with the statement of acceptance. Only their own acceptance. */
  async acceptedPdf(actor: Actor, versionId: string): Promise<string> {
    const scope = this.tenantDb.scope(actor);
    const participant = await scope
      .repo(Participant)
      .findOne({ userId: actor.userId });
    const acceptance = participant
      ? await scope
          .repo(AgreementAcceptance)
          .findOne({ participantId: participant.id, versionId })
      : null;
    if (!acceptance)
      throw notFound({
        nl: 'Aanvaarde overeenkomst',
        en: 'Accepted agreement',
      });
    const version = await scope
      .repo(AgreementVersion)
      .findOneOrFail({ id: versionId }, NO_VERSION);
    const organisation = await scope.manager.findOne(Organisation, {
      where: { id: scope.organisationId },
    });
    const bytes = await renderAgreementPdf({
      organisationName: organisation?.name ?? '',
      participantName: actor.displayName,
      title: version.title,
      version: acceptance.version,
      contentHash: acceptance.contentHash,
      acceptedAt: acceptance.acceptedAt,
      validUntil: acceptance.validUntil,
      markdown: version.markdown,
    });
    return Buffer.from(bytes).toString('base64');
  }

  /** Who accepted a version, and who did not yet: every participant still in the pool. */
  async acceptances(
    actor: Actor,
    versionId: string,
  ): Promise<AgreementAcceptanceRow[]> {
    const scope = this.tenantDb.scope(actor);
    await scope
      .repo(AgreementVersion)
      .findOneOrFail({ id: versionId }, NO_VERSION);
    return scope
      .repo(Participant)
      .queryBuilder('p')
      .innerJoin(UserAccount, 'u', 'u.id = p.userId')
      .leftJoin(
        AgreementAcceptance,
        'a',
        'a.participantId = p.id AND a.versionId = :versionId AND a.organisationId = p.organisationId',
        { versionId },
      )
      .select([
        'p.id AS "participantId"',
        'u.displayName AS "displayName"',
        'a.acceptedAt AS "acceptedAt"',
      ])
      .andWhere('p.status <> :left', { left: ParticipationStatus.LEFT })
      .orderBy('a.acceptedAt', 'ASC', 'NULLS LAST')
      .addOrderBy('u.displayName', 'ASC')
      .getRawMany<AgreementAcceptanceRow>();
  }

  /** Where a participant stands: what they accepted, until when, and whether a newer version waits. */
  async standing(
    scope: TenantScope,
    participantId: string,
  ): Promise<AgreementStanding> {
    const latest = await this.latestPublished(scope);
    const accepted = await scope
      .repo(AgreementAcceptance)
      .find({ where: { participantId }, order: { version: 'DESC' }, take: 1 });
    const last = accepted[0] ?? null;
    const today = todayInAmsterdam();
    const needsAcceptance = latest !== null && last?.versionId !== latest.id;
    const graceUntil = needsAcceptance
      ? (latest?.previousVersionsValidUntil ?? null)
      : null;
    const withinTerm = last !== null && last.validUntil >= today;
    const withinGrace =
      !needsAcceptance || graceUntil === null || graceUntil >= today;
    return {
      acceptedVersionId: last?.versionId ?? null,
      acceptedVersion: last?.version ?? null,
      acceptedAt: last?.acceptedAt ?? null,
      validUntil: last?.validUntil ?? null,
      currentVersion: latest?.version ?? null,
      needsAcceptance,
      previousVersionValidUntil: graceUntil,
      valid: withinTerm && withinGrace,
    };
  }

  private latestPublished(
    scope: TenantScope,
  ): Promise<AgreementVersion | null> {
    return scope
      .repo(AgreementVersion)
      .queryBuilder('v')
      .andWhere('v.status = :published', {
        published: AgreementVersionStatus.PUBLISHED,
      })
      .orderBy('v.version', 'DESC')
      .getOne();
  }
}

/**
 * Tells everyone in the pool (paused included, not those who left) in the app
 * that a version waits for their acceptance, with until when their current
 * acceptance holds; one statement, however large the pool.
 */
async function askToAccept(
  scope: TenantScope,
  version: AgreementVersion,
): Promise<void> {
  const valid = version.previousVersionsValidUntil;
  const until = valid
    ? { nl: longCalendarDate(valid, 'nl'), en: longCalendarDate(valid, 'en') }
    : null;
  const pool = (await scope.manager.query(
    `SELECT p.user_id AS "userId" FROM participant p WHERE p.organisation_id = $1 AND p.status <> 'LEFT'`,
    [scope.organisationId],
  )) as { userId: string }[];
  await notifyMany(
    scope.manager,
    scope.organisationId,
    pool.map((p) => p.userId),
    {
      kind: 'agreement.new-version',
      titleNl: `Nieuwe deelnemersovereenkomst (versie ${version.version})`,
      titleEn: `New participant agreement (version ${version.version})`,
      bodyNl: `Lees en aanvaard versie ${version.version} bij Meedoen.${until ? ` Je huidige akkoord geldt tot ${until.nl}.` : ''}`,
      bodyEn: `Please read and accept version ${version.version} under Meedoen.${until ? ` Your current acceptance holds until ${until.en}.` : ''}`,
      link: '/participation',
    },
  );
}
