/** `projects.csv`: one row per project across all reports — the dataset. */
import type { Report } from '../model.js';
import type { CsvCell } from './csv.js';

export const PROJECTS_CSV_HEADER = [
  'file',
  'year',
  'county',
  'township',
  'entity',
  'table',
  'row',
  'department',
  'name',
  'nameKey',
  'amount',
  'amountUnit',
  'amountYuan',
  'completion',
  'score',
] as const;

export function projectsCsvRows(report: Report): CsvCell[][] {
  const { meta } = report;
  return report.projects.map((p) => [
    report.source.path,
    meta.year,
    meta.county,
    meta.township,
    meta.entity,
    p.tableId,
    p.row,
    p.department,
    p.name,
    p.nameKey,
    p.amount,
    p.amountUnit,
    p.amountYuan,
    p.completion,
    p.score,
  ]);
}
