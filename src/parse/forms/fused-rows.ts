/**
 * OCR text of indicator rows with every separator lost
 * (`演出人员满意度100%100%2020`, `免费发放原原种8550万粒550万粒8`): each row is a
 * name and then its values in the header's column order. A target or actual is
 * a figure with its unit (`550万粒`, `≥90%`), a result word (`合格`, `是`) or
 * the same text twice (`专款专用专款专用`); a weight a figure up to its group's
 * weight, a score one up to the weight. A cut between two digits is only ever
 * between two values, and a zero glued to a digit is no value. Every way to read
 * the run counts (found position by position, not listed): the run is read when
 * exactly one reading reads the most rows and, of those, explains all of it;
 * what no reading explains is left as one unread tail.
 */
import { FUSED_OPERATORS, FUSED_TEXT_VALUES, MEASURE_UNIT, UNIT_MULTIPLIER, type IndicatorField } from './lexicon.js';

export type FusedField = 'target' | 'actual' | 'weight' | 'score';

export interface FusedRow {
  name: string;
  values: Partial<Record<FusedField, string>>;
  /** text after the last row's values, in a form with a note column */
  note: string | null;
}

export interface FusedRun {
  rows: FusedRow[];
  /** the text no reading explains (a garbled row), or null */
  tail: string | null;
}

interface Options {
  /** the columns after the name, in order (target, actual, weight, score; others are not in fused rows) */
  columns: readonly IndicatorField[];
  /** the weight of the rows' group, when stated: no weight is above it */
  groupWeight: number | null;
  /** the form has a note column (偏差原因…): text after the last row is its note */
  note: boolean;
}

/** a figure longer than this is no weight, score or target */
const MAX_DIGITS = 12;
const MAX_NAME = 80;
/** a run longer than this is no few fused rows but a page of text: left unread (and the search stays small) */
const MAX_RUN = 600;
const DIGIT = /\d/;
const NUMBER = /^(0|[1-9]\d*)(\.\d+)?$/;
const CJK = /[\u4e00-\u9fff]/;

/** the best reading from a position on: most rows, then nothing left unexplained; `count` readings reach it (2 = more than one) */
interface Best {
  rows: number;
  clean: boolean;
  count: number;
  run: FusedRun;
}

const better = (a: { rows: number; clean: boolean }, b: { rows: number; clean: boolean }) => a.rows - b.rows || Number(a.clean) - Number(b.clean);

export function readFusedRun(text: string, options: Options): FusedRun {
  const columns = options.columns.filter((c): c is FusedField => c === 'target' || c === 'actual' || c === 'weight' || c === 'score');
  const whole = { rows: [], tail: text };
  if (columns.length === 0 || text === '' || text.length > MAX_RUN) return whole;
  const memo = new Map<number, Best>();

  // from the end backwards, each position's best reading is built on the best readings after it
  const bestFrom = (p: number): Best => {
    const hit = memo.get(p);
    if (hit) return hit;
    let best: Best = { rows: 0, clean: false, count: 1, run: { rows: [], tail: text.slice(p) } };
    const seen = new Set<string>();
    const offer = (rows: number, clean: boolean, count: number, run: () => FusedRun) => {
      const order = better({ rows, clean }, best);
      if (order > 0) best = { rows, clean, count, run: run() };
      else if (order === 0) best = { ...best, count: Math.min(2, best.count + count) };
    };
    for (let e = p + 1; e <= Math.min(text.length, p + MAX_NAME); e += 1) {
      const name = text.slice(p, e);
      if (!CJK.test(name) || (DIGIT.test(text[e] ?? '') && DIGIT.test(text[e - 1]!))) continue;
      for (const { values, next } of valuesFrom(text, e, columns, 0, {}, options.groupWeight)) {
        const key = `${e}|${next}|${JSON.stringify(values)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const row = (note: string | null): FusedRow => ({ name, values, note });
        if (next === text.length) offer(1, true, 1, () => ({ rows: [row(null)], tail: null }));
        else if (startsRow(text, next)) {
          const rest = bestFrom(next);
          offer(rest.rows + 1, rest.clean, rest.count, () => ({ rows: [row(null), ...rest.run.rows], tail: rest.run.tail }));
          // a note holds no figure: text with figures after a row is a row no reading explains
          if (options.note && !DIGIT.test(text.slice(next))) offer(1, true, 1, () => ({ rows: [row(text.slice(next))], tail: null }));
        }
      }
    }
    memo.set(p, best);
    return best;
  };

  // positions are read from the end first, so the recursion stays shallow
  for (let p = text.length - 1; p > 0; p -= 1) if (startsRow(text, p)) bestFrom(p);
  const best = bestFrom(0);
  return best.rows > 0 && best.count === 1 ? best.run : whole;
}

/** a next row's name starts with a character, never a digit glued to the score before it */
function startsRow(text: string, at: number): boolean {
  return CJK.test(text[at]!) || /[A-Za-z（(“"《]/.test(text[at]!);
}

function* valuesFrom(
  text: string,
  at: number,
  columns: readonly FusedField[],
  k: number,
  got: Partial<Record<FusedField, string>>,
  groupWeight: number | null,
): Generator<{ values: Partial<Record<FusedField, string>>; next: number }> {
  if (k === columns.length) {
    yield { values: got, next: at };
    return;
  }
  const column = columns[k]!;
  if (column === 'target' && columns[k + 1] === 'actual') {
    // the same written value twice: target and actual
    for (let n = 1; n <= 16 && at + 2 * n <= text.length; n += 1) {
      const t = text.slice(at, at + n);
      if (t !== text.slice(at + n, at + 2 * n) || /^[\d.]+$/.test(t) || gluedDigit(text, at)) continue;
      yield* valuesFrom(text, at + 2 * n, columns, k + 2, { ...got, target: t, actual: t }, groupWeight);
    }
  }
  const candidates = column === 'weight' || column === 'score' ? figures(text, at) : measures(text, at);
  for (const value of candidates) {
    if (column === 'weight') {
      const w = Number(value);
      if (!(w > 0) || w > (groupWeight ?? 100)) continue;
    }
    if (column === 'score') {
      const s = Number(value);
      const cap = got.weight !== undefined ? Number(got.weight) : (groupWeight ?? 100);
      if (s > cap) continue;
    }
    yield* valuesFrom(text, at + value.length, columns, k + 1, { ...got, [column]: value }, groupWeight);
  }
}

/** a value glued to a digit before it may not start with a digit that belongs to that figure */
function gluedDigit(text: string, at: number): boolean {
  return at > 0 && DIGIT.test(text[at - 1]!) && text[at] === '0';
}

/** Figures at `at`: every prefix of the digit run (no zero glued to a digit, no trailing point). */
function figures(text: string, at: number): string[] {
  const run = /^\d+(\.\d+)?/.exec(text.slice(at))?.[0] ?? '';
  const out: string[] = [];
  for (let n = 1; n <= Math.min(run.length, MAX_DIGITS); n += 1) {
    const f = run.slice(0, n);
    if (NUMBER.test(f) && !gluedDigit(text, at)) out.push(f);
  }
  return out;
}

/** Targets and actuals at `at`: a figure with its unit (operator allowed), or a result word. */
function measures(text: string, at: number): string[] {
  const out: string[] = [];
  const rest = text.slice(at);
  const op = FUSED_OPERATORS.exec(rest)?.[0] ?? '';
  for (const f of figures(text, at + op.length)) {
    const after = rest.slice(op.length + f.length);
    for (let n = 1; n <= Math.min(5, after.length); n += 1) {
      const unit = after.slice(0, n);
      if (unit === '%' || MEASURE_UNIT.test(unit) || (UNIT_MULTIPLIER.test(unit) && MEASURE_UNIT.test(unit.slice(1)))) out.push(op + f + unit);
    }
  }
  for (const word of FUSED_TEXT_VALUES) if (rest.startsWith(word)) out.push(word);
  return out;
}
