/**
 * Exact money arithmetic for the rules: row amounts summed as decimals (never
 * floats), converted between 元 and 万元 by shifting the decimal point, and a
 * declared figure judged against a computed one at its own precision.
 */
import { add, agreesAtPrecision, fromNumber, shift, subtract, toString, type Decimal } from '../decimal.js';
import type { AmountUnit, Project } from '../model.js';

const ZERO: Decimal = { units: 0n, scale: 0 };

/** Powers of ten from 元: 万元 is 10^4 元. */
const UNIT_EXPONENT: Record<AmountUnit, number> = { 元: 0, 万元: 4 };

/** A written figure in one unit, expressed exactly in another. */
export function convert(value: Decimal, from: AmountUnit, to: AmountUnit): Decimal {
  return shift(value, UNIT_EXPONENT[from] - UNIT_EXPONENT[to]);
}

/** A row's amount as an exact decimal in `unit`; null when the row has no usable amount. */
export function rowAmount(row: Project, unit: AmountUnit): Decimal | null {
  if (row.amount !== null && row.amountUnit !== null) return convert(fromNumber(row.amount), row.amountUnit, unit);
  if (row.amountYuan !== null) return convert(fromNumber(row.amountYuan), '元', unit);
  return null;
}

export interface RowSum {
  /** the exact sum in the requested unit */
  total: Decimal;
  /** rows whose amount is unknown (they are not in the total) */
  missing: Project[];
}

/** The exact sum of the rows' amounts in `unit`, and which rows had none. */
export function sumRows(rows: readonly Project[], unit: AmountUnit): RowSum {
  let total = ZERO;
  const missing: Project[] = [];
  for (const row of rows) {
    const amount = rowAmount(row, unit);
    if (amount === null) missing.push(row);
    else total = add(total, amount);
  }
  return { total, missing };
}

export function sumNumbers(values: readonly number[]): Decimal {
  return values.reduce<Decimal>((acc, v) => add(acc, fromNumber(v)), ZERO);
}

/** Does a declared figure agree with a computed one at the declared figure's own precision? */
export function agrees(declared: number, computed: Decimal): boolean {
  return agreesAtPrecision(fromNumber(declared), computed);
}

/** computed − declared, written out exactly (e.g. `0.17`, `-22.72`). */
export function difference(declared: number, computed: Decimal): string {
  return toString(subtract(computed, fromNumber(declared)));
}

/** The gap in words: how much the computed figure is over (多) or short of (少) the declared one. */
export function gapWords(declared: number, computed: Decimal, unit: string): { zh: string; en: string } {
  const diff = subtract(computed, fromNumber(declared));
  const over = diff.units > 0n;
  const size = toString({ units: over ? diff.units : -diff.units, scale: diff.scale });
  return over ? { zh: `多${size}${unit}`, en: `${size} ${unit} more` } : { zh: `少${size}${unit}`, en: `${size} ${unit} less` };
}

export function decimalText(value: Decimal): string {
  return toString(value);
}
