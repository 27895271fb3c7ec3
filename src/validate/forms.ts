/**
 * Shared facts about self-evaluation forms for the form rules: a figure at the
 * precision it was written with, a ratio rounded exactly, the funds rows by
 * role, which indicator rows carry weights, and evidence pointing at a cell.
 */
import { fromNumber, parseDecimal, toString, type Decimal } from '../decimal.js';
import type { Evidence, Form, FundsRow, FundsRole, Indicator } from '../model.js';
import { isNullMarker, readNumberCell } from '../parse/index.js';

/** The money columns of a funds row, with their names on the form. */
export const FUNDS_COLUMNS = [
  { field: 'initial', zh: '年初预算数', en: 'initial budget' },
  { field: 'adjusted', zh: '全年预算数', en: 'full-year budget' },
  { field: 'executed', zh: '全年执行数', en: 'full-year execution' },
] as const;
export type FundsColumn = (typeof FUNDS_COLUMNS)[number];

/** 其中 rows that split 年度资金总额 by where the money came from, and (department forms) by what it was spent on. */
export const INCOME_ROLES: readonly FundsRole[] = ['fiscal', 'carryover', 'other-income'];
export const EXPENSE_ROLES: readonly FundsRole[] = ['basic', 'project'];

/**
 * A figure as an exact decimal at the precision it was written with (`97.80%` keeps two decimals, `30.00` two):
 * the raw cell when it reads as the same number, else the number itself.
 */
export function written(value: number | null, raw: string | null | undefined): Decimal | null {
  if (value === null || !Number.isFinite(value)) return null;
  const cell = readNumberCell(raw);
  if (cell.kind === 'number' && cell.value === value) return cell.decimal;
  return fromNumber(value);
}

/**
 * A stated 执行率 as written: a percentage (`97.80%`, `86`) or a fraction (`0.1`, `1`). The model holds it in
 * percent; the raw text says which it was and how many decimals it has. A bare `1` (or `0`) is read as a
 * whole percentage (100%), since a fraction with no decimals would accept anything from 50% to 150%.
 */
export interface StatedRate {
  /** the figure as written, in its own scale (percent or fraction) */
  decimal: Decimal;
  /** 100 when written as a percentage, 1 when written as a fraction */
  per: 100 | 1;
  text: string;
}

export function statedRate(row: FundsRow): StatedRate | null {
  if (row.rate === null || !Number.isFinite(row.rate)) return null;
  const cell = readNumberCell(row.raw.rate);
  const text = row.raw.rate?.trim() || `${num(row.rate)}%`;
  if (cell.kind === 'number') {
    if (cell.unit === '%' && cell.value === row.rate) return { decimal: cell.decimal, per: 100, text };
    if (cell.unit === null && cell.value === row.rate) return { decimal: cell.decimal, per: 100, text };
    if (cell.unit === null && sameNumber(cell.value * 100, row.rate)) {
      if (cell.decimal.scale === 0) return { decimal: fromNumber(row.rate), per: 100, text };
      return { decimal: cell.decimal, per: 1, text };
    }
  }
  return { decimal: fromNumber(row.rate), per: 100, text };
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}

function num(n: number): string {
  return toString(fromNumber(n));
}

/** Two decimals over a common scale, as integers. */
function aligned(a: Decimal, b: Decimal): [bigint, bigint] {
  const scale = Math.max(a.scale, b.scale);
  return [a.units * 10n ** BigInt(scale - a.scale), b.units * 10n ** BigInt(scale - b.scale)];
}

/** numerator × factor ÷ denominator rounded half away from zero to `scale` decimals, exactly; null when the denominator is 0. */
export function ratio(numerator: Decimal, denominator: Decimal, factor: Decimal, scale: number): Decimal | null {
  const [n, d] = aligned(numerator, denominator);
  if (d === 0n) return null;
  // (n × f.units / 10^f.scale) × 10^scale / d
  let top = n * factor.units * 10n ** BigInt(scale);
  let bottom = d * 10n ** BigInt(factor.scale);
  if (bottom < 0n) {
    top = -top;
    bottom = -bottom;
  }
  const negative = top < 0n;
  const abs = negative ? -top : top;
  let q = abs / bottom;
  if ((abs % bottom) * 2n >= bottom) q += 1n;
  return { units: negative ? -q : q, scale };
}

/** The same ratio cut (not rounded) to `scale` decimals, for telling a truncated figure from a rounded one. */
export function ratioTruncated(numerator: Decimal, denominator: Decimal, factor: Decimal, scale: number): Decimal | null {
  const [n, d] = aligned(numerator, denominator);
  if (d === 0n) return null;
  const top = n * factor.units * 10n ** BigInt(scale);
  const bottom = d * 10n ** BigInt(factor.scale);
  return { units: top / bottom, scale };
}

export const HUNDRED: Decimal = { units: 100n, scale: 0 };
export const ONE: Decimal = { units: 1n, scale: 0 };

export function isPositive(d: Decimal | null): d is Decimal {
  return d !== null && d.units > 0n;
}

/** Parse a plain decimal written in a form cell or a target (`1,234.5` without the commas). */
export function plainDecimal(text: string): Decimal | null {
  return parseDecimal(text.replace(/,/g, ''));
}

/** The 年度资金总额 row (the first total row of the funds block). */
export function fundsTotal(form: Form): { row: FundsRow; index: number } | null {
  const index = form.funds.findIndex((r) => r.role === 'total');
  return index < 0 ? null : { row: form.funds[index]!, index };
}

/** A blank cell (or a null marker): not a figure, and not an unreadable one. */
export function blank(raw: string | null | undefined): boolean {
  return isNullMarker(raw);
}

/**
 * An indicator row that carries no weight and no score and says nothing in those cells — a placeholder
 * (`指标2：` with nothing after it) or a 其中 detail row: it takes no part in weight or score sums.
 */
export function unweighted(ind: Indicator): boolean {
  return ind.weight === null && ind.score === null && blank(ind.raw.weight) && blank(ind.raw.score);
}

/** `产出指标（50分）` and `产出 指标` name the same group as `产出指标`. */
function groupKey(name: string | null): string {
  return (name ?? '').replace(/[（(]\s*\d+(?:\.\d+)?\s*分\s*[）)]/gu, '').replace(/\s+/gu, '');
}

/** An indicator belongs to a stated group when its 一级 (or 二级) name is the group's. */
export function inGroup(ind: Indicator, group: Form['groups'][number]): boolean {
  return groupKey(group.level === 1 ? ind.level1 : ind.level2) === groupKey(group.name);
}

/** The indicators that count in sums, or null when one of them has a weight that was not read (the sum cannot be trusted). */
export function weightedIndicators(form: Form): { ind: Indicator; index: number }[] | null {
  const rows = form.indicators.map((ind, index) => ({ ind, index })).filter(({ ind }) => !unweighted(ind));
  return rows.some(({ ind }) => ind.weight === null || !Number.isFinite(ind.weight)) ? null : rows;
}

/** How the form is named in a message: its project, else its department. */
export function formName(form: Form): { zh: string; en: string } {
  const name = form.projectName ?? form.department ?? form.implementer;
  const what = form.kind === 'department' ? { zh: '部门整体支出绩效自评表', en: 'department self-evaluation form' } : { zh: '项目支出绩效自评表', en: 'project self-evaluation form' };
  return name ? { zh: `${what.zh}「${name}」`, en: `the ${what.en} “${name}”` } : { zh: what.zh, en: `the ${what.en}` };
}

export function fundsCell(form: Form, index: number, field: string, text: string | null): Evidence {
  const row = form.funds[index]!;
  return { kind: 'formCell', formId: form.id, part: 'funds', index, field, label: row.label, text, location: row.location };
}

export function indicatorCell(form: Form, index: number, field: string, text: string | null): Evidence {
  const ind = form.indicators[index]!;
  return { kind: 'formCell', formId: form.id, part: 'indicator', index, field, label: ind.name, text, location: ind.location };
}

export function groupCell(form: Form, index: number): Evidence {
  const g = form.groups[index]!;
  return { kind: 'formCell', formId: form.id, part: 'group', index, field: 'weight', label: g.name, text: `${g.name}（${num(g.weight)}分）`, location: g.location };
}

export function totalCell(form: Form, field: 'weight' | 'score'): Evidence {
  const t = form.total!;
  return { kind: 'formCell', formId: form.id, part: 'total', index: 0, field, label: '总分', text: t.raw[field], location: t.location };
}

/** A funds row's cell as written, for evidence. */
export function fundsText(row: FundsRow, field: keyof FundsRow['raw']): string | null {
  const raw = row.raw[field];
  if (raw !== null && raw !== undefined) return raw;
  const v = row[field];
  return v === null ? null : num(v);
}
