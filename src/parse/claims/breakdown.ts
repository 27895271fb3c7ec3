/**
 * A whole and its parts, for the validator to add up:
 * `共1206.591万元，其中：中央…729.976万元，省级…306万元，市级…170.615万元`,
 * `省级资金转移支付124.23万元,为A25万元,B0.71万元,…` (an itemisation) and
 * `共申请预算资金2026400元,其中A400000元,…`. A list ending in `等` is open-ended.
 */
import { toNumber, type Decimal } from '../../decimal.js';
import type { AmountUnit } from '../../model.js';
import { AMOUNT_PATTERN, BREAKDOWN_LEAVES, BREAKDOWN_NEW_POINT, BREAKDOWN_OPENER, ITEMISATION_OPENER, OPEN_ENDED } from '../lexicon.js';
import { readAmount, toWan, toYuan } from '../numbers.js';
import { allMatches, type Found } from './found.js';

const AMOUNT = new RegExp(AMOUNT_PATTERN, 'g');
/** a comma inside `27,356,490.88` does not end a clause */
const CLAUSE_END = /[，；;。]|,(?!\d{3}(?:\D|$))/;
/** one part: a label then an amount, ending the clause */
const PART = new RegExp(`^([^，,；;。]*?)${AMOUNT_PATTERN}`);

interface Part {
  label: string;
  decimal: Decimal;
  unit: AmountUnit;
  end: number;
}

/** Parts from `from` on: clauses `label amount`, a clause without an amount joining the next label. */
function readParts(text: string, from: number): { parts: Part[]; openEnded: boolean; end: number } {
  const parts: Part[] = [];
  let at = from;
  let pending = '';
  let openEnded = false;
  let numbered = false;
  let end = from;
  while (at < text.length) {
    const rest = text.slice(at);
    const m = PART.exec(rest);
    const clauseEnd = rest.search(CLAUSE_END);
    const clauseLength = clauseEnd < 0 ? rest.length : clauseEnd;
    // the list ends where the text turns to another topic or a new point
    const clause = rest.slice(0, clauseLength);
    if (BREAKDOWN_LEAVES.some((p) => p.test(clause))) break;
    if (at === from) numbered = BREAKDOWN_NEW_POINT.test(clause);
    else if (!numbered && BREAKDOWN_NEW_POINT.test(clause)) break;
    if (m && m[0].length <= clauseLength) {
      const decimal = readAmount(m[2]!);
      if (!decimal) break;
      const label = (pending + m[1]!).replace(/^[:：\s]+/, '').trim();
      const partEnd = at + m[0].length;
      parts.push({ label, decimal, unit: m[3] as AmountUnit, end: partEnd });
      end = partEnd;
      pending = '';
      const after = text.slice(partEnd);
      if (OPEN_ENDED.test(after)) {
        openEnded = true;
        end = partEnd + after.indexOf('等') + 1;
        break;
      }
      const next = text[at + clauseLength];
      // the list ends with its sentence (a semicolon closes an itemisation too)
      if (next === undefined || /[。；;]/.test(next)) break;
      at += clauseLength + 1;
    } else {
      const next = text[at + clauseLength];
      if (next === undefined || /[。；;]/.test(next)) break;
      pending += rest.slice(0, clauseLength + 1);
      at += clauseLength + 1;
    }
  }
  return { parts, openEnded, end };
}

export function findBreakdowns(text: string): Found[] {
  const found: Found[] = [];
  for (const m of allMatches(AMOUNT, text)) {
    const afterWhole = m.index + m[0].length;
    const after = text.slice(afterWhole);
    const opener = BREAKDOWN_OPENER.exec(after) ?? ITEMISATION_OPENER.exec(after);
    if (!opener) continue;
    const whole = readAmount(m[1]!);
    if (!whole) continue;
    const unit = m[2] as AmountUnit;
    const { parts, openEnded, end } = readParts(text, afterWhole + opener[0].length);
    if (parts.length < 2 && !(parts.length === 1 && openEnded)) continue;
    // parts in another unit are brought to the whole's unit exactly
    const value = {
      whole: toNumber(whole),
      parts: parts.map((p) => ({ label: p.label, value: toNumber(p.unit === unit ? p.decimal : inUnit(p.decimal, p.unit, unit)) })),
      openEnded,
    };
    let start = m.index;
    while (start > 0 && start > m.index - 60 && !/[，,；;。]/.test(text[start - 1]!)) start -= 1;
    while (/\s/.test(text[start] ?? '')) start += 1;
    found.push({ claim: { type: 'breakdown', value, unit }, start, end });
  }
  return found;
}

function inUnit(d: Decimal, from: AmountUnit, to: AmountUnit): Decimal {
  return to === '万元' ? toWan(d, from) : toYuan(d, from);
}
