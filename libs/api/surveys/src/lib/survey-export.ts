import { strToU8, zipSync } from 'fflate';
import { xmlText } from '@inspraak/api-core';
import { SurveyResults } from './survey.models';

/**
 * The results as tables, exactly as shown (the same suppressed object the
 * screen gets): first the response (invited, respondents and rate, for
 * everyone in the view and per group shown), then, after an empty row, one
 * row per question and group with the figures that exist for the question's
 * kind. Used for CSV and XLSX alike.
 */
export function resultRows(
  results: SurveyResults,
  language: 'nl' | 'en' = 'nl',
): string[][] {
  const fewer =
    language === 'nl'
      ? `minder dan ${results.threshold}`
      : `fewer than ${results.threshold}`;
  const everyone = results.filter
    ? results.filter.label
    : language === 'nl'
      ? 'Iedereen'
      : 'Everyone';
  const rate = (respondents: number, invited: number) =>
    invited > 0 ? String(Math.round((respondents / invited) * 100)) : '';
  const rows: string[][] = [
    language === 'nl'
      ? ['Groep', 'Uitgenodigd', 'Respondenten', 'Respons (%)']
      : ['Group', 'Invited', 'Respondents', 'Response rate (%)'],
    [
      everyone,
      String(results.invited),
      results.respondents === null ? fewer : String(results.respondents),
      results.responseRate === null ? '' : String(results.responseRate),
    ],
    ...results.units.map((unit) => [
      unit.label,
      String(unit.invited),
      String(unit.respondents),
      rate(unit.respondents, unit.invited),
    ]),
    [],
    language === 'nl'
      ? [
          'Vraag',
          'Soort',
          'Groep',
          'Beantwoord',
          'Gemiddelde',
          'Eens (%)',
          'eNPS',
          'Verdeling',
        ]
      : [
          'Question',
          'Kind',
          'Group',
          'Answered',
          'Mean',
          'Agree (%)',
          'eNPS',
          'Distribution',
        ],
  ];
  const unitLabel = new Map(results.units.map((u) => [u.key, u.label]));
  for (const question of results.questions) {
    const text = question.text[language];
    const line = (
      group: string,
      summary: SurveyResults['questions'][number]['overall'],
    ) => {
      if (!summary) {
        rows.push([text, question.kind, group, fewer, '', '', '', '']);
        return;
      }
      const distribution =
        question.kind === 'RANKING'
          ? summary.meanRanks.map((r) => `${r.option}:${r.meanRank}`)
          : summary.distribution.map((d) => `${d.value}:${d.count}`);
      rows.push([
        text,
        question.kind,
        group,
        String(summary.answered),
        summary.mean === null ? '' : String(summary.mean),
        summary.agreePercentage === null ? '' : String(summary.agreePercentage),
        summary.enps === null ? '' : String(summary.enps),
        distribution.join(' '),
      ]);
    };
    line(everyone, question.overall);
    for (const unit of question.byUnit)
      line(unitLabel.get(unit.unitKey) ?? unit.unitKey, unit.summary);
    for (const answer of question.texts)
      rows.push([text, question.kind, everyone, '', '', '', '', answer]);
  }
  return rows;
}

/** RFC 4180 CSV with a BOM and `;` (what Dutch Excel opens directly). */
export function toCsv(rows: string[][]): string {
  const cell = (value: string) => {
    // A text starting with = + - @ would run as a formula in a spreadsheet: it gets a leading apostrophe. Numbers stay numbers.
    const guarded =
      /^[=+\-@]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value)
        ? `'${value}`
        : value;
    return /[;"\r\n]/.test(guarded) || guarded !== value
      ? `"${guarded.replace(/"/g, '""')}"`
      : guarded;
  };
  return (
    '\uFEFF' + rows.map((row) => row.map(cell).join(';')).join('\r\n') + '\r\n'
  );
}

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A minimal Office Open XML workbook (one sheet, inline strings, numbers as numbers; header rows and empty rows stay text). */
export function toXlsx(rows: string[][], sheetName = 'Resultaten'): Uint8Array {
  const sheetRows = rows
    .map((row, r) => {
      const cells = row
        .map((value, c) => {
          const ref = `${columnName(c)}${r + 1}`;
          if (r > 0 && value !== '' && /^-?\d+(\.\d+)?$/.test(value))
            return `<c r="${ref}"><v>${value}</v></c>`;
          return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xmlText(value)}</t></is></c>`;
        })
        .join('');
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join('');
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${xmlText(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetRows}</sheetData></worksheet>`,
    ),
  };
  return zipSync(files);
}
