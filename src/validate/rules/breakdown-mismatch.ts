// The parts of a 其中 breakdown must add up to its whole; when they do not, either a part is missing or a figure is wrong (and the report's own arithmetic cannot be trusted).
import type { Finding } from '../../model.js';
import { claimEvidence } from '../evidence.js';
import { finding } from '../finding.js';
import { num } from '../format.js';
import { agrees, decimalText, difference, exact, gapWords, sumNumbers } from '../money.js';
import type { Rule } from '../rule.js';
import { compare } from '../../decimal.js';
import { formBreakdownComparable, formBreakdownFindings } from '../form-breakdown.js';

export const breakdownMismatch: Rule = {
  code: 'breakdown-mismatch',
  severity: 'error',
  title: { zh: '分项之和不符', en: 'Breakdown does not add up' },
  checks: {
    zh: '“其中”列出的各分项之和是否等于总数（按总数的精度），自评表的年度资金总额与其中各行逐列核对（部门表按收入、支出分别核对）——不等说明漏列分项或数字有误；以“等”结尾的列举少于总数时只作提示。',
    en: 'The parts of a “其中” breakdown add up to its whole (at the whole’s precision), and a form’s 年度资金总额 equals its 其中 rows column by column (department forms: the income and the expense split each) — if not, a part is missing or a figure is wrong; a list ending in 等 that falls short is only noted.',
  },
  needs(report, ctx) {
    return ctx.claimsOf('breakdown').some((c) => c.value.parts.length > 0) || formBreakdownComparable(report) ? null : 'no-breakdown';
  },
  check(report, ctx) {
    // A form's 年度资金总额 and its 其中 rows are a breakdown too (src/validate/form-breakdown.ts).
    const findings: Finding[] = formBreakdownFindings(this, report);
    for (const claim of ctx.claimsOf('breakdown')) {
      const { whole, parts, openEnded } = claim.value;
      if (parts.length === 0) continue;
      const total = sumNumbers(parts.map((p) => p.value));
      if (total === null || !Number.isFinite(whole) || agrees(whole, total)) continue;
      const short = compare(total, exact(whole)!) < 0;
      // "A、B等" names only some parts: falling short is expected, exceeding the whole is not.
      const hedged = openEnded && short;
      const unit = claim.unit;
      const partsText = parts.map((p) => num(p.value)).join(' + ');
      const computed = decimalText(total);
      const diff = difference(whole, total);
      const gap = gapWords(whole, total, unit);
      findings.push(
        finding(this, {
          severity: hedged ? 'info' : 'error',
          message: `总数${num(whole)}${unit}的分项 ${partsText} = ${computed}${unit}，比总数${gap.zh}${hedged ? '（列举以“等”结尾，可能不完整）' : ''}。`,
          messageEn: `The parts of ${num(whole)} ${unit} add up to ${partsText} = ${computed} ${unit}, ${gap.en} than the whole${hedged ? ' (the list ends in 等 and may be incomplete)' : ''}.`,
          expected: whole,
          actual: Number(computed),
          evidence: [claimEvidence(claim)],
          details: { unit, parts: parts.map((p) => ({ label: p.label, value: p.value })), computed, difference: diff, openEnded },
        }),
      );
    }
    return findings;
  },
};
