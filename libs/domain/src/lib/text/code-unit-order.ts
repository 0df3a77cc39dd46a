/**
 * Orders strings by UTF-16 code units: the same on every machine and in every
 * locale (unlike `localeCompare`), and the order PostgreSQL's `COLLATE "C"`
 * gives ids and keys, so results computed here and in SQL line up.
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
