// A declared completion distribution (达到100%的项目有14个…) must match the completion column of the table; a mismatch means the text reports progress the projects did not make.
import type { Finding } from '../../model.js';
import { claimEvidence, rowsEvidence } from '../evidence.js';
import { finding } from '../finding.js';
import { describeEn, describeZh, levelLabelEn, levelLabelZh, tally } from '../distribution.js';
import { rowWordEn, rowWordZh } from '../format.js';
import type { Rule } from '../rule.js';

export const distributionMismatch: Rule = {
  code: 'distribution-mismatch',
  severity: 'error',
  title: { zh: '完成程度分布不符', en: 'Completion distribution mismatch' },
  checks: {
    zh: '文中各完成程度档次（达到100%、在50%、未开展…）的项目个数是否与表中各项目的实现程度一致——不一致说明文字夸大或低报了进度。',
    en: 'The declared number of projects at each completion level (100%, 50% or more, not started…) matches the completion column of the rows — if not, the text misstates progress.',
  },
  needs(_report, ctx) {
    if (ctx.claimsOf('completionDistribution').length === 0) return 'no-declared-distribution';
    if (ctx.countedRows.length === 0) return 'no-project-rows';
    // a prose list shorter than the declared count is not all the projects: counting its levels proves nothing
    if (!ctx.rowsComplete) return 'rows-incomplete';
    if (!ctx.countedRows.some((r) => r.completion !== null)) return 'no-completion-rows';
    return null;
  },
  check(_report, ctx) {
    const rows = ctx.countedRows;
    if (!ctx.rowsComplete || !rows.some((r) => r.completion !== null)) return [];
    const findings: Finding[] = [];
    for (const claim of ctx.claimsOf('completionDistribution')) {
      const tallies = tally(claim.value, rows);
      const differing = tallies.filter((t) => t.rows.length !== t.level.count);
      if (differing.length === 0) continue;
      const declared = claim.value.map((level) => ({ level, count: level.count }));
      const actual = tallies.map((t) => ({ level: t.level, count: t.rows.length }));
      const levelsZh = differing.map((t) => `${levelLabelZh(t.level)}声明${t.level.count}个、表中${t.rows.length}个`).join('；');
      const levelsEn = differing.map((t) => `${levelLabelEn(t.level)}: declared ${t.level.count}, rows ${t.rows.length}`).join('; ');
      findings.push(
        finding(this, {
          message: `文中完成程度分布与${rowWordZh(rows)}不符：${levelsZh}。`,
          messageEn: `The declared completion distribution does not match ${rowWordEn(rows)}: ${levelsEn}.`,
          expected: describeZh(declared),
          actual: describeZh(actual),
          evidence: [claimEvidence(claim), ...rowsEvidence(differing.flatMap((t) => t.rows))],
          details: {
            expectedEn: describeEn(declared),
            actualEn: describeEn(actual),
            levels: tallies.map((t) => ({
              level: t.level.level,
              match: t.level.match,
              percent: t.level.percent,
              declared: t.level.count,
              actual: t.rows.length,
              rows: t.rows.map((r) => r.row),
            })),
            unassignedRows: rows.filter((r) => !tallies.some((t) => t.rows.includes(r))).map((r) => r.row),
          },
        }),
      );
    }
    return findings;
  },
};
