import { randomInt, randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  answerColumns,
  OTHERS_UNIT,
  todayInAmsterdam,
  unitOfGroup,
} from '@inspraak/domain';
import { AnswerSeal, SealedResponse, sealedSizeFor } from './answer-seal';
import { Survey } from './survey.entities';
import { reportingUnitsOf } from './survey-units';

/** A response waiting in the inbox, opened by the move. */
export interface WaitingResponse extends SealedResponse {
  id: string;
  respondentInvitationId: string | null;
}

/**
 * The order waiting responses are moved (and so written to disk) in. The
 * default is uniformly random; a test passes its own to see that the order
 * on disk is the move's, not the submitters'.
 */
export type MoveOrder = (
  waiting: readonly WaitingResponse[],
) => WaitingResponse[];

/** Fisher–Yates with a cryptographic source: every order equally likely, none predictable. */
function shuffled<T>(items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

export const randomOrder: MoveOrder = shuffled;

/** The most responses one move takes, so a large inbox never becomes one huge transaction. */
export const MOVE_BATCH = 2_000;
/** Answer rows per INSERT (each is one JSON parameter). */
const ANSWER_CHUNK = 5_000;

/**
 * The sealed inbox between a submit and the results. A submit puts the
 * response here, sealed (`AnswerSeal`), in the transaction that records the
 * link's use; the move opens waiting responses in a transaction of its own
 * and writes them into the results in random order, so the stored responses
 * share their transaction id with the whole group and not with any link's
 * use, and their order on disk says nothing about who answered first. The
 * same transaction rewrites the group's link uses (deleted and inserted
 * again, in random order): afterwards their transaction ids and places on
 * disk no longer tell who answered when, only in which group.
 *
 * While a survey runs, a move happens only when at least twice the threshold
 * wait, and a random `threshold` of them stay behind; when it closes (or its
 * end time passes) everything moves. So the results grow in steps of at
 * least the threshold, the last step included: comparing the results before
 * and after a colleague answered never shows fewer than `threshold` answers.
 * A move deletes what it moved in the same transaction, and rows are locked
 * with SKIP LOCKED, so two movers never move a response twice.
 */
@Injectable()
export class SurveyInbox {
  private readonly logger = new Logger(SurveyInbox.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly seal: AnswerSeal,
  ) {}

  /** In the submitting transaction, next to the link's use. */
  async deposit(
    manager: EntityManager,
    survey: Pick<Survey, 'id' | 'organisationId' | 'definition'>,
    respondentInvitationId: string | null,
    response: SealedResponse,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO survey_response_inbox (organisation_id, survey_id, respondent_invitation_id, sealed) VALUES ($1, $2, $3, $4)`,
      [
        survey.organisationId,
        survey.id,
        respondentInvitationId,
        this.seal.seal(survey.id, response, sealedSizeFor(survey.definition)),
      ],
    );
  }

  /**
   * Moves, survey by survey, what may move now (see the class); how many
   * responses moved. Only running surveys move here, a group at a time:
   * everything else moves when the survey closes (`finish`), so an end time
   * moved back and forth never releases a small group. A survey whose
   * answers cannot be opened is logged and skipped, not the others.
   */
  async release(order: MoveOrder = randomOrder): Promise<number> {
    const surveys = (await this.dataSource.query(
      `SELECT w.organisation_id AS "organisationId", w.survey_id AS "surveyId", count(*)::int AS waiting, s.threshold
       FROM survey_response_inbox w JOIN survey s ON s.id = w.survey_id AND s.organisation_id = w.organisation_id
       WHERE s.status = 'PUBLISHED'
       GROUP BY w.organisation_id, w.survey_id, s.threshold`,
    )) as {
      organisationId: string;
      surveyId: string;
      waiting: number;
      threshold: number;
    }[];
    let moved = 0;
    for (const survey of surveys) {
      if (survey.waiting < 2 * survey.threshold) continue;
      try {
        moved += await this.dataSource.transaction((manager) =>
          this.move(
            manager,
            survey.organisationId,
            survey.surveyId,
            survey.threshold,
            order,
          ),
        );
      } catch (error) {
        this.logger.error(
          `Survey ${survey.surveyId}: waiting answers not moved (${(error as Error).message})`,
        );
      }
    }
    if (moved > 0) this.logger.log(`Moved ${moved} responses from the inbox`);
    return moved;
  }

  /**
   * Closes the surveys whose end time has passed, each in one transaction
   * with everything `finish` does; how many closed.
   */
  async closeDue(now = new Date()): Promise<number> {
    const due = (await this.dataSource.query(
      `SELECT organisation_id AS "organisationId", id FROM survey WHERE status = 'PUBLISHED' AND closes_at <= $1`,
      [now],
    )) as { organisationId: string; id: string }[];
    let closed = 0;
    for (const survey of due)
      try {
        closed += await this.dataSource.transaction(async (manager) => {
          const [, changed] = (await manager.query(
            `UPDATE survey SET status = 'CLOSED', closed_at = now() WHERE id = $1 AND organisation_id = $2 AND status = 'PUBLISHED' AND closes_at <= $3`,
            [survey.id, survey.organisationId, now],
          )) as [unknown, number];
          if (changed === 0) return 0;
          await this.finish(manager, survey.organisationId, survey.id);
          return 1;
        });
      } catch (error) {
        this.logger.error(
          `Survey ${survey.id}: not closed (${(error as Error).message})`,
        );
      }
    return closed;
  }

  /**
   * What closing does, in the closing transaction: moves every waiting
   * answer, then writes every response's reporting unit (sealed until now)
   * and the closing day for all, and rewrites all the survey's link uses in
   * a random order. Afterwards responses and link uses share one
   * transaction id, the survey's: no release group and no unit within it
   * can be joined to its people.
   */
  async finish(
    manager: EntityManager,
    organisationId: string,
    surveyId: string,
    order: MoveOrder = randomOrder,
  ): Promise<number> {
    const moved = await this.releaseAll(
      organisationId,
      surveyId,
      manager,
      order,
    );
    const survey = await manager.findOneOrFail(Survey, {
      where: { id: surveyId, organisationId },
    });
    const units = await reportingUnitsOf(manager, organisationId, survey);
    const unitOf = unitOfGroup(units);
    const responses = (await manager.query(
      `SELECT id, unit_key AS "unitKey", sealed_unit AS "sealedUnit" FROM survey_response WHERE organisation_id = $1 AND survey_id = $2`,
      [organisationId, surveyId],
    )) as { id: string; unitKey: string | null; sealedUnit: Buffer | null }[];
    const assigned = responses.map((response) => {
      const key = response.sealedUnit
        ? this.seal.openUnit(surveyId, response.sealedUnit)
        : (response.unitKey ?? OTHERS_UNIT);
      return { id: response.id, unit: unitOf.get(key) ?? OTHERS_UNIT };
    });
    for (let i = 0; i < assigned.length; i += ANSWER_CHUNK)
      await manager.query(
        `UPDATE survey_response r SET unit_key = a.unit, sealed_unit = NULL, released_on = $3
         FROM jsonb_to_recordset($4::jsonb) AS a(id uuid, unit varchar)
         WHERE r.id = a.id AND r.organisation_id = $1 AND r.survey_id = $2`,
        [
          organisationId,
          surveyId,
          todayInAmsterdam(),
          JSON.stringify(assigned.slice(i, i + ANSWER_CHUNK)),
        ],
      );
    await this.rewriteLinkUses(manager, organisationId, surveyId, null);
    return moved;
  }

  /** Moves every waiting response of one survey, as when it closes; in `manager`'s transaction when given. */
  async releaseAll(
    organisationId: string,
    surveyId: string,
    manager?: EntityManager,
    order: MoveOrder = randomOrder,
  ): Promise<number> {
    const all = async (transaction: EntityManager) => {
      let moved = 0;
      for (;;) {
        const count = await this.move(
          transaction,
          organisationId,
          surveyId,
          0,
          order,
        );
        moved += count;
        if (count < MOVE_BATCH) return moved;
      }
    };
    return manager ? all(manager) : this.dataSource.transaction(all);
  }

  /**
   * One move in the caller's transaction: locks the survey's waiting
   * responses (skipping those another move holds), orders them, leaves
   * `keepBack` behind (the order's last), inserts the rest as responses and
   * answers in that order and deletes them from the inbox.
   */
  private async move(
    manager: EntityManager,
    organisationId: string,
    surveyId: string,
    keepBack: number,
    order: MoveOrder,
  ): Promise<number> {
    // One move of a survey at a time: a close waits for a running move instead of skipping its rows.
    await manager.query(
      'SELECT pg_advisory_xact_lock(hashtextextended($1, 0))',
      [surveyId],
    );
    const rows = (await manager.query(
      `SELECT id, respondent_invitation_id AS "respondentInvitationId", sealed
       FROM survey_response_inbox WHERE organisation_id = $1 AND survey_id = $2 FOR UPDATE SKIP LOCKED`,
      [organisationId, surveyId],
    )) as {
      id: string;
      respondentInvitationId: string | null;
      sealed: Buffer;
    }[];
    const waiting: WaitingResponse[] = rows.map((row) => ({
      ...this.seal.open(surveyId, row.sealed),
      id: row.id,
      respondentInvitationId: row.respondentInvitationId,
    }));
    const take = Math.min(waiting.length - keepBack, MOVE_BATCH);
    // A running survey moves a group of at least the threshold (keepBack) and keeps as many back.
    if (take <= 0 || take < keepBack) return 0;
    const moving = order(waiting).slice(0, take);
    const responses = moving.map((w) => ({ ...w, responseId: randomUUID() }));
    await manager.query(
      `INSERT INTO survey_response (id, organisation_id, survey_id, released_on, sealed_unit, respondent_invitation_id)
       SELECT r.id, $1, $2, $3, decode(r.sealed_unit, 'base64'), r.respondent_invitation_id
       FROM jsonb_to_recordset($4::jsonb) AS r(id uuid, sealed_unit text, respondent_invitation_id uuid)`,
      [
        organisationId,
        surveyId,
        todayInAmsterdam(),
        JSON.stringify(
          responses.map((r) => ({
            id: r.responseId,
            sealed_unit: this.seal
              .sealUnit(surveyId, r.unitKey)
              .toString('base64'),
            respondent_invitation_id: r.respondentInvitationId,
          })),
        ),
      ],
    );
    const answers = responses.flatMap((r) =>
      Object.entries(r.answers).map(([questionKey, value]) => {
        const { number, options, text } = answerColumns(value);
        return {
          response_id: r.responseId,
          question_key: questionKey,
          number_value: number,
          option_keys: options,
          text_value: text,
        };
      }),
    );
    for (let i = 0; i < answers.length; i += ANSWER_CHUNK)
      await manager.query(
        `INSERT INTO survey_answer (organisation_id, survey_id, response_id, question_key, number_value, option_keys, text_value)
         SELECT $1, $2, a.response_id, a.question_key, a.number_value, a.option_keys, a.text_value
         FROM jsonb_to_recordset($3::jsonb) AS a(response_id uuid, question_key varchar, number_value smallint, option_keys varchar[], text_value text)`,
        [
          organisationId,
          surveyId,
          JSON.stringify(answers.slice(i, i + ANSWER_CHUNK)),
        ],
      );
    await manager.query(
      `DELETE FROM survey_response_inbox WHERE id = ANY ($1::uuid[])`,
      [moving.map((w) => w.id)],
    );
    await this.rewriteLinkUses(
      manager,
      organisationId,
      surveyId,
      moving.map((w) => w.tokenUseId),
    );
    return moving.length;
  }

  /**
   * Writes link uses again, together, in an order of their own (were it the
   * responses' order, the n-th link use on disk would name the n-th
   * response's person): those of a released group, or (`null`) all of the
   * survey's. They then carry the transaction id of the release or the
   * close, no longer each person's own.
   */
  private async rewriteLinkUses(
    manager: EntityManager,
    organisationId: string,
    surveyId: string,
    ids: string[] | null,
  ): Promise<void> {
    const [used] = (await manager.query(
      `DELETE FROM survey_token_use WHERE organisation_id = $1 AND survey_id = $2 AND ($3::uuid[] IS NULL OR id = ANY ($3::uuid[]))
       RETURNING id, invitation_id AS "invitationId", used_on::text AS "usedOn"`,
      [organisationId, surveyId, ids],
    )) as [{ id: string; invitationId: string; usedOn: string }[], number];
    const order = shuffled(used);
    for (let i = 0; i < order.length; i += ANSWER_CHUNK)
      await manager.query(
        `INSERT INTO survey_token_use (id, organisation_id, survey_id, invitation_id, used_on)
         SELECT u.id, $1, $2, u.invitation_id, u.used_on
         FROM jsonb_to_recordset($3::jsonb) AS u(id uuid, invitation_id uuid, used_on date)`,
        [
          organisationId,
          surveyId,
          JSON.stringify(
            order.slice(i, i + ANSWER_CHUNK).map((u) => ({
              id: u.id,
              invitation_id: u.invitationId,
              used_on: u.usedOn,
            })),
          ),
        ],
      );
  }
}
