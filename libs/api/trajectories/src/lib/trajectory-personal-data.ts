import { randomUUID } from 'node:crypto';
import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  DataSubject,
  PersonalDataSource,
  PersonalDataSources,
} from '@inspraak/api-core';

/**
 * What the change trajectories keep about a person, for the data-subject
 * export and erasure. Evaluation answers are stored without who gave them,
 * so only the fact of having answered is theirs.
 */
@Injectable()
export class TrajectoryPersonalData
  implements PersonalDataSource, OnModuleInit
{
  constructor(private readonly sources: PersonalDataSources) {}

  onModuleInit() {
    this.sources.register(this);
  }

  async exportFor(
    subject: DataSubject,
    manager: EntityManager,
  ): Promise<Record<string, unknown>> {
    const q = (sql: string) =>
      manager.query(sql, [subject.organisationId, subject.userId]) as Promise<
        Record<string, unknown>[]
      >;
    return {
      regieTeamSeats: await q(
        `SELECT t.title AS trajectory, m.role, m.joined_at AS "joinedAt" FROM regie_team_member m
         JOIN trajectory t ON t.id = m.trajectory_id WHERE m.organisation_id = $1 AND m.user_id = $2 ORDER BY m.joined_at`,
      ),
      boardPosts: await q(
        `SELECT t.title AS trajectory, p.phase, p.kind, p.text, p.name_hidden AS "nameHidden", p.hidden,
                p.hidden_reason AS "hiddenReason", p.response, p.created_at AS "createdAt"
         FROM board_post p JOIN trajectory t ON t.id = p.trajectory_id
         WHERE p.organisation_id = $1 AND p.author_user_id = $2 ORDER BY p.created_at`,
      ),
      boardSupports: await q(
        `SELECT t.title AS trajectory, p.text AS post FROM board_support s
         JOIN board_post p ON p.id = s.post_id JOIN trajectory t ON t.id = p.trajectory_id
         WHERE s.organisation_id = $1 AND s.user_id = $2 ORDER BY p.created_at`,
      ),
      workgroups: await q(
        `SELECT w.name AS workgroup, m.status, m.motivation, m.decision_note AS "decisionNote",
                m.created_at AS "createdAt", m.decided_at AS "decidedAt"
         FROM workgroup_membership m JOIN workgroup w ON w.id = m.workgroup_id
         WHERE m.organisation_id = $1 AND m.user_id = $2 ORDER BY m.created_at`,
      ),
      meetingInvitations: await q(
        `SELECT mt.title AS meeting, mt.starts_at AS "startsAt" FROM meeting_invitee i
         JOIN meeting mt ON mt.id = i.meeting_id WHERE i.organisation_id = $1 AND i.user_id = $2 ORDER BY mt.starts_at`,
      ),
      actions: await q(
        `SELECT a.description, a.due_on::text AS "dueOn", a.status, a.done_at AS "doneAt", a.created_at AS "createdAt"
         FROM action_item a WHERE a.organisation_id = $1 AND a.owner_user_id = $2 ORDER BY a.created_at`,
      ),
      evaluationsAnswered: Number(
        (
          await q(
            `SELECT count(*) AS n FROM evaluation_respondent WHERE organisation_id = $1 AND user_id = $2`,
          )
        )[0]?.['n'] ?? 0,
      ),
      calendarFeed:
        (
          await q(
            `SELECT 1 FROM calendar_feed_token WHERE organisation_id = $1 AND user_id = $2`,
          )
        ).length > 0,
    };
  }

  /**
   * Seats, supports, applications and memberships, invitations, the record of
   * having answered an evaluation and the calendar address go; a workgroup
   * they led has no lead. Posts stay for the consultation they were part of,
   * and actions with the meeting's decisions, under a pseudonym that belongs
   * to no account: one per erasure, so the board's count of distinct authors
   * per department (evidence for procedures) does not change.
   */
  async eraseFor(
    subject: DataSubject,
    manager: EntityManager,
  ): Promise<Record<string, number>> {
    const params = [subject.organisationId, subject.userId];
    const run = async (sql: string, extra: unknown[] = []) => {
      const [, affected] = (await manager.query(sql, [
        ...params,
        ...extra,
      ])) as [unknown, number];
      return affected;
    };
    const where = 'organisation_id = $1 AND user_id = $2';
    const pseudonym = randomUUID();
    return {
      regieTeamSeats: await run(`DELETE FROM regie_team_member WHERE ${where}`),
      boardSupports: await run(`DELETE FROM board_support WHERE ${where}`),
      workgroupMemberships: await run(
        `DELETE FROM workgroup_membership WHERE ${where}`,
      ),
      workgroupsLed: await run(
        `UPDATE workgroup SET lead_user_id = NULL WHERE organisation_id = $1 AND lead_user_id = $2`,
      ),
      meetingInvitations: await run(
        `DELETE FROM meeting_invitee WHERE ${where}`,
      ),
      evaluationRespondents: await run(
        `DELETE FROM evaluation_respondent WHERE ${where}`,
      ),
      calendarFeeds: await run(
        `DELETE FROM calendar_feed_token WHERE ${where}`,
      ),
      boardPostsPseudonymised: await run(
        `UPDATE board_post SET author_user_id = $3, name_hidden = true
         WHERE organisation_id = $1 AND author_user_id = $2`,
        [pseudonym],
      ),
      actionsPseudonymised: await run(
        `UPDATE action_item SET owner_user_id = $3 WHERE organisation_id = $1 AND owner_user_id = $2`,
        [pseudonym],
      ),
    };
  }
}
