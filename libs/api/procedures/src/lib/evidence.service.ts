import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  longCalendarDate,
  ProcedureState,
  suppressSmallGroups,
  todayInAmsterdam,
} from '@inspraak/domain';
import {
  Actor,
  badInput,
  conflict,
  notFound,
  recordAudit,
  TenantDb,
  TenantScope,
} from '@inspraak/api-core';
import { EvidenceKind, ProcedureEvidence } from './procedure.entities';
import { EvidenceCheck } from './procedure.models';
import { ProceduresService } from './procedures.service';
import { POST_KIND_NAMES } from './letters.service';

const sha256 = (text: string) =>
  createHash('sha256').update(text).digest('hex');
const SOURCE = { nl: 'Bron', en: 'Source' };

/** What is frozen: the content, and its title and summary in both languages. */
interface Frozen {
  title: string;
  titleEn: string;
  summary: string;
  summaryEn: string;
  content: string;
}

/**
 * Evidence from participation, frozen into the procedure: the content is
 * copied (JSON) with its SHA-256, never changed afterwards, and anyone can
 * recompute the hash. Sources are read through their tables (contexts stay
 * independent libraries); the pros-and-cons counts per department go through
 * the domain's suppression.
 */
@Injectable()
export class EvidenceService {
  constructor(
    private readonly tenantDb: TenantDb,
    private readonly procedures: ProceduresService,
  ) {}

  async attach(
    actor: Actor,
    procedureId: string,
    kind: EvidenceKind,
    sourceId: string,
    phase: number | null,
  ): Promise<ProcedureEvidence> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const procedure = await this.procedures.find(scope, procedureId);
      if (
        [ProcedureState.CLOSED, ProcedureState.WITHDRAWN].includes(
          procedure.state,
        )
      )
        throw conflict('PROCEDURE_FINISHED', {
          nl: 'Deze procedure is afgerond of ingetrokken.',
          en: 'This procedure is closed or withdrawn.',
        });
      const frozen = await this.freeze(scope, kind, sourceId, phase);
      const repo = scope.repo(ProcedureEvidence);
      const evidence = await repo.save(
        repo.create({
          procedureId,
          kind,
          sourceId,
          ...frozen,
          contentHash: sha256(frozen.content),
          attachedByName: actor.displayName,
        }),
      );
      await recordAudit(scope, {
        action: 'procedure.evidence-attached',
        entityType: 'Procedure',
        entityId: procedureId,
        changes: {
          evidence: { from: null, to: `${kind} ${evidence.contentHash}` },
        },
      });
      return evidence;
    });
  }

  /** Recomputes the hash of stored evidence: whoever reads it can check it was not changed. */
  async verify(actor: Actor, evidenceId: string): Promise<EvidenceCheck> {
    const scope = this.tenantDb.scope(actor);
    const evidence = await scope
      .repo(ProcedureEvidence)
      .findOneOrFail({ id: evidenceId }, () =>
        notFound({ nl: 'Bewijsstuk', en: 'Evidence' }),
      );
    // Readable only for whoever may read the procedure's contents.
    const view = await this.procedures.view(
      scope,
      await this.procedures.find(scope, evidence.procedureId),
      await this.procedures.settings(scope),
      false,
    );
    if (view.contentsHidden)
      throw notFound({ nl: 'Bewijsstuk', en: 'Evidence' });
    const recomputed = sha256(evidence.content);
    return {
      evidenceId,
      storedHash: evidence.contentHash,
      recomputedHash: recomputed,
      valid: recomputed === evidence.contentHash,
    };
  }

  private async freeze(
    scope: TenantScope,
    kind: EvidenceKind,
    sourceId: string,
    phase: number | null,
  ): Promise<Frozen> {
    const org = scope.organisationId;
    const one = async <T>(sql: string, params: unknown[]): Promise<T> => {
      const rows = (await scope.manager.query(sql, params)) as T[];
      if (!rows[0]) throw notFound(SOURCE);
      return rows[0];
    };
    switch (kind) {
      case EvidenceKind.SURVEY_RESULTS: {
        const snapshot = await one<{
          title: string;
          content: string;
          hash: string;
          created: Date;
        }>(
          'SELECT title, content, content_hash AS hash, created_at AS created FROM survey_result_snapshot WHERE organisation_id = $1 AND id = $2',
          [org, sourceId],
        );
        if (sha256(snapshot.content) !== snapshot.hash)
          throw conflict('SOURCE_CHANGED', {
            nl: 'De momentopname klopt niet meer met haar hash.',
            en: 'The snapshot no longer matches its hash.',
          });
        const results = (
          JSON.parse(snapshot.content) as {
            results: {
              respondents: number | null;
              responseRate: number | null;
              invited: number;
            };
          }
        ).results;
        return {
          title: `Vragenlijst: ${snapshot.title}`,
          titleEn: `Survey: ${snapshot.title}`,
          summary:
            results.respondents === null
              ? `Minder dan de drempel aan respondenten (van ${results.invited} uitgenodigd).`
              : `${results.respondents} respondenten van ${results.invited} uitgenodigd (${results.responseRate ?? '?'}%).`,
          summaryEn:
            results.respondents === null
              ? `Fewer respondents than the threshold (of ${results.invited} invited).`
              : `${results.respondents} respondents of ${results.invited} invited (${results.responseRate ?? '?'}%).`,
          content: snapshot.content,
        };
      }
      case EvidenceKind.BOARD_SUMMARY: {
        const trajectory = await one<{
          title: string;
          phases: { nl: string; en: string }[];
          current: number;
        }>(
          'SELECT title, phases, current_phase AS current FROM trajectory WHERE organisation_id = $1 AND id = $2',
          [org, sourceId],
        );
        const shownPhase = phase ?? trajectory.current;
        if (
          !Number.isInteger(shownPhase) ||
          shownPhase < 0 ||
          shownPhase >= trajectory.phases.length
        )
          throw badInput('NO_SUCH_PHASE', {
            nl: 'Dit traject heeft die fase niet.',
            en: 'This trajectory has no such phase.',
          });
        const summary = (await scope.manager.query(
          'SELECT text FROM board_summary WHERE organisation_id = $1 AND trajectory_id = $2 AND phase = $3',
          [org, sourceId, shownPhase],
        )) as { text: string }[];
        if (!summary[0])
          throw conflict('NO_SUMMARY', {
            nl: 'Het regieteam heeft voor deze fase nog geen samenvatting geschreven.',
            en: 'The regie team has not written a summary for this phase yet.',
          });
        const counts = (await scope.manager.query(
          `SELECT kind::text, count(*)::int AS count FROM board_post WHERE organisation_id = $1 AND trajectory_id = $2 AND phase = $3 AND NOT hidden GROUP BY kind ORDER BY kind`,
          [org, sourceId, shownPhase],
        )) as { kind: string; count: number }[];
        const themes = (await scope.manager.query(
          `SELECT coalesce(t.name, '') AS theme, p.kind::text AS kind, count(*)::int AS count
           FROM board_post p LEFT JOIN board_theme t ON t.id = p.theme_id
           WHERE p.organisation_id = $1 AND p.trajectory_id = $2 AND p.phase = $3 AND NOT p.hidden
           GROUP BY 1, 2 ORDER BY 1, 2`,
          [org, sourceId, shownPhase],
        )) as { theme: string; kind: string; count: number }[];
        const authors = (await scope.manager.query(
          `SELECT coalesce(d.name, '(zonder afdeling)') AS key, count(DISTINCT p.author_user_id)::int AS count
           FROM board_post p LEFT JOIN department d ON d.id = p.author_department_id
           WHERE p.organisation_id = $1 AND p.trajectory_id = $2 AND p.phase = $3 AND NOT p.hidden GROUP BY 1`,
          [org, sourceId, shownPhase],
        )) as { key: string; count: number }[];
        const participation = suppressSmallGroups(authors);
        const content = JSON.stringify({
          trajectory: trajectory.title,
          phase: trajectory.phases[shownPhase]!.nl,
          summary: summary[0].text,
          postsPerKind: counts,
          postsPerTheme: themes,
          authorsPerDepartment: {
            shown: participation.shown,
            others: participation.others,
            total: participation.total,
          },
        });
        const shown = trajectory.phases[shownPhase]!;
        const contributions = counts.reduce((sum, c) => sum + c.count, 0);
        const perKind = (language: 'nl' | 'en') =>
          counts
            .map(
              (c) =>
                `${POST_KIND_NAMES[c.kind]?.[language] ?? c.kind} ${c.count}`,
            )
            .join(', ');
        return {
          title: `Voor- en nadelen: ${trajectory.title} (${shown.nl})`,
          titleEn: `Pros and cons: ${trajectory.title} (${shown.en || shown.nl})`,
          summary: `${contributions} ${contributions === 1 ? 'bijdrage' : 'bijdragen'} (${perKind('nl')}); ${participation.total === null ? 'te weinig deelnemers om te tonen' : `${participation.total} deelnemers`}.`,
          summaryEn: `${contributions} ${contributions === 1 ? 'contribution' : 'contributions'} (${perKind('en')}); ${participation.total === null ? 'too few participants to show' : `${participation.total} participants`}.`,
          content,
        };
      }
      case EvidenceKind.WORKGROUP_REPORT: {
        const workgroup = await one<{
          name: string;
          goal: string;
          report: string | null;
          at: Date | null;
        }>(
          'SELECT name, goal, final_report AS report, report_submitted_at AS at FROM workgroup WHERE organisation_id = $1 AND id = $2',
          [org, sourceId],
        );
        if (!workgroup.report)
          throw conflict('NO_REPORT', {
            nl: 'Deze werkgroep heeft nog geen eindverslag.',
            en: 'This workgroup has no final report yet.',
          });
        return {
          title: `Eindverslag werkgroep ${workgroup.name}`,
          titleEn: `Final report of workgroup ${workgroup.name}`,
          // The report itself, in the language it was written in.
          summary: workgroup.report.slice(0, 280),
          summaryEn: workgroup.report.slice(0, 280),
          content: JSON.stringify({
            workgroup: workgroup.name,
            goal: workgroup.goal,
            report: workgroup.report,
            submittedAt: workgroup.at,
          }),
        };
      }
      case EvidenceKind.MEETING_MINUTES: {
        const meeting = await one<{
          title: string;
          kind: string;
          starts: Date;
          minutes: string | null;
          agenda: {
            title: string;
            confidential: boolean;
            decision: string | null;
            minutes?: string | null;
          }[];
        }>(
          'SELECT title, kind::text, starts_at AS starts, minutes, agenda FROM meeting WHERE organisation_id = $1 AND id = $2',
          [org, sourceId],
        );
        // Confidential agenda items (art. 20) stay out of evidence, with their decisions and minutes.
        const items = meeting.agenda
          .filter((i) => !i.confidential)
          .map((i) => ({
            title: i.title,
            decision: i.decision,
            minutes: i.minutes ?? null,
          }));
        const itemMinutes = items
          .filter((i) => i.minutes)
          .map((i) => `${i.title}: ${i.minutes}`);
        if (!meeting.minutes && itemMinutes.length === 0)
          throw conflict('NO_MINUTES', {
            nl: 'Van deze vergadering zijn nog geen notulen vastgelegd.',
            en: 'No minutes were recorded for this meeting yet.',
          });
        // The day the meeting was held, in Amsterdam.
        const held = todayInAmsterdam(meeting.starts);
        const minutes = (meeting.minutes || itemMinutes.join(' · ')).slice(
          0,
          280,
        );
        return {
          title: `Notulen: ${meeting.title} (${longCalendarDate(held, 'nl')})`,
          titleEn: `Minutes: ${meeting.title} (${longCalendarDate(held, 'en')})`,
          summary: minutes,
          summaryEn: minutes,
          content: JSON.stringify({
            meeting: meeting.title,
            kind: meeting.kind,
            startsAt: meeting.starts,
            minutes: meeting.minutes,
            items,
          }),
        };
      }
    }
  }
}
