/**
 * A form's headline figures for the CSVs: its 年度资金总额 row, the execution rate it states and the one its
 * own figures give (全年执行数 ÷ 全年预算数, or ÷ 年初预算数 when that is the only budget), its scores.
 */
import { fromNumber, toNumber } from '../decimal.js';
import type { Form, FundsRow, Report } from '../model.js';
import { ratio, HUNDRED } from '../validate/forms.js';

export function fundsTotalRow(form: Form): FundsRow | null {
  return form.funds.find((r) => r.role === 'total') ?? null;
}

/** The rate the row's own figures give, in percent to two decimals; null without an execution figure and a positive budget. */
export function computedRate(row: FundsRow | null): number | null {
  if (!row || row.executed === null) return null;
  const budget = row.adjusted !== null && row.adjusted > 0 ? row.adjusted : row.initial !== null && row.initial > 0 ? row.initial : null;
  if (budget === null || !Number.isFinite(budget) || !Number.isFinite(row.executed)) return null;
  const r = ratio(fromNumber(row.executed), fromNumber(budget), HUNDRED, 2);
  return r === null ? null : toNumber(r);
}

/** The codes of the report's findings that point at a cell of this form, each once, in finding order. */
export function formFindingCodes(report: Report, form: Form): string {
  const codes = report.findings.filter((f) => f.evidence.some((e) => e.kind === 'formCell' && e.formId === form.id)).map((f) => f.code);
  return [...new Set(codes)].join('; ');
}
