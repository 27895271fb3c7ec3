// An indicator's 得分 can never exceed its 分值 (printed, or implied where the form scores (实际 ÷ 目标) × 分值): a score above the weight inflates the total and shows the form was not scored by its own rules.
import { compare, toString } from '../../decimal.js';
import type { Finding, Form, Report } from '../../model.js';
import { finding } from '../finding.js';
import { formName, fundsCell, fundsText, indicatorCell, written } from '../forms.js';
import { impliedWeights, type ImpliedWeights } from '../implied-weights.js';
import type { Rule } from '../rule.js';

function scored(report: Report) {
  return report.forms.flatMap((form) =>
    form.indicators.flatMap((ind, index) => {
      const weight = written(ind.weight, ind.raw.weight);
      const score = written(ind.score, ind.raw.score);
      return weight && score ? [{ form, ind, index, weight, score }] : [];
    }),
  );
}

function implied(report: Report): { form: Form; weights: ImpliedWeights }[] {
  return report.forms.flatMap((form) => {
    const weights = impliedWeights(form);
    return weights ? [{ form, weights }] : [];
  });
}

export const scoreOverWeight: Rule = {
  code: 'score-over-weight',
  severity: 'error',
  title: { zh: '指标得分超过分值', en: 'Indicator score above its weight' },
  checks: {
    zh: '自评表每个绩效指标的得分是否不超过其分值——超过分值的得分会抬高总分，说明评分未按规则进行。表中未列分值、而各指标按（实际值÷指标值）×分值计分时，由得分反推出的分值只有在每项都是唯一的整数、且与预算执行分值合计等于总分分值时才用来核对。',
    en: 'No indicator of a form scores more than its weight — a score above the weight inflates the total and shows the form was not scored by its own rules. Where a form prints no weights and scores each indicator as (actual ÷ target) × weight, the weights its scores imply are used only when each is one whole number and they add up with the budget-execution weight to the 总分 weight.',
  },
  needs(report) {
    if (report.forms.length === 0) return 'no-form';
    return scored(report).length > 0 || implied(report).length > 0 ? null : 'no-indicator-scores';
  },
  check(report) {
    const findings: Finding[] = [];
    for (const { form, ind, index, weight, score } of scored(report)) {
      if (compare(score, weight) <= 0) continue;
      const name = formName(form);
      findings.push(
        finding(this, {
          message: `${name.zh}指标「${ind.name}」得分${ind.raw.score ?? ind.score}，超过其分值${ind.raw.weight ?? ind.weight}。`,
          messageEn: `In ${name.en}, indicator “${ind.name}” scores ${ind.raw.score ?? ind.score}, more than its weight ${ind.raw.weight ?? ind.weight}.`,
          expected: ind.weight,
          actual: ind.score,
          evidence: [indicatorCell(form, index, 'score', ind.raw.score), indicatorCell(form, index, 'weight', ind.raw.weight)],
          details: { formId: form.id, indicator: ind.name, level1: ind.level1, level2: ind.level2 },
        }),
      );
    }
    for (const { form, weights } of implied(report)) {
      const name = formName(form);
      const all = weights.rows.map((r) => toString(r.weight)).join(' + ');
      const funds = weights.fundsWeight ? toString(weights.fundsWeight) : null;
      const whole = toString(weights.whole);
      const how = {
        zh: `表中未列各指标分值，按（实际值÷指标值）×分值计分，由各项得分反推分值为 ${all}${funds ? `，与预算执行分值${funds}` : ''}合计${whole}`,
        en: `the form prints no indicator weights and scores each as (actual ÷ target) × weight; the scores imply weights ${all}${funds ? `, which with the budget-execution weight ${funds}` : ''} add up to ${whole}`,
      };
      for (const row of weights.rows) {
        if (compare(row.score, row.weight) <= 0) continue;
        const ind = form.indicators[row.index]!;
        const w = toString(row.weight);
        const s = ind.raw.score ?? toString(row.score);
        const formula = `${w} × ${toString(row.actual.value)} ÷ ${toString(row.target.value)}`;
        findings.push(
          finding(this, {
            message: `${name.zh}指标「${ind.name}」得分${s}（≈ ${formula}），超过其隐含分值${w}（${how.zh}）。`,
            messageEn: `In ${name.en}, indicator “${ind.name}” scores ${s} (≈ ${formula}), more than its implied weight ${w} (${how.en}).`,
            expected: Number(w),
            actual: ind.score,
            evidence: [
              indicatorCell(form, row.index, 'score', ind.raw.score),
              indicatorCell(form, row.index, 'actual', ind.actual),
              indicatorCell(form, row.index, 'target', ind.target),
              ...(weights.fundsIndex !== null ? [fundsCell(form, weights.fundsIndex, 'weight', fundsText(form.funds[weights.fundsIndex]!, 'weight'))] : []),
            ],
            details: { formId: form.id, indicator: ind.name, level1: ind.level1, level2: ind.level2, impliedWeight: w, impliedWeights: all },
          }),
        );
      }
    }
    return findings;
  },
};
