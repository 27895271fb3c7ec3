/**
 * Reading a declared completion distribution the way an auditor does:
 * `达到100%` counts rows at exactly 100, `在50%` counts rows from 50 up to the
 * next higher level stated in the same sentence, `工作未开展` counts rows at 0
 * or with no completion at all.
 */
import { compare } from '../decimal.js';
import { exact } from './money.js';
import type { DistributionLevel, Project } from '../model.js';

export interface LevelTally {
  level: DistributionLevel;
  /** the rows that fall in this level */
  rows: Project[];
}

export function levelLabelZh(level: DistributionLevel): string {
  if (level.match === 'notStarted' || level.percent === null) return '未开展';
  return level.match === 'exact' ? `达到${level.percent}%` : `在${level.percent}%`;
}

export function levelLabelEn(level: DistributionLevel): string {
  if (level.match === 'notStarted' || level.percent === null) return 'not started';
  return level.match === 'exact' ? `at ${level.percent}%` : `at ${level.percent}% or more`;
}

/** The half-open band [X, next higher stated level) an `atLeast` level covers; upper null means no bound. */
export function levelBand(level: DistributionLevel, all: readonly DistributionLevel[]): { lower: number; upper: number | null } | null {
  if (level.match !== 'atLeast' || level.percent === null) return null;
  const lower = level.percent;
  const higher = all.flatMap((l) => (l.percent !== null && l.percent > lower ? [l.percent] : []));
  return { lower, upper: higher.length > 0 ? Math.min(...higher) : null };
}

function sameNumber(a: number, b: number): boolean {
  const [x, y] = [exact(a), exact(b)];
  return x !== null && y !== null && compare(x, y) === 0;
}

export function rowFallsIn(row: Project, level: DistributionLevel, all: readonly DistributionLevel[]): boolean {
  const c = row.completion;
  if (level.match === 'notStarted' || level.percent === null) return c === null || c === 0;
  if (c === null) return false;
  if (level.match === 'exact') return sameNumber(c, level.percent);
  const band = levelBand(level, all)!;
  return c >= band.lower && (band.upper === null || c < band.upper);
}

/** Each stated level with the rows that fall in it (a row may fall in none, e.g. 20% when the levels are 100/50/30). */
export function tally(levels: readonly DistributionLevel[], rows: readonly Project[]): LevelTally[] {
  return levels.map((level) => ({ level, rows: rows.filter((r) => rowFallsIn(r, level, levels)) }));
}

export function declaredSum(levels: readonly DistributionLevel[]): number {
  return levels.reduce((s, l) => s + l.count, 0);
}

/** `达到100%：14个，在50%：4个` */
export function describeZh(levels: readonly { level: DistributionLevel; count: number }[]): string {
  return levels.map((l) => `${levelLabelZh(l.level)}：${l.count}个`).join('，');
}

export function describeEn(levels: readonly { level: DistributionLevel; count: number }[]): string {
  return levels.map((l) => `${levelLabelEn(l.level)}: ${l.count}`).join(', ');
}
