/**
 * The batch stage: every batch rule over the collected signatures, after all
 * files are checked. Returns each report's batch findings (by input index)
 * and the pairs for batch-findings.csv and the report page, both in a fixed
 * order so the outputs are the same whatever --jobs was.
 */
import type { Finding } from '../model.js';
import { compareFindings } from '../validate/index.js';
import { batchRules } from './catalogue.js';
import type { BatchCollector } from './collector.js';
import { buildContext } from './context.js';
import type { BatchPair } from './rule.js';
import type { SignatureDetails } from './signature.js';

/** A pair with the two input paths, for the outputs that list pairs. */
export type FiledPair = BatchPair & { fileA: string; fileB: string };

export interface BatchResult {
  /** input index → that report's batch findings (sorted like a report's findings) */
  byReport: Map<number, Finding[]>;
  /** every pair, ordered by its two inputs then code */
  pairs: FiledPair[];
}

/** A few reports' details stay in memory while a rule works on them (a bucket's members are read together). */
function cached<T>(read: (index: number) => T, size = 256): (index: number) => T {
  const cache = new Map<number, T>();
  return (index) => {
    const hit = cache.get(index);
    if (hit) return hit;
    const value = read(index);
    if (cache.size >= size) cache.delete(cache.keys().next().value as number);
    cache.set(index, value);
    return value;
  };
}

export function runBatch(collector: Pick<BatchCollector, 'reports' | 'details' | 'projects'>): BatchResult {
  const ctx = buildContext(
    collector.reports,
    cached((i) => collector.details(i), 64),
    cached((i) => collector.projects(i)),
  );
  const pairs = batchRules.flatMap((rule) => rule.find(ctx));
  const order = new Map(batchRules.map((r, k) => [r.code, k]));
  pairs.sort((x, y) => x.a - y.a || x.b - y.b || (order.get(x.code) ?? 0) - (order.get(y.code) ?? 0));
  const byReport = new Map<number, Finding[]>();
  const add = (index: number, f: Finding) => {
    const list = byReport.get(index);
    if (list) list.push(f);
    else byReport.set(index, [f]);
  };
  for (const p of pairs) {
    add(p.a, p.forA);
    add(p.b, p.forB);
  }
  // a stable sort: equal findings keep the pair order
  for (const list of byReport.values()) list.sort(compareFindings);
  const path = (i: number) => collector.reports[i]?.path ?? '';
  return { byReport, pairs: pairs.map((p) => ({ ...p, fileA: path(p.a), fileB: path(p.b) })) };
}
