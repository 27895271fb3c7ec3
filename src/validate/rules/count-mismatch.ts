// A declared project count (预算项目24个) must equal the number of projects listed; a gap means projects are missing from, or added to, what was evaluated.
import type { Finding } from '../../model.js';
import { claimEvidence, rowsEvidence } from '../evidence.js';
import { finding } from '../finding.js';
import { rowWordEn, rowWordZh } from '../format.js';
import type { Rule } from '../rule.js';
import { groupBy } from '../group-by.js';

export const countMismatch: Rule = {
  code: 'count-mismatch',
  severity: 'error',
  title: { zh: '项目数不符', en: 'Project count mismatch' },
  checks: {
    zh: '文中声明的项目个数与项目表（或文中列出的项目）行数是否一致——不一致说明有项目漏报或多报。',
    en: 'The declared number of projects equals the number of project rows (table or prose list) — a gap means projects were left out of, or added to, the evaluation.',
  },
  needs(_report, ctx) {
    if (ctx.countedRows.length === 0) return 'no-project-rows';
    return ctx.claimsOf('projectCount').length === 0 ? 'no-declared-count' : null;
  },
  check(_report, ctx) {
    const rows = ctx.countedRows;
    if (rows.length === 0) return []; // nothing to count: no-project-table speaks instead
    const prose = rows.every((r) => r.tableId === null);
    const findings: Finding[] = [];
    const byValue = groupBy(ctx.claimsOf('projectCount'), (c) => c.value);
    for (const [declared, claims] of byValue) {
      if (declared === rows.length) continue;
      // A prose list shorter than the declared count may be a list of highlights (…等); only more items than declared is a contradiction.
      const hedged = prose && rows.length < declared;
      findings.push(
        finding(this, {
          severity: hedged ? 'info' : 'error',
          message: hedged
            ? `文中声明项目${declared}个，文中只列出${rows.length}个项目（列举可能不完整，请核对）。`
            : `文中声明项目${declared}个，但${rowWordZh(rows)}列出${rows.length}个项目。`,
          messageEn: hedged
            ? `The text declares ${declared} projects and lists only ${rows.length} (the list may be partial; check).`
            : `The text declares ${declared} projects, but ${rowWordEn(rows)} lists ${rows.length}.`,
          expected: declared,
          actual: rows.length,
          evidence: [...claims.map(claimEvidence), ...rowsEvidence(rows)],
        }),
      );
    }
    return findings;
  },
};
