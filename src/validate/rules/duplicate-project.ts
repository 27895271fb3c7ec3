// Two rows of the same department with the same name and amount are one project listed twice; its money and results are counted twice.
import { toString } from '../../decimal.js';
import { exact } from '../money.js';
import type { Finding, Project } from '../../model.js';
import { rowsEvidence } from '../evidence.js';
import { finding } from '../finding.js';
import { listEn, listZh, num, rowLabelEn, rowLabelZh } from '../format.js';
import { groupBy } from '../group-by.js';
import { normalName } from '../names.js';
import type { Rule } from '../rule.js';

/** Department, whitespace-free name and exact amount in 元; null when the row has no amount to compare. */
function duplicateKey(row: Project): string | null {
  const amount = exact(row.amountYuan);
  if (amount === null) return null;
  return JSON.stringify([normalName(row.department ?? ''), normalName(row.name), toString(amount)]);
}

export const duplicateProject: Rule = {
  code: 'duplicate-project',
  severity: 'error',
  title: { zh: '项目重复列报', en: 'Duplicate project' },
  checks: {
    zh: '同一部门是否有名称（忽略空白）与金额都相同的两行——同一项目列报两次，资金和成效被重复计算。',
    en: 'Two rows of the same department share a name (ignoring whitespace) and an amount — one project listed twice, its money and results counted twice.',
  },
  check(_report, ctx) {
    const findings: Finding[] = [];
    // counted rows only: a prose list that repeats some table rows is not a duplicate listing
    const groups = groupBy(ctx.countedRows, duplicateKey);
    for (const [key, rows] of groups) {
      if (key === null || rows.length < 2) continue;
      const first = rows[0]!;
      const amount = `${num(first.amount ?? first.amountYuan!)}${first.amountUnit ?? '元'}`;
      findings.push(
        finding(this, {
          message: `${listZh(rows.map(rowLabelZh))}名称相同、金额均为${amount}，疑为同一项目重复列报。`,
          messageEn: `${listEn(rows.map(rowLabelEn))} have the same name and the same amount (${amount}): the same project appears to be listed ${rows.length} times.`,
          expected: 1,
          actual: rows.length,
          evidence: rowsEvidence(rows),
          details: { department: first.department, name: first.name, amountYuan: first.amountYuan },
        }),
      );
    }
    return findings;
  },
};
