/**
 * score-over-weight on forms that print no indicator 分值 but score each indicator as (实际 ÷ 目标) × 分值:
 * the weights the scores imply are used only when each is one whole number and they make up the 总分.
 */
import { describe, expect, it } from 'vitest';
import { parseDecimal, toString } from '../../../src/decimal.js';
import { impliedWeight, impliedWeights } from '../../../src/validate/implied-weights.js';
import { validate } from '../../../src/validate/index.js';
import type { Form, Indicator, Report } from '../../../src/model.js';
import { expectValidReport } from '../../support/schema.js';
import { buildForm, formReport, fundsRow, group, indicator } from '../support.js';

const of = (r: Report, code: string) => r.findings.filter((f) => f.code === code);
const d = (text: string) => parseDecimal(text)!;

/** An indicator row with no 分值 cell and its 得分 as written (`15.0` keeps its decimal). */
function unweightedRow(level1: string, name: string, target: string, actual: string, score: string): Indicator {
  return indicator(level1, name, target, actual, null, Number(score), { raw: { weight: null, score } });
}

/** Funds 20 (400 of 500 spent, 16 points) and five indicators scored (实际 ÷ 目标) × 20, 20, 20, 10, 10. */
function proportional(rows: { income: string; households: string; satisfaction: string }, fundsWeight = 20): Form {
  return buildForm({
    funds: [fundsRow('total', [null, 500, 400], { weight: fundsWeight, rate: '80%', score: 16 }), fundsRow('fiscal', [null, 500, 400])],
    indicators: [
      unweightedRow('产出指标', '培训人数', '200人', '150人', '15.0'),
      unweightedRow('产出指标', '新建基地', '40亩', '30亩', '15.0'),
      unweightedRow('效益指标', '带动增收', '1000', rows.income === 'over' ? '1500' : '800', rows.income === 'over' ? '30.0' : '16.0'),
      unweightedRow('效益指标', '受益户数', '300户', rows.households === 'over' ? '330户' : '270户', rows.households === 'over' ? '11.0' : '9.0'),
      unweightedRow('满意度指标', '满意度', '90%', rows.satisfaction === 'over' ? '95%' : '90%', rows.satisfaction === 'over' ? '10.6' : '10.0'),
    ],
    total: [null, 0],
  });
}

const overScored = () => proportional({ income: 'over', households: 'over', satisfaction: 'over' });
const capped = () => proportional({ income: 'under', households: 'under', satisfaction: 'under' });

describe('implied weights', () => {
  it('one whole weight within the score’s last digit, or none', () => {
    expect(toString(impliedWeight(d('7.3'), d('11442'), d('4164'))!)).toBe('20');
    expect(toString(impliedWeight(d('10.6'), d('90'), d('95'))!)).toBe('10');
    // 8 of 6/15: 19, 20 and 21 all give 8 at no decimals
    expect(impliedWeight(d('8'), d('15'), d('6'))).toBeNull();
    // 7.0 × 11442 ÷ 4164 = 19.2: no whole weight gives 7.0
    expect(impliedWeight(d('7.0'), d('11442'), d('4164'))).toBeNull();
    expect(impliedWeight(d('0'), d('10'), d('0'))).toBeNull();
  });

  it('a form whose scores imply 20 + 20 + 20 + 10 + 10 and funds 20 = 100', () => {
    const weights = impliedWeights(capped());
    expect(weights!.rows.map((r) => toString(r.weight))).toEqual(['20', '20', '20', '10', '10']);
    expect(toString(weights!.whole)).toBe('100');
  });

  it('no weights when they do not make up 100 with the funds 分值', () => {
    expect(impliedWeights(proportional({ income: 'over', households: 'over', satisfaction: 'over' }, 10))).toBeNull();
  });

  it('no weights when one row implies none, or the form prints a weight', () => {
    const form = capped();
    const noWhole = { ...form, indicators: form.indicators.map((ind, i) => (i === 0 ? { ...ind, score: 14.2, raw: { ...ind.raw, score: '14.2' } } : ind)) };
    expect(impliedWeights(noWhole)).toBeNull();
    const printed = { ...form, indicators: form.indicators.map((ind, i) => (i === 0 ? { ...ind, weight: 20, raw: { ...ind.raw, weight: '20' } } : ind)) };
    expect(impliedWeights(printed)).toBeNull();
    const text = { ...form, indicators: form.indicators.map((ind, i) => (i === 1 ? { ...ind, target: '明显提升' } : ind)) };
    expect(impliedWeights(text)).toBeNull();
  });

  it('stated group weights must agree with the implied ones', () => {
    expect(impliedWeights({ ...capped(), groups: [group('产出指标', 40), group('效益指标', 30)] })).not.toBeNull();
    expect(impliedWeights({ ...capped(), groups: [group('产出指标', 30)] })).toBeNull();
  });
});

describe('score-over-weight on implied weights', () => {
  it('three scores above the weights their own formula implies', () => {
    const report = validate(formReport([overScored()]));
    expectValidReport(report);
    const found = of(report, 'score-over-weight');
    expect(found.map((f) => [f.details!.indicator, f.expected, f.actual])).toEqual([
      ['带动增收', 20, 30],
      ['受益户数', 10, 11],
      ['满意度', 10, 10.6],
    ]);
    expect(found[0]!.message).toContain('隐含分值20');
    expect(found[0]!.message).toContain('20 + 20 + 20 + 10 + 10');
    expect(found[0]!.messageEn).toContain('implied weight 20');
    expect(found[0]!.evidence.map((e) => (e.kind === 'formCell' ? `${e.part}.${e.index}.${e.field}` : e.kind))).toEqual([
      'indicator.2.score',
      'indicator.2.actual',
      'indicator.2.target',
      'funds.0.weight',
    ]);
    expect(report.summary.checks.find((c) => c.code === 'score-over-weight')).toMatchObject({ ran: true });
  });

  it('nothing when every score is within its implied weight', () => {
    const report = validate(formReport([capped()]));
    expect(of(report, 'score-over-weight')).toEqual([]);
    expect(report.summary.checks.find((c) => c.code === 'score-over-weight')).toMatchObject({ ran: true });
  });

  it('nothing when the rows do not imply one consistent set of weights', () => {
    const report = validate(formReport([proportional({ income: 'over', households: 'over', satisfaction: 'over' }, 10)]));
    expect(of(report, 'score-over-weight')).toEqual([]);
    expect(report.summary.checks.find((c) => c.code === 'score-over-weight')).toMatchObject({ ran: false, reason: 'no-indicator-scores' });
  });
});
