// A report that declares projects but lists none gives the auditor nothing to check its figures against.
import { claimEvidence, quoteEvidence } from '../evidence.js';
import { finding } from '../finding.js';
import { SUMMARY_KINDS } from '../lexicon.js';
import type { Rule } from '../rule.js';

export const noProjectTable: Rule = {
  code: 'no-project-table',
  severity: 'error',
  title: { zh: '未列出项目', en: 'No projects listed' },
  checks: {
    zh: '声明了项目个数的报告是否列出了项目（表格或文字）——没有项目明细，声明的数字无从核对。',
    en: 'A report that declares a number of projects lists them (table or text) — without the projects its figures cannot be checked.',
  },
  check(report, ctx) {
    if (report.projects.length > 0) return [];
    const counts = ctx.claimsOf('projectCount').filter((c) => c.value > 0);
    if (counts.length > 0) {
      const declared = Math.max(...counts.map((c) => c.value));
      return [
        finding(this, {
          message: `文中声明项目${declared}个，但报告中没有项目表，也未逐项列出项目。`,
          messageEn: `The text declares ${declared} projects, but the report has no project table and lists none of them.`,
          expected: declared,
          actual: 0,
          evidence: counts.map(claimEvidence),
        }),
      ];
    }
    // A summary report without projects or a count is unusual but not a contradiction; forms and other pages say nothing.
    if (!report.meta.kind || !SUMMARY_KINDS.includes(report.meta.kind)) return [];
    return [
      finding(this, {
        severity: 'info',
        message: '报告中没有项目表，也未列出项目，无法核对项目层面的数字。',
        messageEn: 'The report has no project table and lists no projects, so nothing can be checked at project level.',
        expected: null,
        actual: 0,
        evidence: report.meta.title ? [quoteEvidence(report.meta.title)] : [],
      }),
    ];
  },
};
