// A form's 总分 得分 must be the funds 得分 plus every indicator's 得分: a total that is not the sum of its parts was not derived from the evaluation it reports.
import { add, agreesAtPrecision, compare, roundTo, shift, toNumber, toString, type Decimal } from '../../decimal.js';
import type { Evidence, Finding, Form, Report } from '../../model.js';
import { finding } from '../finding.js';
import { blank, fundsCell, fundsText, fundsTotal, formName, indicatorCell, isPositive, ratio, statedRate, totalCell, weightedIndicators, written } from '../forms.js';
import type { Rule } from '../rule.js';
import { denominators } from './execution-rate-mismatch.js';

/**
 * The funds part of the total: its 得分, or — when that cell is blank but the row has a 分值 and a rate —
 * 分值 × 执行率 (capped), so a total that silently drops the funds score (hb_xinzhou) is still caught.
 * Null when neither can be had (the total is then not judged); zero when the form has no funds weight at all.
 */
function fundsScore(form: Form): { value: Decimal; derived: boolean; index: number | null } | null {
  const funds = fundsTotal(form);
  if (!funds) return { value: { units: 0n, scale: 0 }, derived: false, index: null };
  const { row, index } = funds;
  const score = written(row.score, row.raw.score);
  if (score) return { value: score, derived: false, index };
  const weight = written(row.weight, row.raw.weight);
  // no 分值 on the funds row (cq_zhongxian) or a 0: the total has no funds part; an unreadable 分值 stops the check
  if (weight === null) return blank(row.raw.weight) ? { value: { units: 0n, scale: 0 }, derived: false, index: null } : null;
  if (!isPositive(weight)) return { value: { units: 0n, scale: 0 }, derived: false, index: null };
  const rate = statedRate(row);
  if (rate) {
    const percent = rate.per === 100 ? rate.decimal : shift(rate.decimal, 2);
    const product = shift({ units: weight.units * percent.units, scale: weight.scale + percent.scale }, -2);
    return { value: compare(product, weight) > 0 ? weight : product, derived: true, index };
  }
  const executed = written(row.executed, row.raw.executed);
  const budget = denominators(row)[0];
  if (!executed || !budget) return null;
  if (compare(executed, budget.value) >= 0) return { value: weight, derived: true, index };
  return { value: ratio(executed, budget.value, weight, 4)!, derived: true, index };
}

function comparison(form: Form) {
  if (!form.total) return null;
  const stated = written(form.total.score, form.total.raw.score);
  const rows = weightedIndicators(form);
  if (!stated || rows === null || rows.length === 0) return null;
  if (rows.some(({ ind }) => ind.score === null || !Number.isFinite(ind.score))) return null;
  const funds = fundsScore(form);
  if (!funds) return null;
  return { stated, rows, funds };
}

export const totalScoreMismatch: Rule = {
  code: 'total-score-mismatch',
  severity: 'error',
  title: { zh: '总分与各项得分之和不符', en: 'Total score is not the sum of the scores' },
  checks: {
    zh: '自评表总分的得分是否等于预算执行得分加各指标得分（按总分所写精度）——不等说明总分不是由评分得出，或漏计了某部分；只在各项得分都已读出时核对。',
    en: 'A form’s 总分 score equals the budget-execution score plus the indicator scores (at the total’s precision) — otherwise the total was not derived from the scoring, or a part was left out; judged only when every score was read.',
  },
  needs(report: Report) {
    if (report.forms.length === 0) return 'no-form';
    return report.forms.some((f) => comparison(f) !== null) ? null : 'no-total-score';
  },
  check(report) {
    const findings: Finding[] = [];
    for (const form of report.forms) {
      const c = comparison(form);
      if (!c) continue;
      const indicators = c.rows.reduce((s, { ind }) => add(s, written(ind.score, ind.raw.score)!), { units: 0n, scale: 0 } as Decimal);
      const total = add(indicators, c.funds.value);
      if (agreesAtPrecision(c.stated, total)) continue;
      const name = formName(form);
      const fundsPart = c.funds.derived
        ? { zh: `预算执行得分空缺（按分值×执行率应为${toString(roundTo(c.funds.value, 2))}）`, en: `the budget-execution score is blank (weight × rate gives ${toString(roundTo(c.funds.value, 2))})` }
        : { zh: `预算执行得分${toString(c.funds.value)}`, en: `the budget-execution score ${toString(c.funds.value)}` };
      const dropped = c.funds.derived && agreesAtPrecision(c.stated, indicators) ? { zh: '，总分恰为各指标得分之和，漏计了预算执行部分', en: '; the total equals the indicator scores alone, leaving out the budget execution' } : { zh: '', en: '' };
      const evidence: Evidence[] = [totalCell(form, 'score')];
      if (c.funds.index !== null) evidence.push(fundsCell(form, c.funds.index, 'score', fundsText(form.funds[c.funds.index]!, 'score')));
      evidence.push(...c.rows.map(({ ind, index }) => indicatorCell(form, index, 'score', ind.raw.score)));
      findings.push(
        finding(this, {
          message: `${name.zh}总分得分为${toString(c.stated)}，但${fundsPart.zh}加${c.rows.length}个指标得分${toString(indicators)}合计${toString(roundTo(total, Math.max(c.stated.scale, 2)))}${dropped.zh}。`,
          messageEn: `In ${name.en}, the 总分 score is ${toString(c.stated)}, but ${fundsPart.en} plus the ${c.rows.length} indicator scores (${toString(indicators)}) add up to ${toString(roundTo(total, Math.max(c.stated.scale, 2)))}${dropped.en}.`,
          expected: toNumber(roundTo(total, Math.max(c.stated.scale, 2))),
          actual: form.total!.score,
          evidence,
          details: { formId: form.id, indicatorScores: toString(indicators), fundsScore: toString(roundTo(c.funds.value, 4)), fundsScoreDerived: c.funds.derived },
        }),
      );
    }
    return findings;
  },
};
