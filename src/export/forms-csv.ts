/** `forms.csv`: one row per self-evaluation form across all reports — its funds total row, rates and scores. */
import type { Report } from '../model.js';
import type { CsvCell } from './csv.js';
import { computedRate, formFindingCodes, fundsTotalRow } from './form-figures.js';

export const FORMS_CSV_HEADER = [
  'file',
  'form',
  'year',
  'county',
  'entity',
  'kind',
  'project',
  'department',
  'implementer',
  'unit',
  'initial',
  'adjusted',
  'executed',
  'fundsWeight',
  'statedRate',
  'computedRate',
  'fundsScore',
  'totalWeight',
  'totalScore',
  'indicators',
  'findings',
] as const;

export function formsCsvRows(report: Report): CsvCell[][] {
  const { meta } = report;
  return report.forms.map((form) => {
    const total = fundsTotalRow(form);
    return [
      report.source.path,
      form.id,
      form.year ?? meta.year,
      meta.county,
      meta.entity,
      form.kind,
      form.projectName,
      form.department,
      form.implementer,
      form.unit,
      total?.initial ?? null,
      total?.adjusted ?? null,
      total?.executed ?? null,
      total?.weight ?? null,
      total?.rate ?? null,
      computedRate(total),
      total?.score ?? null,
      form.total?.weight ?? null,
      form.total?.score ?? null,
      form.indicators.length,
      formFindingCodes(report, form),
    ];
  });
}
