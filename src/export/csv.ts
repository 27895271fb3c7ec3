/**
 * One CSV record per call, so every write is a whole line (a run cut short by
 * Ctrl-C leaves only complete records). UTF-8 with a BOM so Excel shows
 * Chinese; text cells starting with = + - @ tab or CR get a leading `'` so a
 * spreadsheet never runs them as formulas. csv-stringify's `escape_formulas`
 * touches strings only — a negative amount stays a number (asserted in the
 * tests, in case a future version changes that). With CRLF records
 * csv-stringify quotes only cells holding a whole CRLF, so cells with a lone
 * CR or LF (multi-line quotes) are quoted explicitly.
 */
import { stringify } from 'csv-stringify/sync';

export const BOM = '\uFEFF';

export type CsvCell = string | number | null;

export function csvRecord(cells: readonly CsvCell[]): string {
  return stringify([cells as CsvCell[]], { escape_formulas: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}
