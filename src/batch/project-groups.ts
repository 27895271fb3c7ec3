/**
 * The reports that list the same project (name key and amount in 元), found
 * by sorting (key hash, report) pairs — a hash map's work in O(n log n)
 * without a map entry per project. A project listed by many bodies of the
 * batch is a standard allocation (the same grant to every village), not one
 * project claimed twice: such groups are left out.
 */
import type { BatchContext } from './context.js';

export interface ProjectGroup {
  hash: number;
  /** distinct report indexes, ascending */
  reports: number[];
}

const ITEM_BITS = 2 ** 21;
const cache = new WeakMap<BatchContext, ProjectGroup[]>();

export function projectGroups(ctx: BatchContext): ProjectGroup[] {
  const cached = cache.get(ctx);
  if (cached) return cached;
  let total = 0;
  for (const r of ctx.reports) total += r?.projectHashes.length ?? 0;
  const keys = new Float64Array(total);
  let at = 0;
  ctx.reports.forEach((r, index) => {
    if (r) for (const h of r.projectHashes) keys[at++] = h * ITEM_BITS + index;
  });
  keys.sort();
  const groups: ProjectGroup[] = [];
  let start = 0;
  for (let k = 1; k <= keys.length; k++) {
    const hash = Math.floor((keys[start] as number) / ITEM_BITS);
    if (k < keys.length && Math.floor((keys[k] as number) / ITEM_BITS) === hash) continue;
    const reports = [...new Set(Array.from(keys.subarray(start, k), (x) => x % ITEM_BITS))];
    const entities = new Set(reports.map((i) => ctx.reports[i]?.entityKey ?? `#${i}`));
    if (reports.length >= 2 && entities.size < ctx.allocationMin) groups.push({ hash, reports });
    start = k;
  }
  cache.set(ctx, groups);
  return groups;
}
