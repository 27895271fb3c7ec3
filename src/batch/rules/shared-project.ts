// The same project (name and amount) in two bodies' reports for the same year: one project's money claimed by two, or one body reporting another's work.
import type { CollectedReport } from '../collector.js';
import { differentEntities, type BatchContext } from '../context.js';
import { otherRow, ownRow, yuanText } from '../evidence.js';
import { projectGroups } from '../project-groups.js';
import { batchPair, type BatchPair, type BatchRule } from '../rule.js';
import type { ProjectDetail } from '../signature.js';

/** The row of report `index` with this key hash, confirmed on its name key and amount against `like` when given. */
export function rowWithHash(ctx: BatchContext, index: number, hash: number, like?: ProjectDetail): ProjectDetail | null {
  return ctx.projects(index).find((p) => p.hash === hash && (!like || (p.nameKey === like.nameKey && p.amountYuan === like.amountYuan))) ?? null;
}

export const sharedProject: BatchRule = {
  code: 'shared-project',
  severity: 'warning',
  title: { zh: '同一项目两单位报送', en: 'Project claimed by two bodies' },
  checks: {
    zh: '同一年度两个不同单位的报告中出现名称和金额都相同的项目——同一笔资金可能被两个单位同时报作自己的项目；5个单位（小批次为3个或批次的5%）都有的相同项目视为统一拨付，不算。',
    en: 'The same project (name key and amount) in two different bodies’ reports for the same year — one project’s money may be claimed by both; a project listed alike by 5 bodies (in a small batch 3, or 5% of it) is a standard allocation and does not count.',
  },
  find(ctx) {
    const pairs: BatchPair[] = [];
    for (const group of projectGroups(ctx)) {
      for (let x = 0; x < group.reports.length; x++) {
        for (let y = x + 1; y < group.reports.length; y++) {
          const i = group.reports[x] as number;
          const j = group.reports[y] as number;
          const a = ctx.reports[i] as CollectedReport;
          const b = ctx.reports[j] as CollectedReport;
          if (a.year === null || a.year !== b.year || !differentEntities(a, b)) continue;
          if (ctx.marked('copied-report', i, j) || ctx.marked('duplicate-submission', i, j)) continue;
          const rowA = rowWithHash(ctx, i, group.hash);
          const rowB = rowA && rowWithHash(ctx, j, group.hash, rowA);
          if (!rowA || !rowB) continue;
          const side = (own: ProjectDetail, self: CollectedReport, other: CollectedReport, theirs: ProjectDetail) => ({
            message: `项目「${own.name}」（${yuanText(own.amountYuan)}）也出现在 ${other.path}（${other.entity}）${self.year}年度的报告中，名称和金额相同：同一项目由两个单位报送。`,
            messageEn: `Project “${own.name}” (${yuanText(own.amountYuan)}) is also in ${other.path} (${other.entity})’s report for ${self.year}, with the same name and amount: one project reported by two bodies.`,
            expected: null,
            actual: own.amountYuan,
            evidence: [ownRow(own), otherRow(other.path, theirs)],
            details: { otherFile: other.path, nameKey: own.nameKey, amountYuan: own.amountYuan },
          });
          pairs.push(batchPair(this, i, j, side(rowA, a, b, rowB), side(rowB, b, a, rowA)));
        }
      }
    }
    return pairs;
  },
};
