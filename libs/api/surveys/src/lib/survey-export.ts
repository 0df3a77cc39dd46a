import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import {
  answerValueLabel,
  QUESTION_KIND_NAMES,
  QuestionKind,
  REPORTING_DIMENSION_NAMES,
  ReportingDimension,
} from '@inspraak/domain';
import { SurveyResults } from './survey.models';

export type ExportLanguage = 'nl' | 'en';
/** A cell: text, a number (written the locale's way in CSV, as a number in XLSX), or empty. */
export type Cell = string | number | null;

type Question = SurveyResults['questions'][number];
type Summary = Question['overall'];

const TEXT = {
  nl: {
    everyone: 'Iedereen',
    fewer: (n: number) => `minder dan ${n}`,
    response: ['Groep', 'Uitgenodigd', 'Respondenten', 'Respons (%)'],
    question: 'Vraag',
    kind: 'Soort',
    group: 'Groep',
    figures: ['Beantwoord', 'Gemiddelde', 'Eens (%)', 'eNPS'],
    distribution: 'Verdeling',
    answer: 'Antwoord',
    count: 'Aantal',
    meanRank: 'Gemiddelde plaats',
    responseSheet: 'Respons',
    perDimension: (d: string) => `Per ${d}`,
    answersSheet: 'Antwoorden',
    textsSheet: 'Open antwoorden',
  },
  en: {
    everyone: 'Everyone',
    fewer: (n: number) => `fewer than ${n}`,
    response: ['Group', 'Invited', 'Respondents', 'Response rate (%)'],
    question: 'Question',
    kind: 'Kind',
    group: 'Group',
    figures: ['Answered', 'Mean', 'Agree (%)', 'eNPS'],
    distribution: 'Distribution',
    answer: 'Answer',
    count: 'Count',
    meanRank: 'Mean rank',
    responseSheet: 'Response',
    perDimension: (d: string) => `Per ${d}`,
    answersSheet: 'Answers',
    textsSheet: 'Open answers',
  },
} as const;

/** One table of the results: a sheet in XLSX, a block in CSV. */
export interface ResultTable {
  name: string;
  header: string[];
  rows: Cell[][];
}

const kindName = (question: Question, language: ExportLanguage) =>
  QUESTION_KIND_NAMES[question.kind as QuestionKind]?.[language] ??
  question.kind;

/** Answered, mean, agree and eNPS of a summary; under the threshold only "fewer than N". */
function figures(summary: Summary, fewer: string): [Cell, Cell, Cell, Cell] {
  if (!summary) return [fewer, null, null, null];
  return [
    summary.answered,
    summary.mean,
    summary.agreePercentage,
    summary.enps,
  ];
}

/** The answers of a summary by label ("Helemaal eens: 5"), or the options' mean places for a ranking. */
function distributionOf(
  question: Question,
  summary: NonNullable<Summary>,
  language: ExportLanguage,
): [string, number][] {
  return question.kind === 'RANKING'
    ? summary.meanRanks.map((r) => [
        answerValueLabel(question, r.option, language),
        r.meanRank,
      ])
    : summary.distribution.map((d) => [
        answerValueLabel(question, d.value, language),
        d.count,
      ]);
}

/**
 * The results as tables, exactly as shown (the same suppressed object the
 * screen gets), with the question texts, kinds and answer options by their
 * labels: the response (everyone in the view and each group shown), the
 * figures for everyone, the figures per group of the survey's one reporting
 * dimension (when the view breaks down), the answers per option, and the
 * open answers (when there are any).
 */
export function resultTables(
  results: SurveyResults,
  language: ExportLanguage = 'nl',
): ResultTable[] {
  const t = TEXT[language];
  const fewer = t.fewer(results.threshold);
  const everyone = results.filter ? results.filter.label : t.everyone;
  const rate = (respondents: number, invited: number) =>
    invited > 0 ? Math.round((respondents / invited) * 100) : null;
  const unitLabel = new Map(results.units.map((u) => [u.key, u.label]));
  const tables: ResultTable[] = [
    {
      name: t.responseSheet,
      header: [...t.response],
      rows: [
        [
          everyone,
          results.invited,
          results.respondents ?? fewer,
          results.responseRate,
        ],
        ...results.units.map((unit) => [
          unit.label,
          unit.invited,
          unit.respondents,
          rate(unit.respondents, unit.invited),
        ]),
      ],
    },
    {
      name: everyone,
      header: [t.question, t.kind, ...t.figures],
      rows: results.questions.map((q) => [
        q.text[language],
        kindName(q, language),
        ...figures(q.overall, fewer),
      ]),
    },
  ];
  const byUnit = results.questions.flatMap((q) =>
    q.byUnit.map((unit) => [
      q.text[language],
      unitLabel.get(unit.unitKey) ?? unit.unitKey,
      ...figures(unit.summary, fewer),
    ]),
  );
  if (byUnit.length > 0) {
    const dimension =
      REPORTING_DIMENSION_NAMES[results.breakdown as ReportingDimension]?.[
        language
      ] ?? results.breakdown;
    tables.push({
      name: t.perDimension(dimension),
      header: [t.question, t.group, ...t.figures],
      rows: byUnit,
    });
  }
  const answers = results.questions.flatMap((q) =>
    q.overall
      ? distributionOf(q, q.overall, language).map(([label, count]) => [
          q.text[language],
          label,
          count,
        ])
      : [],
  );
  if (answers.length > 0)
    tables.push({
      name: t.answersSheet,
      header: [t.question, t.answer, `${t.count} / ${t.meanRank}`],
      rows: answers,
    });
  const texts = results.questions.flatMap((q) =>
    q.texts.map((answer) => [q.text[language], answer]),
  );
  if (texts.length > 0)
    tables.push({
      name: t.textsSheet,
      header: [t.question, t.answer],
      rows: texts,
    });
  return tables;
}

/**
 * The results as one table for CSV: first the response (everyone in the
 * view, then each group shown), then, after an empty row, one row per
 * question and group with its figures and its answers by label, then the
 * open answers.
 */
export function resultRows(
  results: SurveyResults,
  language: ExportLanguage = 'nl',
): Cell[][] {
  const t = TEXT[language];
  const fewer = t.fewer(results.threshold);
  const everyone = results.filter ? results.filter.label : t.everyone;
  const [response] = resultTables(results, language);
  const unitLabel = new Map(results.units.map((u) => [u.key, u.label]));
  const rows: Cell[][] = [
    response!.header,
    ...response!.rows,
    [],
    [t.question, t.kind, t.group, ...t.figures, t.distribution],
  ];
  for (const question of results.questions) {
    const line = (group: string, summary: Summary) =>
      rows.push([
        question.text[language],
        kindName(question, language),
        group,
        ...figures(summary, fewer),
        summary
          ? distributionOf(question, summary, language)
              .map(
                ([label, value]) => `${label}: ${numberText(value, language)}`,
              )
              .join(', ')
          : null,
      ]);
    line(everyone, question.overall);
    for (const unit of question.byUnit)
      line(unitLabel.get(unit.unitKey) ?? unit.unitKey, unit.summary);
    for (const answer of question.texts)
      rows.push([
        question.text[language],
        kindName(question, language),
        everyone,
        null,
        null,
        null,
        null,
        answer,
      ]);
  }
  return rows;
}

const numberText = (value: number, language: ExportLanguage) =>
  language === 'nl' ? String(value).replace('.', ',') : String(value);

/** A text a spreadsheet would run as a formula (= + - @) gets a leading apostrophe. */
const guarded = (value: string) =>
  /^[=+\-@]/.test(value) && !/^-?\d+([.,]\d+)?$/.test(value)
    ? `'${value}`
    : value;

/**
 * CSV the way the reader's Excel opens it directly: Dutch with `;` and a
 * decimal comma (2,7), English with `,` and a decimal point (2.7); UTF-8
 * with a BOM, CRLF, quoted where needed.
 */
export function toCsv(rows: Cell[][], language: ExportLanguage = 'nl'): string {
  return stringify(rows, {
    bom: true,
    delimiter: language === 'nl' ? ';' : ',',
    record_delimiter: 'windows',
    cast: {
      number: (value) => numberText(value, language),
      string: (value) => {
        const text = guarded(value);
        return text === value ? value : { value: text, quoted: true };
      },
    },
  });
}

/** Excel's limit on sheet names (31 characters, none of : \ / ? * [ ]). */
const sheetName = (name: string, taken: Set<string>) => {
  const base = name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet';
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++)
    candidate = `${base.slice(0, 28)} ${n}`;
  taken.add(candidate.toLowerCase());
  return candidate;
};

/**
 * The results as an XLSX workbook: one sheet per table of `resultTables`,
 * the header bold, frozen and filterable, columns as wide as their content
 * (within reason), figures as numbers.
 */
export async function toXlsx(
  results: SurveyResults,
  language: ExportLanguage = 'nl',
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Inspraak';
  const taken = new Set<string>();
  for (const table of resultTables(results, language)) {
    const sheet = workbook.addWorksheet(sheetName(table.name, taken), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.addRow(table.header);
    for (const row of table.rows)
      sheet.addRow(row.map((cell) => cell ?? undefined));
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FFDCECF1' },
    };
    sheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: 1, column: table.header.length },
    };
    table.header.forEach((title, index) => {
      const longest = Math.max(
        title.length,
        ...table.rows.map((row) => String(row[index] ?? '').length),
      );
      const column = sheet.getColumn(index + 1);
      column.width = Math.min(Math.max(longest + 2, 10), 60);
      if (table.rows.some((row) => typeof row[index] === 'number'))
        column.numFmt = '0.##';
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
