/**
 * A PDF's text layer can emit a funds row's figures before its label: the
 * figure cells of the rows come as one run right after the column header, and
 * the labels they belong to turn up later with no figure after them (the
 * merged 执行率 cell may even be stranded further down, among the goals). The
 * run is read back only when exactly one split of it over those labels, in
 * their order, fits the columns and the total row's score equals its weight ×
 * execution ÷ budget at the score's own precision — a check that does not use
 * the stated rate, so a rate that does not follow from the figures can still
 * be found by validation. A stranded rate is the total row's only when it is
 * the one lone percentage in the block and weight × that rate gives the score
 * too. Anything less certain stays unread.
 */
import { fromNumber, type Decimal } from '../../decimal.js';
import type { FormCell } from './cells.js';
import { formValue } from './form-numbers.js';
import type { FundsField } from './lexicon.js';

type Placed = Partial<Record<FundsField, string>>;
export interface ScrambledLabel {
  /** index of the label cell */
  at: number;
  total: boolean;
}

const AMOUNTS: readonly FundsField[] = ['initial', 'adjusted', 'executed'];

const isFigure = (cell: FormCell | undefined) => cell !== undefined && formValue(cell.text).kind !== 'text' && cell.key !== '';
const valueOf = (text: string | undefined) => {
  if (text === undefined) return null;
  const v = formValue(text);
  return v.kind === 'number' ? v : null;
};

/**
 * The figures of the run starting at `from`, placed on the labels with no figure after them; keyed by the label's
 * cell index. Empty when the block is in reading order or no single reading is certain.
 */
export function placeScrambled(cells: readonly FormCell[], columns: readonly FundsField[], from: number, limit: number, labels: readonly ScrambledLabel[]): Map<number, Placed> {
  const out = new Map<number, Placed>();
  let end = from;
  while (end < limit && isFigure(cells[end])) end += 1;
  const run = cells.slice(from, end).map((c) => c.text);
  // the labels whose figures went ahead of them: nothing readable follows them
  const orphans = labels.filter((l) => l.at >= end && !isFigure(cells[l.at + 1]));
  if (run.length === 0 || orphans.length === 0 || !orphans.some((l) => l.total)) return out;
  const readings = readingsOf(run, columns, orphans.map((l) => l.total));
  if (readings.length !== 1) return out;
  const rows = readings[0]!;
  const total = rows[orphans.findIndex((l) => l.total)]!;
  if (total.rate === undefined && columns.includes('rate')) {
    const rate = strandedRate(cells, end, limit, labels);
    if (rate !== null && scoreFits(total, rate)) total.rate = rate;
  }
  orphans.forEach((l, k) => out.set(l.at, rows[k]!));
  return out;
}

/**
 * The ways to cut the run into one placeable row per label, in order; the search stops at a second reading (that is
 * already no reading) and gives up past a bound of steps, so a long run cannot make it slow.
 */
function readingsOf(run: readonly string[], columns: readonly FundsField[], totals: readonly boolean[]): Placed[][] {
  const found: Placed[][] = [];
  let steps = 0;
  const search = (at: number, k: number, rows: Placed[]): void => {
    if (found.length > 1 || (steps += 1) > 10_000) return;
    if (k === totals.length) {
      if (at === run.length) found.push(rows);
      return;
    }
    for (let size = 1; size <= columns.length && at + size <= run.length; size += 1) {
      const row = placeRow(run.slice(at, at + size), columns, totals[k]!);
      if (row) search(at + size, k + 1, [...rows, row]);
    }
  };
  search(0, 0, []);
  return steps > 10_000 ? [] : found;
}

/**
 * One row's figures in its columns: all of them in order; all but the rate (a merged rate cell emitted elsewhere);
 * or, for a 其中 row, its amounts with the rest blank. A total row must carry its own proof (see `scoreFits`).
 */
function placeRow(values: readonly string[], columns: readonly FundsField[], total: boolean): Placed | null {
  const percentAt = values.findIndex((v) => valueOf(v)?.percent);
  const withoutRate = columns.filter((c) => c !== 'rate');
  let placed: Placed | null = null;
  if (values.length === columns.length) placed = Object.fromEntries(columns.map((c, k) => [c, values[k]!]));
  else if (values.length === withoutRate.length && percentAt < 0 && withoutRate.length < columns.length) placed = Object.fromEntries(withoutRate.map((c, k) => [c, values[k]!]));
  else if (!total && values.length <= columns.length && percentAt < 0) {
    const amounts = columns.findIndex((c) => !AMOUNTS.includes(c));
    const leading = amounts < 0 ? columns.length : amounts;
    // the figures past the amounts must be blank: a sub-row states no weight, rate or score of its own here
    if (values.slice(leading).some((v) => valueOf(v) !== null)) return null;
    placed = Object.fromEntries(columns.slice(0, values.length).map((c, k) => [c, values[k]!]));
  }
  if (placed === null) return null;
  // amounts are amounts, a rate is a percentage where it is written
  for (const f of AMOUNTS) if (valueOf(placed[f])?.percent) return null;
  if (placed.rate !== undefined && valueOf(placed.rate) !== null && !valueOf(placed.rate)!.percent) return null;
  // a 其中 row with a weight, rate or score of its own must prove it as the total row does
  const own = (['weight', 'rate', 'score'] as const).some((f) => valueOf(placed![f]) !== null);
  if (!total && !own) return placed;
  // a rate in its own column is placed by the column order, not judged here: validation compares it with the figures
  return scoreFits(placed, null) ? placed : null;
}

/** A lone percentage in the block after the run, not part of a labelled row's figures: the merged 执行率 cell. */
function strandedRate(cells: readonly FormCell[], from: number, limit: number, labels: readonly ScrambledLabel[]): string | null {
  const labelAt = new Set(labels.map((l) => l.at));
  const found: string[] = [];
  for (let i = from; i < limit; i += 1) {
    const v = valueOf(cells[i]!.text);
    if (!v?.percent) continue;
    // a percentage in a labelled row's run of figures is that row's
    let k = i - 1;
    while (k >= from && isFigure(cells[k])) k -= 1;
    if (k >= from && labelAt.has(k)) continue;
    if (isFigure(cells[i - 1]) || isFigure(cells[i + 1])) continue;
    found.push(cells[i]!.text);
  }
  return found.length === 1 ? found[0]! : null;
}

/**
 * The score is weight × rate, rounded or cut at the score's decimals, and no more than the weight; the rate is the
 * stated one when given, else execution ÷ a budget.
 */
function scoreFits(row: Placed, rateText: string | null): boolean {
  const weight = decimalOf(row.weight);
  const score = decimalOf(row.score);
  const executed = decimalOf(row.executed);
  if (!weight || !score || weight.units <= 0n || greater(score, weight)) return false;
  if (rateText !== null) {
    const rate = decimalOf(rateText);
    return rate !== null && fits(score, multiply(weight, rate), fromNumber(100));
  }
  if (!executed) return false;
  const budgets = [decimalOf(row.adjusted), decimalOf(row.initial)].filter((b): b is Decimal => b !== null && b.units > 0n);
  return budgets.some((b) => fits(score, multiply(weight, executed), b));
}

function decimalOf(text: string | undefined): Decimal | null {
  const v = valueOf(text);
  return v ? fromNumber(v.value) : null;
}

function multiply(a: Decimal, b: Decimal): Decimal {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

function greater(a: Decimal, b: Decimal): boolean {
  const scale = Math.max(a.scale, b.scale);
  return a.units * 10n ** BigInt(scale - a.scale) > b.units * 10n ** BigInt(scale - b.scale);
}

/** `stated` is n ÷ d rounded half up or cut at the stated decimals (a score above the weight is capped elsewhere). */
function fits(stated: Decimal, n: Decimal, d: Decimal): boolean {
  const scale = Math.max(n.scale, d.scale);
  const top = n.units * 10n ** BigInt(scale - n.scale) * 10n ** BigInt(stated.scale);
  const bottom = d.units * 10n ** BigInt(scale - d.scale);
  const cut = top / bottom;
  const rounded = (top % bottom) * 2n >= bottom ? cut + 1n : cut;
  return stated.units === cut || stated.units === rounded;
}
