// Indicator weights must add up to their group's stated weight (产出指标（50分）), and all weights with the funds 分值 to the form's 总分 (100): otherwise the scoring scale itself is wrong and every score on it is suspect.
import { add, equals, toString, type Decimal } from '../../decimal.js';
import type { Evidence, Finding, Form, Indicator, Report } from '../../model.js';
import { finding } from '../finding.js';
import { fundsCell, fundsText, fundsTotal, formName, groupCell, inGroup, indicatorCell, totalCell, unweighted, weightedIndicators, written } from '../forms.js';
import type { Rule } from '../rule.js';

const HUNDRED: Decimal = { units: 100n, scale: 0 };

function weightOf(ind: Indicator): Decimal {
  return written(ind.weight, ind.raw.weight)!;
}

function sum(values: readonly Decimal[]): Decimal {
  return values.reduce(add, { units: 0n, scale: 0 });
}

/**
 * A group is judged only when it is known to be complete: the form reaches its 总分 row, or a later row of
 * the form belongs to another group (a form cut off in its last group would otherwise look short).
 */
function groupComparisons(form: Form) {
  return form.groups.flatMap((group, gi) => {
    const members = form.indicators.map((ind, index) => ({ ind, index })).filter(({ ind }) => inGroup(ind, group) && !unweighted(ind));
    if (members.length === 0 || members.some(({ ind }) => ind.weight === null || !Number.isFinite(ind.weight))) return [];
    const last = members[members.length - 1]!.index;
    const closed = form.total !== null || form.indicators.slice(last + 1).some((ind) => !inGroup(ind, group));
    if (!closed) return [];
    const stated = written(group.weight, null);
    return stated ? [{ group, gi, members, stated }] : [];
  });
}

/** The whole form: funds 分值 + every indicator 分值 against 总分's 分值 (100 when the 总分 row states none). */
function formComparison(form: Form) {
  if (form.total === null) return null;
  const rows = weightedIndicators(form);
  const funds = fundsTotal(form);
  if (rows === null || rows.length === 0 || !funds) return null;
  const fundsWeight = written(funds.row.weight, funds.row.raw.weight);
  if (fundsWeight === null) return null;
  const target = written(form.total.weight, form.total.raw.weight) ?? HUNDRED;
  return { rows, funds, fundsWeight, target };
}

export const weightSumMismatch: Rule = {
  code: 'weight-sum-mismatch',
  severity: 'error',
  title: { zh: '指标分值合计不符', en: 'Weights do not add up' },
  checks: {
    zh: '自评表同一指标组的分值之和是否等于该组写明的分值（如产出指标（50分）），全部分值（含预算执行）是否等于总分的分值（100）——分值不符说明评分尺度本身有误；只在该组或全表分值都已读出时核对。',
    en: 'A form’s indicator weights add up to their group’s stated weight (产出指标（50分）), and all weights with the budget-execution weight to the 总分 weight (100) — otherwise the scoring scale itself is wrong; judged only when all the weights were read.',
  },
  needs(report: Report) {
    if (report.forms.length === 0) return 'no-form';
    return report.forms.some((f) => groupComparisons(f).length > 0 || formComparison(f) !== null) ? null : 'no-weights';
  },
  check(report) {
    const findings: Finding[] = [];
    for (const form of report.forms) {
      const name = formName(form);
      for (const { group, gi, members, stated } of groupComparisons(form)) {
        const total = sum(members.map(({ ind }) => weightOf(ind)));
        if (equals(total, stated)) continue;
        const parts = members.map(({ ind }) => toString(weightOf(ind))).join(' + ');
        findings.push(
          finding(this, {
            message: `${name.zh}「${group.name}」写明${toString(stated)}分，但其下${members.length}个指标分值 ${parts} = ${toString(total)}分。`,
            messageEn: `In ${name.en}, “${group.name}” states ${toString(stated)} points, but its ${members.length} indicator weights add up to ${parts} = ${toString(total)}.`,
            expected: group.weight,
            actual: Number(toString(total)),
            evidence: [groupCell(form, gi), ...members.map(({ ind, index }) => indicatorCell(form, index, 'weight', ind.raw.weight))],
            details: { formId: form.id, group: group.name, computed: toString(total) },
          }),
        );
      }
      const whole = formComparison(form);
      if (!whole) continue;
      const indicators = sum(whole.rows.map(({ ind }) => weightOf(ind)));
      const total = add(indicators, whole.fundsWeight);
      if (equals(total, whole.target)) continue;
      const evidence: Evidence[] = [
        totalCell(form, 'weight'),
        fundsCell(form, whole.funds.index, 'weight', fundsText(whole.funds.row, 'weight')),
        ...whole.rows.map(({ ind, index }) => indicatorCell(form, index, 'weight', ind.raw.weight)),
      ];
      findings.push(
        finding(this, {
          message: `${name.zh}总分的分值为${toString(whole.target)}，但预算执行分值${toString(whole.fundsWeight)}与${whole.rows.length}个指标分值${toString(indicators)}合计${toString(total)}。`,
          messageEn: `In ${name.en}, the 总分 is out of ${toString(whole.target)}, but the budget-execution weight ${toString(whole.fundsWeight)} and the ${whole.rows.length} indicator weights (${toString(indicators)}) add up to ${toString(total)}.`,
          expected: Number(toString(whole.target)),
          actual: Number(toString(total)),
          evidence,
          details: { formId: form.id, fundsWeight: toString(whole.fundsWeight), indicatorWeights: toString(indicators), statedTotal: form.total!.weight !== null },
        }),
      );
    }
    return findings;
  },
};
