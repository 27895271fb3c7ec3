// A declared total (涉及资金X万元, or a table's 合计 row) must equal the sum of the project amounts at its own precision; a gap means money is unaccounted for or a figure was mistyped.
import type { AmountUnit, Claim, Finding, Project } from '../../model.js';
import { sameParagraph, type RuleContext } from '../context.js';
import { claimEvidence, rowsEvidence } from '../evidence.js';
import { finding } from '../finding.js';
import { num, rowWordEn, rowWordZh } from '../format.js';
import { agrees, decimalText, difference, gapWords, sumRows } from '../money.js';
import type { Rule } from '../rule.js';

/**
 * Reports state many totals (the whole budget, one source of funds, what was
 * spent). Only two kinds are meant as the total of the listed projects and
 * are compared: a table's own 合计 row, and a prose total stated in the same
 * sentence as the project count (`预算项目24个，涉及资金2735.649088万元`).
 * Prose totals are compared only when the rows are all the projects and every
 * row has an amount (a missing amount is `missing-value`'s to report).
 */
function comparedTotals(ctx: RuleContext): { claim: Extract<Claim, { type: 'totalAmount' | 'tableTotal' }>; rows: readonly Project[] }[] {
  const tableTotals = ctx.claimsOf('tableTotal').map((claim) => ({ claim, rows: ctx.rowsOfTable(claim.tableId) }));
  const counts = ctx.claimsOf('projectCount');
  const proseTotals = ctx.rowsComplete
    ? ctx
        .claimsOf('totalAmount')
        .filter((t) => counts.some((c) => sameParagraph(c.location, t.location)))
        .map((claim) => ({ claim, rows: ctx.countedRows }))
    : [];
  return [...tableTotals, ...proseTotals];
}

export const totalMismatch: Rule = {
  code: 'total-mismatch',
  severity: 'error',
  title: { zh: '资金合计不符', en: 'Total amount mismatch' },
  checks: {
    zh: '文中声明的项目资金总额（或表格合计行）与各项目金额之和是否一致（按声明数字的精度、换算元/万元后精确比较）——不一致说明有资金未列明或数字有误。',
    en: 'The declared total of the projects (or a table’s total row) equals the sum of the row amounts, at the declared figure’s precision after converting 元/万元 — a gap means money is unaccounted for or a figure is wrong.',
  },
  needs(_report, ctx) {
    if (ctx.countedRows.length === 0) return 'no-project-rows';
    return comparedTotals(ctx).some((t) => t.rows.length > 0) ? null : 'no-declared-total';
  },
  check(_report, ctx) {
    const findings: Finding[] = [];
    for (const { claim, rows } of comparedTotals(ctx)) {
      if (rows.length === 0) continue;
      const unit: AmountUnit = claim.unit;
      const { total, missing } = sumRows(rows, unit);
      if (missing.length > 0 || !Number.isFinite(claim.value) || agrees(claim.value, total)) continue;
      const computed = decimalText(total);
      const diff = difference(claim.value, total);
      const gap = gapWords(claim.value, total, unit);
      const what = claim.type === 'tableTotal' ? { zh: '表格合计行', en: 'The table’s total row' } : { zh: '文中声明资金总额', en: 'The text declares a total of' };
      findings.push(
        finding(this, {
          message: `${what.zh}${num(claim.value)}${unit}，但${rowWordZh(rows)}${rows.length}个项目金额合计${computed}${unit}，比声明数${gap.zh}。`,
          messageEn: `${what.en} ${num(claim.value)} ${unit}, but the ${rows.length} amounts in ${rowWordEn(rows)} add up to ${computed} ${unit}, ${gap.en} than declared.`,
          expected: claim.value,
          actual: Number(computed),
          evidence: [claimEvidence(claim), ...rowsEvidence(rows)],
          details: { unit, computed, difference: diff, rows: rows.length },
        }),
      );
    }
    return findings;
  },
};
