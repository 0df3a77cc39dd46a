import type { ImportRowError } from '../data-access/directory-api';

export interface ErrorReportLabels {
  row: string;
  column: string;
  error: string;
  value: string;
  wholeRow: string;
}

/**
 * The import's row errors as CSV for download: one line per error, `;` by default
 * (what Dutch Excel expects), CRLF line ends, RFC 4180 quoting.
 */
export function buildErrorReportCsv(
  errors: readonly ImportRowError[],
  labels: ErrorReportLabels,
  describe: (code: string) => string,
  separator = ';',
): string {
  const header = [labels.row, labels.column, labels.error, labels.value];
  const rows = errors.map((e) => [
    String(e.row),
    e.column || labels.wholeRow,
    describe(e.code),
    e.value ?? '',
  ]);
  return (
    [header, ...rows]
      .map((cells) => cells.map((c) => csvCell(c, separator)).join(separator))
      .join('\r\n') + '\r\n'
  );
}

/** Quote when needed; neutralise spreadsheet formulas coming from the uploaded file. */
export function csvCell(value: string, separator = ';'): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  const needsQuotes =
    safe.includes(separator) || /["\r\n]/.test(safe) || safe !== safe.trim();
  return needsQuotes ? `"${safe.replace(/"/g, '""')}"` : safe;
}
