/**
 * The funds block of a form as a breakdown: 年度资金总额 against its 其中 rows, column by column (年初预算数,
 * 全年预算数, 全年执行数), and on department forms once for the income split and once for the expense split.
 * Blank sub-rows prove nothing: a column is compared in full only when every part of the split has a figure;
 * when some are blank, only parts that already exceed the total (a 0/0/0 total over a real sub-row) are a finding.
 */
import { add, agreesAtPrecision, compare, toString, type Decimal } from '../decimal.js';
import type { Finding, Form, FundsRole, Report } from '../model.js';
import { finding } from './finding.js';
import { EXPENSE_ROLES, FUNDS_COLUMNS, fundsCell, fundsText, fundsTotal, formName, INCOME_ROLES, written, type FundsColumn } from './forms.js';
import type { Rule } from './rule.js';

const SPLITS = [
  { roles: INCOME_ROLES, zh: '按资金来源', en: 'by source' },
  { roles: EXPENSE_ROLES, zh: '按支出性质', en: 'by kind of spending' },
] as const;

interface Comparison {
  form: Form;
  split: (typeof SPLITS)[number];
  column: FundsColumn;
  totalIndex: number;
  whole: Decimal;
  parts: { index: number; value: Decimal }[];
  /** every part of the split has a figure in this column (else only an excess is judged) */
  complete: boolean;
}

function comparisons(form: Form): Comparison[] {
  const total = fundsTotal(form);
  if (!total) return [];
  const out: Comparison[] = [];
  for (const split of SPLITS) {
    const rows = form.funds.map((row, index) => ({ row, index })).filter(({ row }) => (split.roles as readonly FundsRole[]).includes(row.role));
    if (rows.length === 0) continue;
    // Rows the parser could not place (role `other`) may belong to the split: the parts may then be incomplete.
    const unplaced = form.funds.some((r) => r.role === 'other' && FUNDS_COLUMNS.some((c) => r[c.field] !== null));
    for (const column of FUNDS_COLUMNS) {
      const whole = written(total.row[column.field], total.row.raw[column.field]);
      if (whole === null) continue;
      const parts = rows.flatMap(({ row, index }) => {
        const value = written(row[column.field], row.raw[column.field]);
        return value === null ? [] : [{ index, value }];
      });
      if (parts.length === 0) continue;
      out.push({ form, split, column, totalIndex: total.index, whole, parts, complete: parts.length === rows.length && !unplaced });
    }
  }
  return out;
}

function judged(c: Comparison): { sum: Decimal; wrong: boolean } {
  const sum = c.parts.reduce((s, p) => add(s, p.value), { units: 0n, scale: 0 } as Decimal);
  if (agreesAtPrecision(c.whole, sum)) return { sum, wrong: false };
  return { sum, wrong: c.complete || compare(sum, c.whole) > 0 };
}

export function formBreakdownComparable(report: Report): boolean {
  return report.forms.some((f) => comparisons(f).length > 0);
}

/** One finding per split that does not add up, naming every column that fails (a 0/0/0 total row is one mistake, not three). */
export function formBreakdownFindings(rule: Rule, report: Report): Finding[] {
  const findings: Finding[] = [];
  for (const form of report.forms) {
    const failing = comparisons(form).flatMap((c) => {
      const { sum, wrong } = judged(c);
      return wrong ? [{ c, sum }] : [];
    });
    for (const split of SPLITS) {
      const mine = failing.filter((f) => f.c.split === split);
      if (mine.length === 0) continue;
      const name = formName(form);
      const totalIndex = mine[0]!.c.totalIndex;
      const totalRow = form.funds[totalIndex]!;
      const unit = form.unit ?? '';
      const columnsZh = mine.map(({ c, sum }) => `${c.column.zh}${toString(c.whole)}${unit}，其中各行合计${c.parts.map((p) => toString(p.value)).join(' + ')} = ${toString(sum)}${unit}`);
      const columnsEn = mine.map(({ c, sum }) => `${c.column.en} ${toString(c.whole)} ${unit} against its rows’ ${c.parts.map((p) => toString(p.value)).join(' + ')} = ${toString(sum)} ${unit}`);
      const labels = [...new Set(mine.flatMap(({ c }) => c.parts.map((p) => form.funds[p.index]!.label)))];
      const first = mine[0]!;
      findings.push(
        finding(rule, {
          message: `${name.zh}「${totalRow.label}」与其中各行（${split.zh}：${labels.join('、')}）不符：${columnsZh.join('；')}。`,
          messageEn: `In ${name.en}, “${totalRow.label}” does not match its rows ${split.en} (${labels.join(', ')}): ${columnsEn.join('; ')}.`,
          expected: Number(toString(first.c.whole)),
          actual: Number(toString(first.sum)),
          evidence: mine.flatMap(({ c }) => [
            fundsCell(form, totalIndex, c.column.field, fundsText(totalRow, c.column.field)),
            ...c.parts.map((p) => fundsCell(form, p.index, c.column.field, fundsText(form.funds[p.index]!, c.column.field))),
          ]),
          details: {
            formId: form.id,
            split: split.en,
            columns: mine.map(({ c, sum }) => ({ column: c.column.field, whole: toString(c.whole), computed: toString(sum), complete: c.complete })),
            unit: form.unit,
          },
        }),
      );
    }
  }
  return findings;
}
