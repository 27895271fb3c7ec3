/**
 * Amounts named by a cue right before them (`预算资金700万元`), the shared
 * reading of the budget, received and executed amount finders: the cue ends
 * the amount's lead (the text since the clause began, or since the last
 * space in a form flattened to one line), with no other amount between.
 */
import { toNumber, type Decimal } from '../../decimal.js';
import type { AmountUnit } from '../../model.js';
import { BOUND_AFTER, SPACED_AMOUNT_PATTERN, TARGET_LEAD } from '../lexicon-claims.js';
import { readAmount } from '../numbers.js';
import { allMatches, clauseAround } from './found.js';

const AMOUNT = new RegExp(SPACED_AMOUNT_PATTERN, 'g');

export interface CuedAmount {
  decimal: Decimal;
  value: number;
  unit: AmountUnit;
  /** the amount as written */
  written: string;
  /** where the amount itself lies in the text */
  at: number;
  end: number;
  /** the clause around it, for the quote */
  clause: [number, number];
}

export interface AmountCue {
  /** the cue, anchored at the end of the lead */
  before: RegExp;
  /** a lead that looks like the cue but names something else */
  notBefore?: RegExp;
  /** words right after the amount that name it instead (`105万元已全部到位`) */
  after?: RegExp;
}

/** The amount's own lead: the clause up to it, cut at the last space (cells of a flattened form). */
function leadOf(text: string, clauseStart: number, at: number): string {
  const clause = text.slice(clauseStart, at).trimEnd();
  const lastRun = clause.search(/\s\S*$/);
  const lead = lastRun >= 0 ? clause.slice(lastRun + 1) : clause;
  // a line-wrap space inside a word (`全 年实际支付`) leaves a one- or two-character run: read through it
  return lastRun >= 0 && lead.length <= 2 ? clause.replace(/\s+(?=\S{1,2}$)/, '') : lead;
}

/** Every amount of the text its cue names, in reading order. */
export function cuedAmounts(text: string, cue: AmountCue): CuedAmount[] {
  const found: CuedAmount[] = [];
  for (const m of allMatches(AMOUNT, text)) {
    const at = m.index;
    const end = at + m[0].length;
    const clause = clauseAround(text, at, end);
    const lead = leadOf(text, clause[0], at);
    if (/\d\s*(万元|元)/.test(lead) || TARGET_LEAD.test(lead) || BOUND_AFTER.test(text.slice(end))) continue;
    const before = cue.before.test(lead) && !(cue.notBefore?.test(lead) ?? false);
    const after = cue.after?.test(text.slice(end)) ?? false;
    if (!before && !after) continue;
    const decimal = readAmount(m[1]!.replace(/\s+/g, ''));
    if (!decimal) continue;
    found.push({ decimal, value: toNumber(decimal), unit: m[2] as AmountUnit, written: m[0], at, end, clause });
  }
  return found;
}
