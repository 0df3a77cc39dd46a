import {
  InvitationStatus,
  SurveyInvitation,
  SurveyMailer,
  surveyTokenHash,
} from '@inspraak/api-surveys';
import { createHash, randomBytes } from 'node:crypto';
import { eventually, receivedMessages } from './smtp-receiver';
import { GraphqlCaller, MailingWorker, TestApp } from './test-app';
import { createDepartment, createEmployee } from './directory-fixtures';

export const SURVEY_FIELDS =
  'id title status mode threshold run seriesId invitedCount sentCount failedCount responseCount previousRunId sections { key questions { key kind required options { key } } }';

export function surveyInput(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Pulsmeting najaar',
    introduction: 'Fijn dat je meedoet.',
    mode: 'ANONYMOUS',
    threshold: 5,
    audience: {
      kind: 'EVERYONE',
      departmentIds: [],
      includeSubDepartments: true,
      emails: [],
    },
    sections: [
      {
        key: 's1',
        title: { nl: 'Algemeen', en: 'General' },
        questions: [
          {
            key: 'mood',
            kind: 'AGREEMENT_5',
            text: {
              nl: 'Ik werk hier met plezier.',
              en: 'I enjoy working here.',
            },
            required: true,
            options: [],
          },
          {
            key: 'enps',
            kind: 'SCALE_0_10',
            text: {
              nl: 'Zou je ons aanbevelen?',
              en: 'Would you recommend us?',
            },
            required: false,
            options: [],
          },
          {
            key: 'remark',
            kind: 'LONG_TEXT',
            text: { nl: 'Opmerkingen?', en: 'Remarks?' },
            required: false,
            options: [],
          },
        ],
      },
    ],
    ...overrides,
  };
}

/** A survey audience of exactly these departments (not their sub-departments). */
export function departmentsAudience(...departmentIds: string[]) {
  return {
    kind: 'DEPARTMENTS',
    departmentIds,
    includeSubDepartments: false,
    emails: [],
  };
}

export async function createSurvey(
  author: GraphqlCaller,
  overrides: Record<string, unknown> = {},
  from: { templateKey?: string; copyOf?: string } = {},
): Promise<{ id: string }> {
  const response = await author.request<{ createSurvey: { id: string } }>(
    'mutation($i: SurveyInput!, $t: String, $c: ID) { createSurvey(input: $i, templateKey: $t, copyOf: $c) { id } }',
    {
      i: surveyInput(overrides),
      t: from.templateKey ?? null,
      c: from.copyOf ?? null,
    },
  );
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.createSurvey;
}

/**
 * A published survey for `people` new employees of a new department, and
 * each one's link, given out directly (their hash written as the worker
 * would): for tests of answering, not of sending. Publish before any worker
 * runs, or it may send the invitations first.
 */
export async function surveyWithLinks(
  testApp: TestApp,
  author: GraphqlCaller,
  people: number,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; tokens: string[] }> {
  const department = await createDepartment(author, `Links ${people}`);
  for (let i = 0; i < people; i++)
    await createEmployee(author, { departmentId: department });
  const { id } = await createSurvey(author, {
    audience: departmentsAudience(department),
    ...overrides,
  });
  await author.request('mutation($id: ID!) { publishSurvey(id: $id) { id } }', {
    id,
  });
  const invitations = await testApp.dataSource
    .getRepository(SurveyInvitation)
    .find({ where: { surveyId: id } });
  const tokens: string[] = [];
  for (const invitation of invitations) {
    const token = randomBytes(32).toString('base64url');
    await testApp.dataSource.query(
      `UPDATE survey_invitation SET token_hash = $2, status = 'SENT', sent_at = now() WHERE id = $1`,
      [invitation.id, createHash('sha256').update(token).digest('hex')],
    );
    tokens.push(token);
  }
  return { id, tokens };
}

export function answer(questionKey: string, value: number | string[] | string) {
  return typeof value === 'number'
    ? { questionKey, number: value }
    : Array.isArray(value)
      ? { questionKey, options: value }
      : { questionKey, text: value };
}

export function submitByToken(
  caller: GraphqlCaller,
  token: string,
  answers: ReturnType<typeof answer>[],
) {
  return caller.request<{ submitSurveyByToken: boolean }>(
    'mutation($t: String!, $a: [AnswerInput!]!) { submitSurveyByToken(token: $t, answers: $a) }',
    { t: token, a: answers },
  );
}

/**
 * A published survey's invitations, sent by the mailing worker to its SMTP
 * receiver (the queued job, or this call, whichever claims each first), and
 * each person's link token: e-mail address → token. (The development outbox
 * never keeps a usable link.)
 */
export async function sendAndCollectTokens(
  testApp: TestApp,
  mailing: MailingWorker,
  organisationId: string,
  surveyId: string,
): Promise<Map<string, string>> {
  const invitations = () =>
    testApp.dataSource.getRepository(SurveyInvitation).find({
      where: { surveyId },
    });
  await mailing.worker.get(SurveyMailer).sendBatch({
    organisationId,
    surveyId,
    invitationIds: (await invitations()).map((i) => i.id),
  });
  const expected = (await invitations()).length;
  await eventually(
    async () =>
      (await testApp.dataSource
        .getRepository(SurveyInvitation)
        .count({ where: { surveyId, status: InvitationStatus.SENT } })) ===
      expected,
  );
  const mails = receivedMessages(mailing.smtp);
  // The same people may have had links to other surveys: only the link whose hash this survey's invitation holds counts.
  const sent = await invitations();
  const tokens = new Map<string, string>();
  for (const mail of mails) {
    const token = /\/s\/([A-Za-z0-9_-]{43})/.exec(mail.body)?.[1];
    if (
      token &&
      sent.some(
        (i) =>
          i.email === mail.toAddress && i.tokenHash === surveyTokenHash(token),
      )
    )
      tokens.set(mail.toAddress, token);
  }
  return tokens;
}
