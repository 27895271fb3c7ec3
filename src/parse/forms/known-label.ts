/**
 * Whether a label key is one of the form's own words (a header, a row label,
 * an indicator level, a goal or total heading), so a value is never read from
 * a neighbouring label and broken labels can be joined.
 */
import {
  FUNDS_COLUMNS,
  FUNDS_GROUP_HEADINGS,
  FUNDS_ROWS,
  GOAL_ACHIEVED,
  GOAL_PLANNED,
  GROUP_WEIGHT,
  HEADER_FIELDS,
  INDICATOR_COLUMNS,
  LEVEL1,
  LEVEL2,
  SECTION_LABELS,
  TOTAL_LABEL,
} from './lexicon.js';

// label keys repeat (every row of every report): each is judged once; the cache stays bounded
const cache = new Map<string, boolean>();
const CACHE_LIMIT = 20_000;

export function isKnownLabel(key: string): boolean {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const known = judge(key);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, known);
  return known;
}

function judge(key: string): boolean {
  const bare = key.replace(GROUP_WEIGHT, '');
  if (bare === '') return false;
  return (
    SECTION_LABELS.test(bare) ||
    LEVEL1.test(bare) ||
    LEVEL2.test(bare) ||
    GOAL_PLANNED.test(bare) ||
    GOAL_ACHIEVED.test(bare) ||
    TOTAL_LABEL.test(bare) ||
    FUNDS_GROUP_HEADINGS.test(bare) ||
    HEADER_FIELDS.some(([re]) => re.test(bare)) ||
    FUNDS_ROWS.some(([re]) => whole(re, bare)) ||
    FUNDS_COLUMNS.some(([re, f]) => f !== 'other' && whole(re, bare)) ||
    INDICATOR_COLUMNS.some(([re, f]) => f !== 'other' && f !== 'note' && whole(re, bare))
  );
}

/** the pattern matches the key from its start, and what is left is at most a bracket (`(A)`, `(10分)`) */
function whole(re: RegExp, key: string): boolean {
  const m = re.exec(key);
  return m !== null && m.index === 0 && /^(\([^()]*\))*$/.test(key.slice(m[0].length));
}
