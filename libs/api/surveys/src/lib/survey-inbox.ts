import { randomInt, randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { answerColumns, todayInAmsterdam } from '@inspraak/domain';
import { AnswerSeal, SealedResponse } from './answer-seal';

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
export const randomOrder: MoveOrder = (waiting) => {
  const copy = [...waiting];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
};

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
    into: {
      organisationId: string;
      surveyId: string;
      respondentInvitationId: string | null;
    },
    response: SealedResponse,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO survey_response_inbox (organisation_id, survey_id, respondent_invitation_id, sealed) VALUES ($1, $2, $3, $4)`,
      [
        into.organisationId,
        into.surveyId,
        into.respondentInvitationId,
        this.seal.seal(into.surveyId, response),
      ],
    );
  }

  /** Moves, survey by survey, what may move now (see the class); how many responses moved. */
  async release(
    order: MoveOrder = randomOrder,
    now = new Date(),
  ): Promise<number> {
    const surveys = (await this.dataSource.query(
      `SELECT w.organisation_id AS "organisationId", w.survey_id AS "surveyId", count(*)::int AS waiting, s.threshold,
              (s.status = 'PUBLISHED' AND (s.closes_at IS NULL OR s.closes_at > $1)) AS running
       FROM survey_response_inbox w JOIN survey s ON s.id = w.survey_id AND s.organisation_id = w.organisation_id
       GROUP BY w.organisation_id, w.survey_id, s.threshold, s.status, s.closes_at`,
      [now],
    )) as {
      organisationId: string;
      surveyId: string;
      waiting: number;
      threshold: number;
      running: boolean;
    }[];
    let moved = 0;
    for (const survey of surveys) {
      if (survey.running && survey.waiting < 2 * survey.threshold) continue;
      const keepBack = survey.running ? survey.threshold : 0;
      for (;;) {
        const count = await this.dataSource.transaction((manager) =>
          this.move(
            manager,
            survey.organisationId,
            survey.surveyId,
            keepBack,
            order,
          ),
        );
        moved += count;
        // A running survey moves one group per round; a closed one until empty.
        if (keepBack > 0 || count < MOVE_BATCH) break;
      }
    }
    if (moved > 0) this.logger.log(`Moved ${moved} responses from the inbox`);
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
      `INSERT INTO survey_response (id, organisation_id, survey_id, released_on, unit_key, respondent_invitation_id)
       SELECT r.id, $1, $2, $3, r.unit_key, r.respondent_invitation_id
       FROM jsonb_to_recordset($4::jsonb) AS r(id uuid, unit_key varchar, respondent_invitation_id uuid)`,
      [
        organisationId,
        surveyId,
        todayInAmsterdam(),
        JSON.stringify(
          responses.map((r) => ({
            id: r.responseId,
            unit_key: r.unitKey,
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
    // The group's link uses, written one by one as people answered, are written again together, in an order of their own: were it the responses' order, the n-th link use on disk would name the n-th response's person.
    const used = (await manager.query(
      `DELETE FROM survey_token_use WHERE organisation_id = $1 AND id = ANY ($2::uuid[])
       RETURNING id, survey_id AS "surveyId", invitation_id AS "invitationId", used_on::text AS "usedOn"`,
      [organisationId, moving.map((w) => w.tokenUseId)],
    )) as [
      { id: string; surveyId: string; invitationId: string; usedOn: string }[],
      number,
    ];
    const byId = new Map(used[0].map((u) => [u.id, u]));
    await manager.query(
      `INSERT INTO survey_token_use (id, organisation_id, survey_id, invitation_id, used_on)
       SELECT u.id, $1, u.survey_id, u.invitation_id, u.used_on
       FROM jsonb_to_recordset($2::jsonb) AS u(id uuid, survey_id uuid, invitation_id uuid, used_on date)`,
      [
        organisationId,
        JSON.stringify(
          randomOrder(moving)
            .map((w) => byId.get(w.tokenUseId))
            .filter((u) => u !== undefined)
            .map((u) => ({
              id: u.id,
              survey_id: u.surveyId,
              invitation_id: u.invitationId,
              used_on: u.usedOn,
            })),
        ),
      ],
    );
    return moving.length;
  }
}
