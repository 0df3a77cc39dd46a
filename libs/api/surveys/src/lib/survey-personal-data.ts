import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { answerColumns, SurveyDefinition } from '@inspraak/domain';
import {
  DataSubject,
  PersonalDataSource,
  PersonalDataSources,
} from '@inspraak/api-core';
import { AnswerSeal } from './answer-seal';

/**
 * What surveys keep about a person, for the data-subject export and erasure.
 * Invitations are addressed by e-mail. An answer to an anonymous survey has
 * no link to anyone, so it is neither exported nor erasable as theirs (the
 * export says so); answers to confidential and identified surveys are.
 */
@Injectable()
export class SurveyPersonalData implements PersonalDataSource, OnModuleInit {
  constructor(
    private readonly sources: PersonalDataSources,
    private readonly seal: AnswerSeal,
  ) {}

  onModuleInit() {
    this.sources.register(this);
  }

  async exportFor(
    subject: DataSubject,
    manager: EntityManager,
  ): Promise<Record<string, unknown>> {
    const invitations = (await manager.query(
      `SELECT i.id, s.title AS survey, s.definition, s.mode, i.status, i.sent_at AS "sentAt", i.reminded_at AS "remindedAt",
              u.used_on::text AS "answeredOn"
       FROM survey_invitation i JOIN survey s ON s.id = i.survey_id
       LEFT JOIN survey_token_use u ON u.invitation_id = i.id
       WHERE i.organisation_id = $1 AND lower(i.email) = lower($2) ORDER BY i.sent_at NULLS LAST`,
      [subject.organisationId, subject.email],
    )) as (Record<string, unknown> & {
      id: string;
      mode: string;
      definition: SurveyDefinition;
    })[];
    const answers = (await manager.query(
      `SELECT r.respondent_invitation_id AS "invitationId", a.question_key AS "question", a.number_value AS "number",
              a.option_keys AS "options", a.text_value AS "text"
       FROM survey_response r JOIN survey_answer a ON a.response_id = r.id
       WHERE r.organisation_id = $1 AND r.respondent_invitation_id = ANY ($2::uuid[]) ORDER BY a.question_key`,
      [subject.organisationId, invitations.map((i) => i.id)],
    )) as (Record<string, unknown> & { invitationId: string })[];
    // Answers not yet moved into the results are still theirs (confidential and identified surveys: anonymous ones carry no invitation).
    const waiting = (await manager.query(
      `SELECT survey_id AS "surveyId", respondent_invitation_id AS "invitationId", sealed FROM survey_response_inbox
       WHERE organisation_id = $1 AND respondent_invitation_id = ANY ($2::uuid[])`,
      [subject.organisationId, invitations.map((i) => i.id)],
    )) as { surveyId: string; invitationId: string; sealed: Buffer }[];
    for (const response of waiting)
      for (const [question, value] of Object.entries(
        this.seal.open(response.surveyId, response.sealed).answers,
      ).sort(([a], [b]) => a.localeCompare(b)))
        answers.push({
          invitationId: response.invitationId,
          question,
          ...answerColumns(value),
        });
    return {
      surveyInvitations: invitations.map(
        ({ id, definition, ...invitation }) => ({
          ...invitation,
          answers:
            invitation.mode === 'ANONYMOUS'
              ? 'anonymous: the answers are not linked to you / anoniem: de antwoorden zijn niet aan jou gekoppeld'
              : answers
                  .filter((a) => a.invitationId === id)
                  .map(({ invitationId: _invitation, ...answer }) =>
                    inWords(answer, definition),
                  ),
        }),
      ),
    };
  }

  /**
   * Invitations lose the address, name and link (the department, location
   * and contract type stay, for response rates); answers to confidential and
   * identified surveys lose their link to the invitation, so they remain only
   * as anonymous answers in the results.
   */
  async eraseFor(
    subject: DataSubject,
    manager: EntityManager,
  ): Promise<Record<string, number>> {
    let unlinked = 0;
    for (const table of ['survey_response', 'survey_response_inbox']) {
      const [, count] = (await manager.query(
        `UPDATE ${table} r SET respondent_invitation_id = NULL FROM survey_invitation i
         WHERE r.respondent_invitation_id = i.id AND i.organisation_id = $1 AND lower(i.email) = lower($2)`,
        [subject.organisationId, subject.email],
      )) as [unknown, number];
      unlinked += count;
    }
    const [, invitations] = (await manager.query(
      `UPDATE survey_invitation SET email = 'erased-' || id || '@invalid', display_name = '', token_hash = NULL, last_error = NULL
       WHERE organisation_id = $1 AND lower(email) = lower($2)`,
      [subject.organisationId, subject.email],
    )) as [unknown, number];
    return {
      surveyInvitationsAnonymised: invitations,
      surveyAnswersUnlinked: unlinked,
    };
  }
}

/**
 * An answer as the person gave it: the question's text and the options'
 * labels in both languages, as the survey showed them, rather than the keys
 * they are stored by (a key stays where the survey no longer has it).
 */
function inWords(
  answer: Record<string, unknown>,
  definition: SurveyDefinition,
): Record<string, unknown> {
  const question = definition.sections
    .flatMap((section) => section.questions)
    .find((q) => q.key === answer['question']);
  if (!question) return answer;
  const options = answer['options'] as string[] | null;
  return {
    ...answer,
    question: question.text,
    options:
      options?.map(
        (key) => question.options.find((o) => o.key === key)?.label ?? key,
      ) ?? null,
  };
}
