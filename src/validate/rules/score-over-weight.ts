// An indicator's 得分 can never exceed its 分值: a score above the weight inflates the total and shows the form was not scored by its own rules.
import { compare } from '../../decimal.js';
import type { Finding, Report } from '../../model.js';
import { finding } from '../finding.js';
import { formName, indicatorCell, written } from '../forms.js';
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

export const scoreOverWeight: Rule = {
  code: 'score-over-weight',
  severity: 'error',
  title: { zh: '指标得分超过分值', en: 'Indicator score above its weight' },
  checks: {
    zh: '自评表每个绩效指标的得分是否不超过其分值——超过分值的得分会抬高总分，说明评分未按规则进行。',
    en: 'No indicator of a form scores more than its weight — a score above the weight inflates the total and shows the form was not scored by its own rules.',
  },
  needs(report) {
    if (report.forms.length === 0) return 'no-form';
    return scored(report).length > 0 ? null : 'no-indicator-scores';
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
    return findings;
  },
};
