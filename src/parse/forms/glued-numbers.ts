/**
 * OCR glues a funds row's figures into one cell: `310.2154.741050%5` is
 * 310.2 / 154.74 / 10 / 50% / 5. Split it only when exactly one split is
 * consistent with the columns and with itself (the stated rate agrees with
 * execution ÷ budget, the score with weight × rate); otherwise leave it unread.
 */
import type { FundsField } from './lexicon.js';

const AMOUNT = /^(0|[1-9]\d*)(\.\d{1,4})?$/;
const SMALL = /^(0|[1-9]\d?|100)(\.\d{1,2})?$/;
/**
 * A funds row holds at most six figures, an amount at most 14 characters (999999999.9999):
 * longer glued runs are not one row, and the splits of a run grow as its length to the fifth power.
 */
const MAX_FIGURE = 14;
const MAX_RUN = 6 * MAX_FIGURE;

export function splitGluedFunds(text: string, columns: readonly FundsField[]): Partial<Record<FundsField, string>> | null {
  const m = /^\s*([\d.]+)%([\d.]*)\s*$/.exec(text);
  const rateColumn = columns.indexOf('rate');
  if (!m || rateColumn < 1) return null;
  const [, digits, after] = m as unknown as [string, string, string];
  if (digits.length > MAX_RUN) return null;
  if (after !== '' && !(SMALL.test(after) && columns[rateColumn + 1] === 'score')) return null;
  const found: { cols: FundsField[]; split: string[] }[] = [];
  for (let parts = 2; parts <= rateColumn + 1; parts += 1) {
    // as `place` reads a row: with a score after the rate the figures before it end at the rate (weight included);
    // without one they are the row's amounts from the first column
    const before = after !== '' ? columns.slice(rateColumn + 1 - parts, rateColumn) : columns.slice(0, parts - 1);
    if (before.includes('rate')) continue;
    const cols = [...before, 'rate' as const];
    for (const split of splits(digits, parts)) if (consistent(cols, split, after)) found.push({ cols, split });
  }
  if (found.length !== 1) return null;
  const { cols, split } = found[0]!;
  const out: Partial<Record<FundsField, string>> = {};
  cols.forEach((c, k) => (out[c] = split[k]!));
  out.rate = `${split[split.length - 1]}%`;
  if (after !== '') out.score = after;
  return out;
}

function* splits(s: string, parts: number): Generator<string[]> {
  if (parts === 1) {
    if (AMOUNT.test(s)) yield [s];
    return;
  }
  // the rest must still fit the parts left, each at most MAX_FIGURE long
  for (let k = Math.max(1, s.length - (parts - 1) * MAX_FIGURE); k < s.length && k <= MAX_FIGURE; k += 1) {
    const head = s.slice(0, k);
    if (!AMOUNT.test(head)) continue;
    for (const rest of splits(s.slice(k), parts - 1)) yield [head, ...rest];
  }
}

function consistent(cols: readonly FundsField[], values: readonly string[], scoreText: string): boolean {
  const get = (f: FundsField) => {
    const k = cols.indexOf(f);
    return k >= 0 ? Number(values[k]) : null;
  };
  const rateText = values[values.length - 1]!;
  const rate = Number(rateText);
  const weight = get('weight');
  if (!SMALL.test(rateText) || rate > 100) return false;
  if (weight !== null && (!SMALL.test(values[cols.indexOf('weight')]!) || weight === 0)) return false;
  const executed = get('executed');
  const budgets = [get('adjusted'), get('initial')].filter((b): b is number => b !== null && b > 0);
  if (executed === null || budgets.length === 0) return false;
  // the stated rate is the computed one rounded or cut at its own decimals; a glued 0% reads too many ways to trust
  const decimals = (rateText.split('.')[1] ?? '').length;
  const scale = 10 ** decimals;
  const rateFits = budgets.some((b) => {
    const computed = (executed / b) * 100 * scale;
    return rate * scale === Math.round(computed) || rate * scale === Math.floor(computed);
  }) && rate > 0;
  if (!rateFits) return false;
  if (scoreText !== '' && weight !== null) {
    const score = Number(scoreText);
    if (score > weight || Math.abs(Math.min(weight, (weight * rate) / 100) - score) > 1) return false;
  }
  return true;
}
