/**
 * `reports.csv`: one row per input, read or not, so nothing submitted is lost from the record. `status` is the
 * kebab word (ok, findings, unchecked, failed) and `checks` says which comparing rules ran and why the others could not.
 */
import type { Report } from '../model.js';
import type { CsvCell } from './csv.js';
import { fundsTotalRow } from './form-figures.js';
import type { Lang } from './lang.js';
import { checksText } from './lexicon-checks.js';
import { declaredProjectCount, declaredScore, declaredTotalWan, failureReason, meanScore } from './report-figures.js';

export const REPORTS_CSV_HEADER = [
  'file',
  'title',
  'year',
  'county',
  'township',
  'entity',
  'kind',
  'declaredProjectCount',
  'tableProjectCount',
  'declaredTotalWan',
  'computedTotalWan',
  'declaredScore',
  'meanScore',
  'forms',
  'formAdjusted',
  'formExecuted',
  'formRate',
  'formTotalScore',
  'errors',
  'warnings',
  'infos',
  'status',
  'checks',
  'reason',
] as const;

/** The form's figures when the report is one form (a township report with one form per project gives only the count). */
function formFigures(report: Report): CsvCell[] {
  const form = report.forms.length === 1 ? report.forms[0]! : null;
  const total = form ? fundsTotalRow(form) : null;
  return [report.forms.length, total?.adjusted ?? total?.initial ?? null, total?.executed ?? null, total?.rate ?? null, form?.total?.score ?? null];
}

export function reportsCsvRow(report: Report, lang: Lang): CsvCell[] {
  const { meta, summary } = report;
  return [
    report.source.path,
    meta.title,
    meta.year,
    meta.county,
    meta.township,
    meta.entity,
    meta.kind,
    declaredProjectCount(report),
    summary.projectCount,
    declaredTotalWan(report),
    summary.amountTotal,
    declaredScore(report),
    meanScore(report),
    ...formFigures(report),
    summary.errors,
    summary.warnings,
    summary.infos,
    summary.status,
    checksText(summary.checks, lang),
    failureReason(report, lang),
  ];
}
