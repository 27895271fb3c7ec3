// A form's stated 执行率 must be 全年执行数 ÷ 全年预算数 (or ÷ 年初预算数) at its own precision; a rate that does not follow from the form's own figures misstates how much of the budget was spent.
import { compare, equals, shift, toNumber, toString, type Decimal } from '../../decimal.js';
import type { Finding, Form, FundsRow, Report } from '../../model.js';
import { finding } from '../finding.js';
import { fundsCell, fundsText, formName, HUNDRED, ONE, isPositive, ratio, ratioTruncated, statedRate, written, type StatedRate } from '../forms.js';
import type { Rule } from '../rule.js';

interface Denominator {
  field: 'adjusted' | 'initial';
  zh: string;
  en: string;
  value: Decimal;
}

/** The budgets a rate may be computed against: 全年预算数 first, 年初预算数 where the form has it. */
export function denominators(row: FundsRow): Denominator[] {
  const out: Denominator[] = [];
  const adjusted = written(row.adjusted, row.raw.adjusted);
  const initial = written(row.initial, row.raw.initial);
  if (isPositive(adjusted)) out.push({ field: 'adjusted', zh: '全年预算数', en: 'full-year budget', value: adjusted });
  if (isPositive(initial)) out.push({ field: 'initial', zh: '年初预算数', en: 'initial budget', value: initial });
  return out;
}

interface Comparable {
  index: number;
  row: FundsRow;
  stated: StatedRate;
  executed: Decimal;
  budgets: Denominator[];
}

function comparable(form: Form): Comparable[] {
  return form.funds.flatMap((row, index) => {
    const stated = statedRate(row);
    const executed = written(row.executed, row.raw.executed);
    const budgets = denominators(row);
    return stated && executed && budgets.length > 0 ? [{ index, row, stated, executed, budgets }] : [];
  });
}

/**
 * Agreement is rounding, not truncation: 31.69 ÷ 32.4 = 97.809…% is 97.81% at two decimals, and a form
 * that writes 97.80% has cut the figure (a reader takes a stated figure as rounded; yn_linxiang's truth
 * lists it as a contradiction). A rate stated as 100% over execution above the budget is the usual cap,
 * not an error.
 */
function agreesWith(c: Comparable, budget: Denominator): boolean {
  const factor = c.stated.per === 100 ? HUNDRED : ONE;
  const computed = ratio(c.executed, budget.value, factor, c.stated.decimal.scale);
  if (computed === null) return true;
  if (equals(computed, c.stated.decimal)) return true;
  const capped = c.stated.per === 100 ? HUNDRED : ONE;
  return equals(c.stated.decimal, capped) && compare(c.executed, budget.value) >= 0;
}

export const executionRateMismatch: Rule = {
  code: 'execution-rate-mismatch',
  severity: 'error',
  title: { zh: '执行率与预算执行数不符', en: 'Execution rate does not follow from the figures' },
  checks: {
    zh: '自评表写明的执行率是否等于全年执行数÷全年预算数（或÷年初预算数），按所写精度四舍五入比较——截断或算错的执行率会误报资金使用程度。',
    en: 'A form’s stated execution rate equals full-year execution ÷ full-year (or initial) budget, rounded to the stated precision — a cut or miscalculated rate misstates how much of the budget was spent.',
  },
  needs(report: Report) {
    if (report.forms.length === 0) return 'no-form';
    return report.forms.some((f) => comparable(f).length > 0) ? null : 'no-funds-rate';
  },
  check(report) {
    const findings: Finding[] = [];
    for (const form of report.forms) {
      // A 其中 row that repeats the total row with the same rate is one mistake, not two.
      const seen = new Map<string, Finding>();
      for (const c of comparable(form)) {
        if (c.budgets.some((b) => agreesWith(c, b))) continue;
        const budget = c.budgets[0]!;
        const factor = c.stated.per === 100 ? HUNDRED : ONE;
        const computed = ratio(c.executed, budget.value, factor, c.stated.decimal.scale)!;
        const precise = ratio(c.executed, budget.value, HUNDRED, 4)!;
        const truncated = equals(ratioTruncated(c.executed, budget.value, factor, c.stated.decimal.scale)!, c.stated.decimal);
        const statedText = c.stated.text;
        const computedText = c.stated.per === 100 ? `${toString(computed)}%` : toString(computed);
        const key = `${toString(c.executed)}|${toString(budget.value)}|${statedText}`;
        const evidence = [
          fundsCell(form, c.index, 'rate', statedText),
          fundsCell(form, c.index, 'executed', fundsText(c.row, 'executed')),
          fundsCell(form, c.index, budget.field, fundsText(c.row, budget.field)),
        ];
        const earlier = seen.get(key);
        if (earlier) {
          earlier.evidence.push(...evidence);
          continue;
        }
        const name = formName(form);
        const cut = truncated ? { zh: '（所写数值是截断而非四舍五入）', en: ' (the stated figure is cut, not rounded)' } : { zh: '', en: '' };
        const f = finding(this, {
          message: `${name.zh}「${c.row.label}」执行率写作${statedText}，但全年执行数${toString(c.executed)}÷${budget.zh}${toString(budget.value)}=${toString(precise)}%，按所写精度应为${computedText}${cut.zh}。`,
          messageEn: `In ${name.en}, “${c.row.label}” states an execution rate of ${statedText}, but execution ${toString(c.executed)} ÷ ${budget.en} ${toString(budget.value)} = ${toString(precise)}%, which is ${computedText} at the stated precision${cut.en}.`,
          expected: toNumber(shift(computed, c.stated.per === 100 ? 0 : 2)),
          actual: c.row.rate,
          evidence,
          details: {
            formId: form.id,
            row: c.row.label,
            denominator: budget.field,
            denominatorsTried: c.budgets.map((b) => b.field),
            computedPercent: toString(precise),
            truncated,
          },
        });
        seen.set(key, f);
        findings.push(f);
      }
    }
    return findings;
  },
};
