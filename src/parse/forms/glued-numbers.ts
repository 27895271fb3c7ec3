/**
 * OCR glues a funds row's figures into one cell: `310.2154.741050%5` is
 * 310.2 / 154.74 / 10 / 50% / 5. Split it only when exactly one split is
 * consistent with the columns and with itself (the stated rate agrees with
 * execution ÷ budget, the score with weight × rate); otherwise leave it unread.
 */
import type { FundsField } from './lexicon.js';

const AMOUNT = /^(0|[1-9]\d*)(\.\d{1,4})?$/;
const SMALL = /^(0|[1-9]\d?|100)(\.\d{1,2})?$/;

export function splitGluedFunds(text: string, columns: readonly FundsField[]): string[] | null {
  const m = /^\s*([\d.]+)%([\d.]*)\s*$/.exec(text);
  const rateColumn = columns.indexOf('rate');
  if (!m || rateColumn < 1) return null;
  const [, before, after] = m as unknown as [string, string, string];
  if (after !== '' && !(SMALL.test(after) && columns[rateColumn + 1] === 'score')) return null;
  const found: string[][] = [];
  for (let parts = 2; parts <= rateColumn + 1; parts += 1) {
    for (const split of splits(before, parts)) {
      const cols = [...columns.slice(rateColumn + 1 - parts, rateColumn), 'rate' as const];
      if (consistent(cols, split, after)) found.push(split);
    }
  }
  if (found.length !== 1) return null;
  const split = found[0]!;
  // the values land right-aligned before the rate, as `place` reads them
  const out = [...split.slice(0, -1), `${split[split.length - 1]}%`];
  if (after !== '') out.push(after);
  return out;
}

function* splits(s: string, parts: number): Generator<string[]> {
  if (parts === 1) {
    if (AMOUNT.test(s)) yield [s];
    return;
  }
  for (let k = 1; k < s.length; k += 1) {
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
  const decimals = (rateText.split('.')[1] ?? '').length;
  const unit = 10 ** -decimals;
  const rateFits = budgets.some((b) => Math.abs((executed / b) * 100 - rate) <= unit);
  if (!rateFits) return false;
  if (scoreText !== '' && weight !== null) {
    const score = Number(scoreText);
    if (score > weight || Math.abs(Math.min(weight, (weight * rate) / 100) - score) > 1) return false;
  }
  return true;
}
