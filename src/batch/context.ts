/**
 * What every batch rule reads: the collected reports, the words behind them
 * on demand, how many reports share each passage (so template wording can be
 * discounted), the template threshold, and the pairs earlier rules already
 * reported (so one relation is reported once, under its strongest code).
 */
import type { CollectedReport } from './collector.js';
import type { ProjectDetail, SignatureDetails } from './signature.js';
import { allocationMinimum, templateMinimum } from './thresholds.js';

export interface BatchContext {
  reports: readonly (CollectedReport | null)[];
  details(index: number): SignatureDetails;
  /** only the project rows behind the hashes (a shorter read than all details) */
  projects(index: number): ProjectDetail[];
  /** in how many reports a passage hash occurs */
  passageFrequency(hash: number): number;
  /** a passage shared by this many reports is template */
  templateMin: number;
  /** a project and amount listed by this many bodies is a standard allocation */
  allocationMin: number;
  /** marks a pair as reported under a code; whether it already was */
  mark(code: string, a: number, b: number): void;
  marked(code: string, a: number, b: number): boolean;
}

function lowerBound(sorted: Uint32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** All reports' distinct passage hashes in one sorted array: a hash's frequency is the length of its run. */
export function passageFrequencies(reports: readonly (CollectedReport | null)[]): (hash: number) => number {
  let total = 0;
  for (const r of reports) total += r?.passageHashes.length ?? 0;
  const all = new Uint32Array(total);
  let at = 0;
  for (const r of reports) {
    if (!r) continue;
    all.set(r.passageHashes, at);
    at += r.passageHashes.length;
  }
  all.sort();
  return (hash) => lowerBound(all, hash + 1) - lowerBound(all, hash);
}

export function buildContext(
  reports: readonly (CollectedReport | null)[],
  details: (index: number) => SignatureDetails,
  projects: (index: number) => ProjectDetail[] = (index) => details(index).projects,
): BatchContext {
  const seen = new Set<string>();
  const key = (code: string, a: number, b: number) => `${code}:${Math.min(a, b)}:${Math.max(a, b)}`;
  const frequency = passageFrequencies(reports);
  const size = reports.filter((r) => r !== null).length;
  return {
    reports,
    details,
    projects,
    passageFrequency: frequency,
    templateMin: templateMinimum(size),
    allocationMin: allocationMinimum(size),
    mark: (code, a, b) => void seen.add(key(code, a, b)),
    marked: (code, a, b) => seen.has(key(code, a, b)),
  };
}

/** Both reports name a body and the bodies differ. */
export function differentEntities(a: CollectedReport, b: CollectedReport): boolean {
  return a.entityKey !== null && b.entityKey !== null && a.entityKey !== b.entityKey;
}

export function sameEntity(a: CollectedReport, b: CollectedReport): boolean {
  return a.entityKey !== null && a.entityKey === b.entityKey;
}
