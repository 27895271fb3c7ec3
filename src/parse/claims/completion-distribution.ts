/**
 * Declared completion distributions: in one sentence, levels such as
 * `实现程度达到100%的项目有14个，…在50%的项目有4个，…工作未开展的项目有5个`.
 * `达到`/`为` state an exact level, `在` or `以上` an open one (the rows from
 * that level up to the next stated one), `未开展` its own level.
 */
import type { DistributionLevel } from '../../model.js';
import { COUNT_NUMBER, DISTRIBUTION_LEVEL, DISTRIBUTION_NOT_STARTED, EXACT_LEVEL_WORDS, SENTENCE_BREAK } from '../lexicon.js';
import { parseCount } from '../numbers.js';
import { allMatches, type Found } from './found.js';

const LEVEL = new RegExp(DISTRIBUTION_LEVEL.source.replace('N', COUNT_NUMBER), 'g');
const NOT_STARTED = new RegExp(DISTRIBUTION_NOT_STARTED.source.replace('N', COUNT_NUMBER), 'g');

interface LevelAt {
  level: DistributionLevel;
  start: number;
  end: number;
}

function levelsIn(text: string): LevelAt[] {
  const levels: LevelAt[] = [];
  for (const m of allMatches(LEVEL, text)) {
    const count = parseCount(m[4]!);
    if (count === null) continue;
    const percent = Number(m[2]);
    const exact = (m[1] === undefined || (EXACT_LEVEL_WORDS as readonly string[]).includes(m[1])) && !m[3];
    levels.push({
      level: { level: `${m[2]}%`, percent, match: exact ? 'exact' : 'atLeast', count, text: m[0] },
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  for (const m of allMatches(NOT_STARTED, text)) {
    const count = parseCount(m[1]!);
    if (count === null) continue;
    levels.push({
      level: { level: 'not-started', percent: null, match: 'notStarted', count, text: m[0] },
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return levels.sort((a, b) => a.start - b.start);
}

/** Levels in the same sentence form one distribution; its quote runs from the first level's clause to the last. */
export function findCompletionDistributions(text: string): Found[] {
  const groups: LevelAt[][] = [];
  for (const level of levelsIn(text)) {
    const last = groups.at(-1)?.at(-1);
    if (last && !SENTENCE_BREAK.test(text.slice(last.end, level.start))) groups.at(-1)!.push(level);
    else groups.push([level]);
  }
  return groups.map((group) => {
    let start = group[0]!.start;
    while (start > 0 && !/[，,；;。:：]/.test(text[start - 1]!)) start -= 1;
    while (/\s/.test(text[start] ?? '')) start += 1;
    let end = group.at(-1)!.end;
    if (text[end] === '。') end += 1;
    return { claim: { type: 'completionDistribution', value: group.map((g) => g.level), unit: '个' }, start, end };
  });
}
