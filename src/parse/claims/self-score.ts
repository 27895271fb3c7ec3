/** The declared overall score: `自评得分为90分`. */
import { SELF_SCORE_PATTERNS } from '../lexicon.js';
import { allMatches, clauseAround, type Found } from './found.js';

export function findSelfScores(text: string): Found[] {
  const found: Found[] = [];
  for (const pattern of SELF_SCORE_PATTERNS) {
    for (const m of allMatches(pattern, text)) {
      if (found.some((f) => m.index >= f.start && m.index < f.end)) continue;
      const [start, end] = clauseAround(text, m.index, m.index + m[0].length);
      found.push({ claim: { type: 'selfScore', value: Number(m[1]), unit: '分' }, start, end });
    }
  }
  return found;
}
