/** `indicators.csv`: one row per performance indicator across all forms — targets, actuals, weights and scores as a dataset. */
import type { Report } from '../model.js';
import type { CsvCell } from './csv.js';

export const INDICATORS_CSV_HEADER = ['file', 'form', 'project', 'level1', 'level2', 'name', 'target', 'actual', 'weight', 'score'] as const;

export function indicatorsCsvRows(report: Report): CsvCell[][] {
  return report.forms.flatMap((form) =>
    form.indicators.map((ind) => [
      report.source.path,
      form.id,
      form.projectName,
      ind.level1,
      ind.level2,
      ind.name,
      ind.target,
      ind.actual,
      ind.weight,
      ind.score,
    ]),
  );
}
