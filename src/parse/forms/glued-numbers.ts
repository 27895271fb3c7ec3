/**
 * OCR glues a funds row's figures into one cell: `310.2154.741050%5` is
 * 310.2 / 154.74 / 10 / 50% / 5. Split it only when exactly one split is
 * consistent with the columns and with itself (the stated rate agrees with
 * execution ÷ budget, the score with weight × rate); otherwise leave it unread.
 */
import { cuts, gluedFundsRun, rateAgrees, scoreFits } from './glued-run.js';
import type { FundsField } from './lexicon.js';

const AMOUNT = /^(0|[1-9]\d*)(\.\d{1,4})?$/;
const SMALL = /^(0|[1-9]\d?|100)(\.\d{1,2})?$/;

export function splitGluedFunds(text: string, columns: readonly FundsField[]): Partial<Record<FundsField, string>> | null {
  const run = gluedFundsRun(text);
  const rateColumn = columns.indexOf('rate');
  if (!run || rateColumn < 1) return null;
  const { digits, after } = run;
  if (after !== '' && !(SMALL.test(after) && columns[rateColumn + 1] === 'score')) return null;
  const found: { cols: FundsField[]; split: string[] }[] = [];
  for (const split of cuts(digits, rateColumn + 1, AMOUNT)) {
    const parts = split.length;
    if (parts < 2) continue;
    // as `place` reads a row: with a score after the rate the figures before it end at the rate (weight included);
    // without one they are the row's amounts from the first column
    const before = after !== '' ? columns.slice(rateColumn + 1 - parts, rateColumn) : columns.slice(0, parts - 1);
    if (before.includes('rate')) continue;
    const cols = [...before, 'rate' as const];
    if (consistent(cols, split, after)) found.push({ cols, split });
  }
  if (found.length !== 1) return null;
  const { cols, split } = found[0]!;
  const out: Partial<Record<FundsField, string>> = {};
  cols.forEach((c, k) => (out[c] = split[k]!));
  out.rate = `${split[split.length - 1]}%`;
  if (after !== '') out.score = after;
  return out;
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
  // a glued 0% reads too many ways to trust
  if (!(rate > 0) || !rateAgrees(rateText, executed, budgets)) return false;
  return scoreText === '' || weight === null || scoreFits(weight, rate, Number(scoreText));
}
