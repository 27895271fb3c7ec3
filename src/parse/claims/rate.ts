/**
 * Stated percentages and what they measure: `执行率61%`, `完成预算的100%`,
 * `到位率100%`, `超任务43%`, `同比增长12.5%` (a fall, `同比减少5%`, is
 * negative). When the same sentence, before the rate, gives exactly one
 * figure of each kind the rate is computed from (`预算资金700万元，实际支出
 * 425万元，执行率61%`; `任务115户，完成264户，超任务43%`), they are its
 * operands; two candidates for either figure leave the rate without them.
 * Targets (`执行率≥98%`, `…90%以上`, `目标…`) are not stated results.
 */
import { parseDecimal, toNumber } from '../../decimal.js';
import type { RateKind, RateOperands } from '../../model.js';
import {
  ACTUAL_FIGURE_CUE,
  BOUND_AFTER,
  GLUED_FIGURE_AFTER,
  BUDGET_CUE,
  EXECUTED_CUE,
  FROM_TO,
  INCOME_CUE,
  NOT_BUDGET_LEAD,
  NOT_EXECUTED_LEAD,
  PERCENT,
  QUANTITY,
  RATE_CUES,
  RECEIVED_AFTER,
  RECEIVED_CUE,
  TARGET_FIGURE_CUE,
  TARGET_LEAD,
} from '../lexicon-claims.js';
import { SENTENCE_BREAK } from '../lexicon.js';
import { readAmount, toWan } from '../numbers.js';
import { cuedAmounts, type AmountCue, type CuedAmount } from './cued-amount.js';
import { allMatches, clauseAround, type Found } from './found.js';

/** how far back a sentence is read for the figures (a run-on paragraph is not one sentence) */
const SCOPE_REACH = 160;
const PERCENT_AT = /\d+(?:\.\d+)?\s*[%％]/g;

const BUDGET: AmountCue = { before: BUDGET_CUE, notBefore: NOT_BUDGET_LEAD };
const RECEIVED: AmountCue = { before: RECEIVED_CUE, after: RECEIVED_AFTER };
const EXECUTED: AmountCue = { before: EXECUTED_CUE, notBefore: NOT_EXECUTED_LEAD };
const INCOME: AmountCue = { before: INCOME_CUE };

interface Figure {
  value: number;
  unit: string;
  text: string;
}

function moneyFigures(scope: string, cue: AmountCue): Figure[] {
  return cuedAmounts(scope, cue).map((a: CuedAmount) => ({ value: toNumber(toWan(a.decimal, a.unit)), unit: '万元', text: a.written }));
}

/** Quantities whose lead (within their clause) ends with the cue. */
function quantityFigures(scope: string, cue: RegExp): Figure[] {
  return allMatches(QUANTITY, scope).flatMap((m) => {
    const [clauseStart] = clauseAround(scope, m.index, m.index + m[0].length);
    const lead = scope.slice(clauseStart, m.index);
    if (!cue.test(lead) || TARGET_LEAD.test(lead.replace(/目标|任务|计划/g, ''))) return [];
    const money = m[2] === '万元' || m[2] === '元';
    const value = money ? toNumber(toWan(readAmount(m[1]!)!, m[2] as '万元' | '元')) : Number(m[1]);
    return [{ value, unit: money ? '万元' : m[2]!, text: m[0] }];
  });
}

/** The one figure the candidates agree on, or null when there is none or more than one. */
function only(figures: readonly Figure[]): Figure | null {
  const values = new Set(figures.map((f) => `${f.value}${f.unit}`));
  return values.size === 1 ? figures[0]! : null;
}

function operands(numerator: Figure | null, denominator: Figure | null): RateOperands | null {
  if (!numerator || !denominator || numerator.unit !== denominator.unit || denominator.value === 0) return null;
  return { numerator: numerator.value, denominator: denominator.value, unit: numerator.unit, numeratorText: numerator.text, denominatorText: denominator.text };
}

/** The figures of a rate in the sentence before it. */
function operandsIn(scope: string, kind: RateKind): RateOperands | null {
  switch (kind) {
    case 'execution': {
      const budgets = moneyFigures(scope, BUDGET);
      const base = budgets.length > 0 ? budgets : moneyFigures(scope, RECEIVED).length > 0 ? moneyFigures(scope, RECEIVED) : moneyFigures(scope, INCOME);
      return operands(only(moneyFigures(scope, EXECUTED)), only(base));
    }
    case 'arrival':
      return operands(only(moneyFigures(scope, RECEIVED)), only(moneyFigures(scope, BUDGET)));
    case 'completion':
    case 'over-target':
      return operands(only(quantityFigures(scope, ACTUAL_FIGURE_CUE)), only(quantityFigures(scope, TARGET_FIGURE_CUE)));
    case 'growth': {
      const m = FROM_TO.exec(scope);
      if (!m) return null;
      const unit = m[2] || m[4] || '';
      if (m[2] && m[4] && m[2] !== m[4]) return null;
      return operands({ value: Number(m[3]), unit, text: `${m[3]}${m[4] ?? ''}` }, { value: Number(m[1]), unit, text: `${m[1]}${m[2] ?? ''}` });
    }
    default:
      return null;
  }
}

export function findRates(text: string): Found[] {
  const found: Found[] = [];
  let previousEnd = 0;
  for (const p of allMatches(PERCENT_AT, text)) {
    const at = p.index;
    const figure = PERCENT.exec(text.slice(at));
    if (!figure) continue;
    const [clauseStart, clauseEnd] = clauseAround(text, at, at + figure[0].length);
    const lead = text.slice(clauseStart, at).replace(/\s+/g, '');
    const rateCue = RATE_CUES.find((c) => c.pattern.test(lead));
    const after = text.slice(at + figure[0].length);
    if (!rateCue || TARGET_LEAD.test(lead) || BOUND_AFTER.test(after) || GLUED_FIGURE_AFTER.test(after)) continue;
    const written = figure[1]!;
    if (!parseDecimal(written)) continue;
    // the sentence up to the rate, from after the previous rate (two rates in a sentence each have their own figures)
    let scopeStart = at;
    while (scopeStart > 0 && at - scopeStart < SCOPE_REACH && !SENTENCE_BREAK.test(text[scopeStart - 1]!) && text[scopeStart - 1] !== '\n') scopeStart -= 1;
    scopeStart = Math.max(scopeStart, previousEnd);
    const scope = text.slice(scopeStart, clauseStart);
    previousEnd = at + figure[0].length;
    found.push({
      claim: {
        type: 'rate',
        value: rateCue.direction * Number(written),
        unit: '%',
        kind: rateCue.kind,
        written,
        of: operandsIn(scope, rateCue.kind),
      },
      start: clauseStart,
      end: clauseEnd,
    });
  }
  return found;
}
