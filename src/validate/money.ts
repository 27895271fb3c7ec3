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

/** A figure as an exact decimal; null for NaN or Infinity, which no written figure can be. */
export function exact(n: number | null): Decimal | null {
  return n !== null && Number.isFinite(n) ? fromNumber(n) : null;
}

/** A row's amount as an exact decimal in `unit`; null when the row has no usable amount. */
export function rowAmount(row: Project, unit: AmountUnit): Decimal | null {
  const written = row.amountUnit !== null ? exact(row.amount) : null;
  if (written !== null) return convert(written, row.amountUnit!, unit);
  const yuan = exact(row.amountYuan);
  return yuan === null ? null : convert(yuan, '元', unit);
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

/** The exact sum of written figures; null when one of them is not a finite number. */
export function sumNumbers(values: readonly number[]): Decimal | null {
  let total = ZERO;
  for (const v of values) {
    const d = exact(v);
    if (d === null) return null;
    total = add(total, d);
  }
  return total;
}

/** Does a declared figure agree with a computed one at the declared figure's own precision? (A non-finite figure is not judged.) */
export function agrees(declared: number, computed: Decimal): boolean {
  const d = exact(declared);
  return d === null || agreesAtPrecision(d, computed);
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
