// The same body's same project with the same amount in two consecutive years' reports: often a multi-year project, sometimes last year's project reported again — worth a look, not an error.
import type { CollectedReport } from '../collector.js';
import { sameEntity } from '../context.js';
import { otherRow, ownRow, yuanText } from '../evidence.js';
import { sharedRows } from '../project-groups.js';
import { batchPair, type BatchPair, type BatchRule } from '../rule.js';
import type { ProjectDetail } from '../signature.js';

export const repeatedProject: BatchRule = {
  code: 'repeated-project',
  severity: 'info',
  title: { zh: '连续两年同一项目同一金额', en: 'Same project two years running' },
  checks: {
    zh: '同一单位相邻两个年度的报告（均在批次中）列出名称和金额都相同的项目——可能是跨年项目，也可能是上年项目重复报送，供核实。',
    en: 'The same body lists a project with the same name and amount in two consecutive years’ reports (both in the batch) — a multi-year project, or last year’s project reported again; to be checked.',
  },
  find(ctx) {
    const pairs: BatchPair[] = [];
    const keep = (a: CollectedReport, b: CollectedReport) => sameEntity(a, b) && a.year !== null && b.year !== null && Math.abs(a.year - b.year) === 1;
    for (const { i, j, a, b, rowA, rowB } of sharedRows(ctx, keep)) {
      const side = (own: ProjectDetail, self: CollectedReport, other: CollectedReport, theirs: ProjectDetail) => ({
        message: `项目「${own.name}」以相同金额（${yuanText(own.amountYuan)}）同时出现在本单位${self.year}年度和${other.year}年度（${other.path}）的报告中——请确认是跨年项目而非重复报送。`,
        messageEn: `Project “${own.name}” appears with the same amount (${yuanText(own.amountYuan)}) in this body’s reports for ${self.year} and ${other.year} (${other.path}) — check it is a multi-year project, not one reported twice.`,
        expected: null,
        actual: own.amountYuan,
        evidence: [ownRow(own), otherRow(other.path, theirs)],
        details: { otherFile: other.path, otherYear: other.year, nameKey: own.nameKey, amountYuan: own.amountYuan },
      });
      pairs.push(batchPair(this, i, j, side(rowA, a, b, rowB), side(rowB, b, a, rowA)));
    }
    return pairs;
  },
};
