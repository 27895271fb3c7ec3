/**
 * The reports that list the same project (name key and amount in 元), found
 * by sorting (key hash, report) pairs — a hash map's work in O(n log n)
 * without a map entry per project. A project listed by many bodies of the
 * batch is a standard allocation (the same grant to every village), not one
 * project claimed twice: such groups are left out.
 */
import type { CollectedReport } from './collector.js';
import type { BatchContext } from './context.js';
import type { ProjectDetail } from './signature.js';

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

/** The row of report `index` with this key hash, confirmed on its name key and amount against `like` when given. */
export function rowWithHash(ctx: BatchContext, index: number, hash: number, like?: ProjectDetail): ProjectDetail | null {
  return ctx.projects(index).find((p) => p.hash === hash && (!like || (p.nameKey === like.nameKey && p.amountYuan === like.amountYuan))) ?? null;
}

/** One project listed by two reports: their indexes, the reports and the confirmed rows. */
export interface SharedRow {
  i: number;
  j: number;
  a: CollectedReport;
  b: CollectedReport;
  rowA: ProjectDetail;
  rowB: ProjectDetail;
}

/** Every pair of reports that `keep` accepts and that list one project (name key and amount), its rows confirmed. */
export function* sharedRows(ctx: BatchContext, keep: (a: CollectedReport, b: CollectedReport, i: number, j: number) => boolean): Generator<SharedRow> {
  for (const group of projectGroups(ctx)) {
    for (let x = 0; x < group.reports.length; x++) {
      for (let y = x + 1; y < group.reports.length; y++) {
        const i = group.reports[x] as number;
        const j = group.reports[y] as number;
        const a = ctx.reports[i] as CollectedReport;
        const b = ctx.reports[j] as CollectedReport;
        if (!keep(a, b, i, j)) continue;
        const rowA = rowWithHash(ctx, i, group.hash);
        const rowB = rowA && rowWithHash(ctx, j, group.hash, rowA);
        if (rowA && rowB) yield { i, j, a, b, rowA, rowB };
      }
    }
  }
}
