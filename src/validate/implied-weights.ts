/**
 * Weights a form does not print but its scores fix. Some forms give no
 * per-indicator 分值 and score each indicator as (实际完成值 ÷ 年度指标值) × 分值;
 * then 得分 × 指标值 ÷ 实际值 gives each weight back. The weights are taken as
 * known only when every scored indicator gives back exactly one whole number
 * (at the precision its score is written with) and those numbers, with the
 * funds 分值, make up the form's 总分 分值 (100 unless stated) and every stated
 * group weight. Anything less is a guess, and a guess raises nothing.
 */
import { add, compare, equals, type Decimal } from '../decimal.js';
import type { Form, Indicator } from '../model.js';
import { readFigure, type Figure } from './figures.js';
import { blank, fundsTotal, HUNDRED, inGroup, ratio, ratioTruncated, unweighted, written } from './forms.js';

export interface ImpliedWeight {
  /** the indicator's index in form.indicators */
  index: number;
  weight: Decimal;
  score: Decimal;
  target: Figure;
  actual: Figure;
}

export interface ImpliedWeights {
  rows: ImpliedWeight[];
  /** the funds 分值 the weights were added to (null when the form has none) */
  fundsWeight: Decimal | null;
  fundsIndex: number | null;
  /** what weights and funds 分值 make up: the 总分 分值, or 100 */
  whole: Decimal;
}

/** More whole numbers than this inside one score's precision is no longer one implied weight. */
const MAX_CANDIDATES = 4;

/** Integers as `Decimal`s, so the arithmetic stays exact. */
function whole(n: bigint): Decimal {
  return { units: n, scale: 0 };
}

/** Two decimals over a common scale, as integers. */
function aligned(a: Decimal, b: Decimal): [bigint, bigint] {
  const scale = Math.max(a.scale, b.scale);
  return [a.units * 10n ** BigInt(scale - a.scale), b.units * 10n ** BigInt(scale - b.scale)];
}

function floorDiv(n: bigint, d: bigint): bigint {
  const q = n / d;
  return n % d !== 0n && n < 0n !== d < 0n ? q - 1n : q;
}

/** actual ÷ target × weight, rounded or cut to the score's decimals, gives the score back. */
function reproduces(score: Decimal, target: Decimal, actual: Decimal, weight: Decimal): boolean {
  const rounded = ratio(actual, target, weight, score.scale);
  const cut = ratioTruncated(actual, target, weight, score.scale);
  return (rounded !== null && equals(rounded, score)) || (cut !== null && equals(cut, score));
}

/**
 * The one whole weight W with (actual ÷ target) × W = score at the score's precision, or null when there is
 * none or more than one. W lies within one last digit of the score either side: (s ± 10^-k) × target ÷ actual.
 */
export function impliedWeight(score: Decimal, target: Decimal, actual: Decimal): Decimal | null {
  if (score.units <= 0n || target.units <= 0n || actual.units <= 0n) return null;
  const [t, a] = aligned(target, actual);
  const scale = 10n ** BigInt(score.scale);
  const low = floorDiv((score.units - 1n) * t, scale * a);
  const high = floorDiv((score.units + 1n) * t, scale * a) + 1n;
  if (high - low > BigInt(MAX_CANDIDATES)) return null;
  const found: Decimal[] = [];
  for (let w = low < 1n ? 1n : low; w <= high; w++) {
    if (reproduces(score, target, actual, whole(w))) found.push(whole(w));
  }
  return found.length === 1 ? found[0]! : null;
}

/** Same measure: the same unit, or one side written bare. */
function sameUnit(a: Figure, b: Figure): boolean {
  return a.unit === b.unit || a.unit === '' || b.unit === '';
}

function impliedRow(ind: Indicator, index: number): ImpliedWeight | null {
  const score = written(ind.score, ind.raw.score);
  const target = readFigure(ind.target);
  const actual = readFigure(ind.actual);
  if (!score || !target || !actual || !sameUnit(target, actual)) return null;
  const weight = impliedWeight(score, target.value, actual.value);
  return weight ? { index, weight, score, target, actual } : null;
}

function total(values: readonly Decimal[]): Decimal {
  return values.reduce(add, whole(0n));
}

/** Every stated group weight equals the implied weights of its members (a group with no members says nothing). */
function groupsAgree(form: Form, rows: readonly ImpliedWeight[]): boolean {
  return form.groups.every((group) => {
    const members = rows.filter(({ index }) => inGroup(form.indicators[index]!, group));
    const stated = written(group.weight, null);
    return members.length === 0 || (stated !== null && equals(total(members.map((m) => m.weight)), stated));
  });
}

/** The implied weights of a form that prints none, or null when they are not known for certain. */
export function impliedWeights(form: Form): ImpliedWeights | null {
  const counted = form.indicators.map((ind, index) => ({ ind, index })).filter(({ ind }) => !unweighted(ind));
  if (counted.length === 0) return null;
  // a form that prints any indicator weight is scored on those, not on implied ones
  if (counted.some(({ ind }) => ind.weight !== null || !blank(ind.raw.weight))) return null;
  const rows: ImpliedWeight[] = [];
  for (const { ind, index } of counted) {
    const row = impliedRow(ind, index);
    if (!row) return null;
    rows.push(row);
  }
  const funds = fundsTotal(form);
  const fundsWeight = funds ? written(funds.row.weight, funds.row.raw.weight) : null;
  const stated = form.total ? written(form.total.weight, form.total.raw.weight) : null;
  const target = stated ?? HUNDRED;
  const sum = total([...rows.map((r) => r.weight), ...(fundsWeight ? [fundsWeight] : [])]);
  if (compare(sum, target) !== 0 || !groupsAgree(form, rows)) return null;
  return { rows, fundsWeight, fundsIndex: fundsWeight ? funds!.index : null, whole: target };
}
