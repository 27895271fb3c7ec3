/**
 * Declared project counts: `预算项目24个`, `２４个`, `二十四个`, `共6个项目`,
 * `项目共4个`, `资金共分为10个项目`, `决定建设6个项目`, `10个项目均完工`,
 * `…等5个项目`, `项目为一个`.
 * Subsets (`其中3个项目`, `达到100%的项目有14个`, a count in parentheses
 * that qualifies the one before it: `共15个(含结转项目5个)`) and counts of
 * other things (村, 人, 件) are not declared counts.
 * A clause that only says how many were completed (`完成年度建设项目1个`) is
 * a subset here; it is the report's own count only where the text counts
 * projects no other way (the parser decides that, with the whole text in view).
 */
import { COMPLETED_COUNT_LEAD, COUNT_NUMBER, PROJECT_COUNT_PATTERNS, SUBSET_COUNT_LEAD, SUBSET_PARENTHESIS } from '../lexicon.js';
import { parseCount } from '../numbers.js';
import { allMatches, clauseAround, type Found } from './found.js';

const PATTERNS = PROJECT_COUNT_PATTERNS.map((p) => new RegExp(p.source.replace('N', COUNT_NUMBER), 'g'));

interface CountMatch {
  found: Found;
  /** the clause before the count's words */
  lead: string;
  /** inside a `(含…)` that qualifies the count before it */
  qualifying: boolean;
}

function countMatches(text: string): CountMatch[] {
  const matches: CountMatch[] = [];
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
      matches.push({ found: { claim: { type: 'projectCount', value, unit: '个' }, start, end }, lead: text.slice(start, m.index), qualifying: insideSubsetParenthesis(text, m.index) });
    }
  }
  return matches.sort((a, b) => a.found.start - b.found.start);
}

export function findProjectCounts(text: string): Found[] {
  return countMatches(text).flatMap((c) => (SUBSET_COUNT_LEAD.test(c.lead) || c.qualifying ? [] : [c.found]));
}

/**
 * Every count of projects in the text, subsets too, each marked when its
 * clause says only how many were completed (`完成年度建设项目1个`,
 * `本年度完成项目3个`).
 */
export function findCountMentions(text: string): { found: Found; completedOnly: boolean }[] {
  return countMatches(text).map((c) => ({ found: c.found, completedOnly: COMPLETED_COUNT_LEAD.test(c.lead) && !c.qualifying }));
}

/** how far back an open parenthesis is looked for */
const PARENTHESIS_REACH = 40;

/** Whether a position lies inside a still-open `(含…` / `(其中…` that qualifies what precedes it. */
function insideSubsetParenthesis(text: string, at: number): boolean {
  let depth = 0;
  for (let i = at - 1; i >= 0 && i >= at - PARENTHESIS_REACH; i -= 1) {
    const ch = text[i]!;
    if (ch === ')' || ch === '）') depth += 1;
    else if (ch === '(' || ch === '（') {
      if (depth === 0) return SUBSET_PARENTHESIS.test(text.slice(i + 1, at));
      depth -= 1;
    } else if (/[。；;]/.test(ch)) return false;
  }
  return false;
}
