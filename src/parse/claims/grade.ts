/** The grade a report gives itself: `自评等级为优`, `评价结果：良好` (as written). */
import { GRADE } from '../lexicon-claims.js';
import { allMatches, clauseAround, type Found } from './found.js';

export function findGrades(text: string): Found[] {
  return allMatches(GRADE, text).map((m) => {
    const [start, end] = clauseAround(text, m.index, m.index + m[0].length);
    return { claim: { type: 'grade', value: m[1]!, unit: null }, start, end };
  });
}
