import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';

/** The benches' survey: its 20 questions and a full response per person number (survey.bench.ts, mixed.bench.ts). */

/** 20 questions: 10 agreement, 2 scales, 3 single choice, 2 multiple choice, a ranking, a short and a long text. */
export function benchSurveyDefinition() {
  const text = (n: number) => ({ nl: `Vraag ${n}`, en: `Question ${n}` });
  const options = ['a', 'b', 'c', 'd'].map((key) => ({
    key,
    label: { nl: key, en: key },
  }));
  const questions = [
    ...Array.from({ length: 10 }, (_, i) => ({
      key: `q${i + 1}`,
      kind: 'AGREEMENT_5',
      text: text(i + 1),
      required: true,
      options: [],
      condition: null,
    })),
    ...[11, 12].map((n) => ({
      key: `q${n}`,
      kind: 'SCALE_0_10',
      text: text(n),
      required: true,
      options: [],
      condition: null,
    })),
    ...[13, 14, 15].map((n) => ({
      key: `q${n}`,
      kind: 'SINGLE_CHOICE',
      text: text(n),
      required: true,
      options,
      condition: null,
    })),
    ...[16, 17].map((n) => ({
      key: `q${n}`,
      kind: 'MULTIPLE_CHOICE',
      text: text(n),
      required: true,
      options,
      condition: null,
    })),
    {
      key: 'q18',
      kind: 'RANKING',
      text: text(18),
      required: true,
      options,
      condition: null,
    },
    {
      key: 'q19',
      kind: 'SHORT_TEXT',
      text: text(19),
      required: true,
      options: [],
      condition: null,
    },
    {
      key: 'q20',
      kind: 'LONG_TEXT',
      text: text(20),
      required: true,
      options: [],
      condition: null,
    },
  ];
  return {
    sections: [{ key: 's', title: { nl: 'Bench', en: 'Bench' }, questions }],
  };
}

/** A full response for person n, as GraphQL answers and as answer rows. */
export function benchResponse(n: number) {
  const answers: {
    questionKey: string;
    number?: number;
    options?: string[];
    text?: string;
  }[] = [];
  for (let q = 1; q <= 10; q++)
    answers.push({ questionKey: `q${q}`, number: 1 + ((n + q) % 5) });
  for (const q of [11, 12])
    answers.push({ questionKey: `q${q}`, number: (n * q) % 11 });
  for (const q of [13, 14, 15])
    answers.push({
      questionKey: `q${q}`,
      options: [['a', 'b', 'c', 'd'][(n + q) % 4]!],
    });
  for (const q of [16, 17])
    answers.push({
      questionKey: `q${q}`,
      options: ['a', 'b', 'c', 'd'].filter((_, i) => (n + i + q) % 2 === 0),
    });
  answers.push({
    questionKey: 'q18',
    options: n % 2 ? ['a', 'b', 'c', 'd'] : ['d', 'c', 'b', 'a'],
  });
  answers.push({ questionKey: 'q19', text: `Kort ${n % 7}` });
  answers.push({ questionKey: 'q20', text: `Lang antwoord ${n % 13}` });
  return answers;
}

/** Inserts the survey as published (open for answers, to everyone); its invitations are the caller's. */
export async function insertPublishedSurvey(
  client: Client,
  organisationId: string,
  authorId: string,
  title: string,
): Promise<string> {
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO survey (organisation_id, title, introduction, definition, status, mode, threshold, audience, series_id, run, created_by_user_id, published_at)
     VALUES ($1, $2, '', $3, 'PUBLISHED', 'ANONYMOUS', 5, '{"kind":"EVERYONE","departmentIds":[],"includeSubDepartments":true,"trajectoryId":null,"emails":[]}', $4, 1, $5, now()) RETURNING id`,
    [
      organisationId,
      title,
      JSON.stringify(benchSurveyDefinition()),
      randomUUID(),
      authorId,
    ],
  );
  return rows[0]!.id;
}
