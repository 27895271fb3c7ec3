// A numeric 实际完成值 that misses its numeric 年度指标值 (≥90% target, 85% actual) should cost points; full marks on a missed target suggests the form was scored without reading it.
import { compare, type Decimal } from '../../decimal.js';
import type { Finding, Indicator, Report } from '../../model.js';
import { finding } from '../finding.js';
import { formName, indicatorCell, written } from '../forms.js';
import { readActual, readTarget, type Direction } from '../figures.js';
import type { Rule } from '../rule.js';

export { readActual, readTarget } from '../figures.js';

function missed(direction: Direction, target: Decimal, actual: Decimal): boolean {
  const c = compare(actual, target);
  return direction === 'atLeast' ? c < 0 : direction === 'atMost' ? c > 0 : c !== 0;
}

const DIRECTION_WORDS: Record<Direction, { zh: string; en: string }> = {
  atLeast: { zh: '低于', en: 'falls short of' },
  atMost: { zh: '超过', en: 'exceeds' },
  exact: { zh: '不等于', en: 'does not equal' },
};

function judged(report: Report) {
  return report.forms.flatMap((form) =>
    form.indicators.flatMap((ind, index) => {
      const target = readTarget(ind.target);
      const actual = readActual(ind.actual);
      if (!target || !actual) return [];
      // Units must match; a bare actual percentage is read in the target's %.
      const unit = actual.unit === '' && target.figure.unit === '%' ? '%' : actual.unit;
      if (unit !== target.figure.unit) return [];
      return [{ form, ind, index, target, actual }];
    }),
  );
}

function fullMarks(ind: Indicator): boolean {
  const weight = written(ind.weight, ind.raw.weight);
  const score = written(ind.score, ind.raw.score);
  return weight !== null && score !== null && weight.units > 0n && compare(score, weight) >= 0;
}

/**
 * Only numbers with a stated direction and the same unit are compared; text targets (效果明显, 逐步提高)
 * are never judged, and a missed target that lost points was scored as it should be. Points deducted on a
 * met target are a judgement call and raise nothing.
 */
export const indicatorTargetMissed: Rule = {
  code: 'indicator-target-missed',
  severity: 'warning',
  title: { zh: '未达指标值却得满分', en: 'Missed target with full marks' },
  checks: {
    zh: '自评表中实际完成值（数字）未达到年度指标值（≥、≤、=加数字，单位相同）却得了满分——满分说明评分没有依据实际完成情况；文字指标不作判断。',
    en: 'A form’s numeric actual value misses its numeric target (≥, ≤ or = a figure, same unit) yet scores full marks — the score was not based on what was achieved; text targets are never judged.',
  },
  needs(report) {
    if (report.forms.length === 0) return 'no-form';
    return judged(report).some(({ ind }) => ind.weight !== null && ind.score !== null) ? null : 'no-numeric-targets';
  },
  check(report) {
    const findings: Finding[] = [];
    for (const { form, ind, index, target, actual } of judged(report)) {
      if (!missed(target.direction, target.figure.value, actual.value) || !fullMarks(ind)) continue;
      const name = formName(form);
      const words = DIRECTION_WORDS[target.direction];
      findings.push(
        finding(this, {
          message: `${name.zh}指标「${ind.name}」实际完成值${ind.actual}${words.zh}年度指标值${ind.target}，却得满分${ind.raw.score ?? ind.score}。`,
          messageEn: `In ${name.en}, indicator “${ind.name}” achieved ${ind.actual}, which ${words.en} its target ${ind.target}, yet scores full marks (${ind.raw.score ?? ind.score}).`,
          expected: ind.target,
          actual: ind.actual,
          evidence: [
            indicatorCell(form, index, 'actual', ind.actual),
            indicatorCell(form, index, 'target', ind.target),
            indicatorCell(form, index, 'score', ind.raw.score),
          ],
          details: { formId: form.id, indicator: ind.name, direction: target.direction, unit: target.figure.unit },
        }),
      );
    }
    return findings;
  },
};
