/**
 * Declared totals: `涉及资金2735.649088万元`, `共计44万元`,
 * `下达上级资金转移支付755.19万元`, `获得财政衔接资金共1206.591万元`,
 * `共申请预算资金2026400元`. The value stays in its own unit.
 */
import { AMOUNT_PATTERN, NOT_TOTAL_LEAD, TOTAL_AMOUNT_CUES } from '../lexicon.js';
import { readAmount } from '../numbers.js';
import { toNumber } from '../../decimal.js';
import type { AmountUnit } from '../../model.js';
import { allMatches, clauseAround, markerInRun, type Found } from './found.js';

const AMOUNT = new RegExp(AMOUNT_PATTERN, 'g');
/** `其中` earlier in the same cell-run of the sentence makes the amount a part, not the total */
const SUBSET_RUN_BREAK = /[。；;\s]/;

export function findTotalAmounts(text: string): Found[] {
  const found: Found[] = [];
  const subsetBefore = markerInRun(text, '其中', SUBSET_RUN_BREAK);
  for (const m of allMatches(AMOUNT, text)) {
    const [clauseStart] = clauseAround(text, m.index, m.index + m[0].length);
    // text flattened from a form runs cells together with spaces: the cue is in the last run
    const clause = text.slice(clauseStart, m.index).trimEnd();
    const lastRun = clause.search(/\s\S*$/);
    const leadStart = lastRun >= 0 ? clauseStart + lastRun + 1 : clauseStart;
    const lead = text.slice(leadStart, m.index);
    // another amount between the cue and this one: this one is not the cued figure
    if (/\d\s*(万元|元)/.test(lead)) continue;
    if (!TOTAL_AMOUNT_CUES.some((cue) => cue.test(lead))) continue;
    if (NOT_TOTAL_LEAD.test(lead) || subsetBefore(leadStart)) continue;
    const decimal = readAmount(m[1]!);
    if (!decimal) continue;
    const [start, end] = clauseAround(text, m.index, m.index + m[0].length);
    found.push({ claim: { type: 'totalAmount', value: toNumber(decimal), unit: m[2] as AmountUnit }, start, end });
  }
  return found;
}
