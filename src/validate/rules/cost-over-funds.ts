// A 成本指标 whose amount is larger than all the money the form reports (年度资金总额 in any column, or any of its sources) states a cost the project never had the money for: the cost target, or the funds block, is wrong.
import { compare, fromNumber, toString, type Decimal } from '../../decimal.js';
import type { AmountUnit, Finding, Form, FundsRow, Indicator, Report } from '../../model.js';
import { readNumberCell } from '../../parse/index.js';
import { readFigure } from '../figures.js';
import { finding } from '../finding.js';
import { FUNDS_COLUMNS, formName, fundsCell, fundsText, fundsTotal, indicatorCell, INCOME_ROLES, type FundsColumn } from '../forms.js';
import { COST_GROUP_WORDS, UNIT_COST_MARKERS } from '../lexicon.js';
import { convert } from '../money.js';
import type { Rule } from '../rule.js';

const MONEY_UNITS: readonly string[] = ['万元', '元'];

interface Money {
  value: Decimal;
  index: number;
  column: FundsColumn;
}

/** A funds cell in `unit`: the cell's own unit when it writes one (`372.29万元`), else the form's. */
function cellMoney(row: FundsRow, column: FundsColumn, formUnit: AmountUnit | null, unit: AmountUnit): Decimal | null {
  const value = row[column.field];
  if (value === null || !Number.isFinite(value)) return null;
  const cell = readNumberCell(row.raw[column.field]);
  if (cell.kind === 'number' && cell.value === value) {
    const written = cell.unit === '万元' || cell.unit === '元' ? cell.unit : formUnit;
    return written ? convert(cell.decimal, written, unit) : null;
  }
  return formUnit ? convert(fromNumber(value), formUnit, unit) : null;
}

/**
 * The most money the form reports, in `unit`: the largest 年初预算数 / 全年预算数 / 全年执行数 of 年度资金总额
 * and of its sources (a 0 in the total row beside a filled 其中 row is not all the money). Null when the
 * total row has no budget read — an unread total is no upper bound.
 */
export function mostMoney(form: Form, unit: AmountUnit): Money | null {
  const total = fundsTotal(form);
  if (!total) return null;
  const budgetRead = FUNDS_COLUMNS.some((c) => c.field !== 'executed' && cellMoney(total.row, c, form.unit, unit) !== null);
  if (!budgetRead) return null;
  let best: Money | null = null;
  form.funds.forEach((row, index) => {
    if (row.role !== 'total' && !INCOME_ROLES.includes(row.role)) return;
    for (const column of FUNDS_COLUMNS) {
      const value = cellMoney(row, column, form.unit, unit);
      if (value && (!best || compare(value, best.value) > 0)) best = { value, index, column };
    }
  });
  return best;
}

function isCost(ind: Indicator): boolean {
  return COST_GROUP_WORDS.some((w) => (ind.level1 ?? '').includes(w) || (ind.level2 ?? '').includes(w));
}

function isUnitCost(ind: Indicator): boolean {
  return [ind.name, ind.target, ind.actual].some((t) => t !== null && UNIT_COST_MARKERS.some((m) => t.includes(m)));
}

/** A total cost in money: a cost indicator's target or actual written as an amount of 万元 or 元. */
function costAmounts(ind: Indicator): { field: 'target' | 'actual'; text: string; value: Decimal; unit: AmountUnit }[] {
  if (!isCost(ind) || isUnitCost(ind)) return [];
  return (['target', 'actual'] as const).flatMap((field) => {
    const text = ind[field];
    const figure = readFigure(text);
    if (!figure || !MONEY_UNITS.includes(figure.unit)) return [];
    return [{ field, text: text!, value: figure.value, unit: figure.unit as AmountUnit }];
  });
}

function comparable(report: Report) {
  return report.forms.flatMap((form) => {
    const unit = form.unit ?? '万元';
    const money = mostMoney(form, unit);
    if (!money) return [];
    return form.indicators.flatMap((ind, index) => {
      const amounts = costAmounts(ind);
      return amounts.length > 0 ? [{ form, ind, index, amounts, money, unit }] : [];
    });
  });
}

export const costOverFunds: Rule = {
  code: 'cost-over-funds',
  severity: 'warning',
  title: { zh: '成本指标超过项目全部资金', en: 'Cost indicator above all the funds' },
  checks: {
    zh: '自评表成本指标的金额（万元/元）是否超过表中所列全部资金（年度资金总额及其各来源的年初预算数、全年预算数、全年执行数中最大者）——超过即所列成本是表中没有的钱；单位成本（每亩、单价、人均、标准等）不作比较，资金总额未读出时不作判断。',
    en: 'A form’s cost indicator (成本指标) in money (万元/元) is no larger than all the money the form reports (the largest initial budget, full-year budget or execution of 年度资金总额 and its sources) — a larger cost is money the form does not have; unit costs (per mu, unit price, per person, standard) are never compared, nor is a form whose total was not read.',
  },
  needs(report) {
    if (report.forms.length === 0) return 'no-form';
    return comparable(report).length > 0 ? null : 'no-cost-amounts';
  },
  check(report) {
    const findings: Finding[] = [];
    for (const { form, ind, index, amounts, money, unit } of comparable(report)) {
      const over = amounts.filter((a) => compare(convert(a.value, a.unit, unit), money.value) > 0);
      if (over.length === 0) continue;
      const name = formName(form);
      const row = form.funds[money.index]!;
      const most = `${toString(money.value)}${unit}`;
      const stated = over.map((a) => a.text).filter((t, i, all) => all.indexOf(t) === i).join('、');
      findings.push(
        finding(this, {
          message: `${name.zh}成本指标「${ind.name}」为${stated}，超过表中全部资金（最多为「${row.label}」${money.column.zh}${most}）：所列成本是表中没有的钱。`,
          messageEn: `In ${name.en}, cost indicator “${ind.name}” states ${stated}, more than all the money the form reports (at most ${most}, the ${money.column.en} of “${row.label}”): the cost is money the form does not have.`,
          expected: Number(toString(money.value)),
          actual: Number(toString(convert(over[0]!.value, over[0]!.unit, unit))),
          evidence: [
            ...over.map((a) => indicatorCell(form, index, a.field, a.text)),
            fundsCell(form, money.index, money.column.field, fundsText(row, money.column.field)),
          ],
          details: { formId: form.id, indicator: ind.name, level1: ind.level1, level2: ind.level2, unit, funds: toString(money.value) },
        }),
      );
    }
    return findings;
  },
};
