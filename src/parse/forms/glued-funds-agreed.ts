/**
 * A fused funds cell that no one split explains because a cell of the row was
 * blank (`303010100%`: 30 | 30 | 10 | 100% under five columns, the blank lost
 * with the separators). Every placement of the figures in the columns, in
 * order, that contradicts nothing (the rate agrees with execution ÷ budget when
 * both are there, a weight is a small figure, a score fits its weight) and
 * leaves the fewest cells blank is a reading; a field is read only when every
 * reading gives it the same figure (here 分值 10 and 100%), the rest stay unread.
 */
import { cuts, gluedFundsRun, rateAgrees, scoreFits } from './glued-run.js';
import type { FundsField } from './lexicon.js';

const AMOUNT = /^[1-9]\d*(\.\d{1,4})?$|^0\.\d{1,4}$/;
const SMALL = /^([1-9]\d?|100)(\.\d{1,2})?$|^0\.\d{1,2}$/;
/** more placements than this is no reading anyone could be sure of */
const MAX_READINGS = 2000;

type Reading = Partial<Record<FundsField, string>>;

export function agreedGluedFunds(text: string, columns: readonly FundsField[]): Reading | null {
  const run = gluedFundsRun(text);
  const rateColumn = columns.indexOf('rate');
  if (!run || rateColumn < 1) return null;
  const { digits, after } = run;
  const scoreColumn = columns[rateColumn + 1] === 'score';
  if (after !== '' && !(SMALL.test(after) && scoreColumn)) return null;
  const before = columns.slice(0, rateColumn);
  const readings: Reading[] = [];
  for (const pieces of cuts(digits, before.length + 1, AMOUNT)) {
    const rate = pieces[pieces.length - 1]!;
    const figures = pieces.slice(0, -1);
    if (figures.length === 0 || figures.length > before.length || !SMALL.test(rate) || Number(rate) > 100) continue;
    for (const cols of choose(before, figures.length)) {
      const reading: Reading = { rate };
      cols.forEach((c, k) => (reading[c] = figures[k]!));
      if (after !== '') reading.score = after;
      if (fits(reading)) readings.push(reading);
      if (readings.length > MAX_READINGS) return null;
    }
  }
  if (readings.length === 0) return null;
  const most = Math.max(...readings.map((r) => Object.keys(r).length));
  const fullest = readings.filter((r) => Object.keys(r).length === most);
  const out: Reading = {};
  for (const field of [...before, 'rate', 'score'] as FundsField[]) {
    const values = new Set(fullest.map((r) => r[field]));
    const [only] = values;
    if (values.size === 1 && only !== undefined) out[field] = only;
  }
  if (out.rate === undefined || Object.keys(out).length < 2) return null;
  out.rate = `${out.rate}%`;
  return out;
}

/** The ways to pick n of the columns, in order. */
function* choose<T>(items: readonly T[], n: number): Generator<T[]> {
  if (n === 0) {
    yield [];
    return;
  }
  for (let i = 0; i <= items.length - n; i += 1) for (const rest of choose(items.slice(i + 1), n - 1)) yield [items[i]!, ...rest];
}

function fits(r: Reading): boolean {
  const rate = Number(r.rate);
  if (!(rate > 0)) return false;
  if (r.weight !== undefined && !SMALL.test(r.weight)) return false;
  const executed = r.executed === undefined ? null : Number(r.executed);
  const budgets = [r.adjusted, r.initial].filter((b): b is string => b !== undefined).map(Number);
  if (executed !== null && budgets.length > 0 && !rateAgrees(r.rate!, executed, budgets)) return false;
  if (r.score !== undefined && r.weight !== undefined && !scoreFits(Number(r.weight), rate, Number(r.score))) return false;
  return true;
}
