// The same project (name and amount) in two bodies' reports for the same year: one project's money claimed by two, or one body reporting another's work.
import type { CollectedReport } from '../collector.js';
import { differentEntities } from '../context.js';
import { otherRow, ownRow, yuanText } from '../evidence.js';
import { sharedRows } from '../project-groups.js';
import { batchPair, type BatchPair, type BatchRule } from '../rule.js';
import type { ProjectDetail } from '../signature.js';

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
    const keep = (a: CollectedReport, b: CollectedReport, i: number, j: number) =>
      a.year !== null && a.year === b.year && differentEntities(a, b) && !ctx.marked('copied-report', i, j) && !ctx.marked('duplicate-submission', i, j);
    for (const { i, j, a, b, rowA, rowB } of sharedRows(ctx, keep)) {
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
    return pairs;
  },
};
