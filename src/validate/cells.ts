/** Which cell texts mean "no value", and which row fields a table has a column for. */
import type { ColumnRole, Project, Report } from '../model.js';

// A cell means "no value" by the parser's own list, so the rules and the parser never disagree about it.
export { isNullMarker } from '../parse/index.js';

/** The numeric fields of a row, with the column role each comes from. */
export const ROW_FIELDS = [
  { field: 'amount', role: 'amount', zh: '资金数额', en: 'amount' },
  { field: 'completion', role: 'completion', zh: '实现程度', en: 'completion' },
  { field: 'score', role: 'score', zh: '自评得分', en: 'score' },
] as const satisfies readonly { field: keyof Project['raw']; role: ColumnRole; zh: string; en: string }[];

export type RowField = (typeof ROW_FIELDS)[number];

export function tableHasRole(report: Report, tableId: string | null, role: ColumnRole): boolean {
  if (tableId === null) return false;
  return report.tables.some((t) => t.id === tableId && t.columns.some((c) => c.role === role));
}
