/**
 * Declared project counts: `预算项目24个`, `２４个`, `二十四个`, `共6个项目`,
 * `项目共4个`, `资金共分为10个项目`, `决定建设6个项目`, `10个项目均完工`.
 * Subsets (`其中3个项目`, `达到100%的项目有14个`) and counts of other
 * things (村, 人, 件) are not declared counts.
 */
import { COUNT_NUMBER, PROJECT_COUNT_PATTERNS, SUBSET_COUNT_LEAD } from '../lexicon.js';
import { parseCount } from '../numbers.js';
import { allMatches, clauseAround, type Found } from './found.js';

const PATTERNS = PROJECT_COUNT_PATTERNS.map((p) => new RegExp(p.source.replace('N', COUNT_NUMBER), 'g'));

export function findProjectCounts(text: string): Found[] {
  const found: Found[] = [];
  /** positions of digits already read as a count (a set, so many counts in one paragraph are not each checked against all) */
  const taken = new Set<number>();
  for (const pattern of PATTERNS) {
    for (const m of allMatches(pattern, text)) {
      const value = parseCount(m[1]!);
      if (value === null) continue;
      const numberAt = m.index + m[0].indexOf(m[1]!);
      // one count is one claim even when two patterns read it
      if (taken.has(numberAt)) continue;
      for (let at = numberAt; at < numberAt + m[1]!.length; at++) taken.add(at);
      const [start, end] = clauseAround(text, m.index, m.index + m[0].length);
      if (SUBSET_COUNT_LEAD.test(text.slice(start, m.index))) continue;
      found.push({ claim: { type: 'projectCount', value, unit: '个' }, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
