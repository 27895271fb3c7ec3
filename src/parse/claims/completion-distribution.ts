/**
 * Declared completion distributions: in one sentence, levels such as
 * `实现程度达到100%的项目有14个，…在50%的项目有4个，…工作未开展的项目有5个`.
 * `达到`/`为` state an exact level, `在` or `以上` an open one (the rows from
 * that level up to the next stated one), `未开展` its own level.
 */
import type { DistributionLevel } from '../../model.js';
import { COUNT_NUMBER, COUNTED_RATE, DISTRIBUTION_LEVEL, DISTRIBUTION_NOT_STARTED, EXACT_LEVEL_WORDS, NAMED_RATE, REMAINDER_OPENER, SENTENCE_BREAK } from '../lexicon.js';
import { parseCount } from '../numbers.js';
import { allMatches, type Found } from './found.js';

const LEVEL = new RegExp(DISTRIBUTION_LEVEL.source.replace('N', COUNT_NUMBER), 'g');
const NOT_STARTED = new RegExp(DISTRIBUTION_NOT_STARTED.source.replace('N', COUNT_NUMBER), 'g');
const COUNTED = new RegExp(COUNTED_RATE.source.replace('N', COUNT_NUMBER), 'g');

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

const exactLevel = (percent: string, count: number, text: string): DistributionLevel => ({ level: `${percent}%`, percent: Number(percent), match: 'exact', count, text });

/**
 * `其中3个项目资金执行100%,剩余A资金执行99.97%;B99.89%`: the counted level
 * and one level per named project, up to the full stop. Only when 剩余/其余
 * opens the named list: a lone `其中3个项目…100%` is a subset, not a distribution.
 */
function countedWithRemainder(text: string): Found[] {
  const found: Found[] = [];
  for (const m of allMatches(COUNTED, text)) {
    const count = parseCount(m[1]!);
    if (count === null) continue;
    const levels = [exactLevel(m[2]!, count, m[0])];
    let at = m.index + m[0].length;
    let end = at;
    let first = true;
    while (at < text.length && /[,，;；]/.test(text[at]!)) {
      const rest = text.slice(at + 1);
      const clauseLength = rest.search(/[,，;；。]/);
      let clause = (clauseLength < 0 ? rest : rest.slice(0, clauseLength)).trim();
      if (first) {
        const opener = REMAINDER_OPENER.exec(clause);
        if (!opener) break;
        clause = clause.slice(opener[0].length);
        first = false;
      }
      const named = NAMED_RATE.exec(clause);
      if (!named) break;
      levels.push(exactLevel(named[2]!, 1, clause));
      at += 1 + (clauseLength < 0 ? rest.length : clauseLength);
      end = at;
    }
    if (levels.length < 2) continue;
    let start = m.index;
    while (start > 0 && !/[，,；;。:：]/.test(text[start - 1]!)) start -= 1;
    found.push({ claim: { type: 'completionDistribution', value: levels, unit: '个' }, start, end: text[end] === '。' ? end + 1 : end });
  }
  return found;
}

/** Levels in the same sentence form one distribution; its quote runs from the first level's clause to the last. */
export function findCompletionDistributions(text: string): Found[] {
  const groups: LevelAt[][] = [];
  for (const level of levelsIn(text)) {
    const last = groups.at(-1)?.at(-1);
    if (last && !SENTENCE_BREAK.test(text.slice(last.end, level.start))) groups.at(-1)!.push(level);
    else groups.push([level]);
  }
  const stated = groups.map((group): Found => {
    let start = group[0]!.start;
    while (start > 0 && !/[，,；;。:：]/.test(text[start - 1]!)) start -= 1;
    while (/\s/.test(text[start] ?? '')) start += 1;
    let end = group.at(-1)!.end;
    if (text[end] === '。') end += 1;
    return { claim: { type: 'completionDistribution', value: group.map((g) => g.level), unit: '个' }, start, end };
  });
  return [...stated, ...countedWithRemainder(text)].sort((a, b) => a.start - b.start);
}
