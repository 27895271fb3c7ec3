/**
 * goal-target-mismatch: the 年度总体目标 plans a quantity of a thing, the indicator for that thing targets
 * another quantity in the same unit, and no indicator carries the goal's figure. Conservative: different
 * units, several or approximate quantities, or words that do not match raise nothing.
 */
import { describe, expect, it } from 'vitest';
import { validate } from '../../../src/validate/index.js';
import type { Indicator, Report } from '../../../src/model.js';
import { goalQuantities, sameThing } from '../../../src/validate/rules/goal-target-mismatch.js';
import { expectValidReport } from '../../support/schema.js';
import { buildForm, formReport, fundsRow, indicator } from '../support.js';

const of = (r: Report, code: string) => r.findings.filter((f) => f.code === code);

const quantity = (name: string, target: string | null, actual: string | null = target): Indicator =>
  indicator('产出指标', name, target, actual, 8, 8, { level2: '数量指标' });

/** A seedling project shaped like the fused OCR forms: two goal clauses, two quantity indicators, one unread. */
function seedlings(planned: string, rows: Indicator[] = [quantity('指标1免费发放核桃苗木', '15万株'), quantity('指标2合作社自行培育苗木', '5万株')]): Report {
  const form = buildForm({
    funds: [fundsRow('total', [null, 100, 90], { rate: '90%' })],
    goals: { planned, achieved: null },
    indicators: [
      ...rows,
      quantity('指标3育苗基地', null),
      indicator('产出指标', '指标1苗木成活率', '≥90%', '92%', 8, 8, { level2: '质量指标' }),
      indicator('效益指标', '指标1带动种植户增收', '≥300万元', '320万元', 8, 8, { level2: '经济效益指标' }),
    ],
  });
  const report = validate(formReport([form]));
  expectValidReport(report);
  return report;
}

const PLAN = '一是通过招标采购，采购核桃苗木12万株，免费发放给种植户，新栽核桃园600亩；二是合作社自行培育苗木5万株，建成育苗基地80亩。';

describe('goal quantities and words', () => {
  it('reads each quantity in a unit with its clause, and no quantity glued to a longer unit', () => {
    expect(goalQuantities(PLAN, '万株').map((q) => [q.value.units, q.clause, q.inexact])).toEqual([
      [12n, '采购核桃苗木12万株', false],
      [5n, '二是合作社自行培育苗木5万株', false],
    ]);
    expect(goalQuantities('培训农民500人次', '人')).toEqual([]);
    expect(goalQuantities('发放约12万株', '万株')[0]!.inexact).toBe(true);
    expect(goalQuantities('建成200-300亩', '亩').every((q) => q.inexact)).toBe(true);
  });

  it('two shared words make the same thing; generic words do not count', () => {
    expect(sameThing('采购核桃苗木12万株', '指标1免费发放核桃苗木')).toBe(true);
    expect(sameThing('新建道路524m', '指标2:新建围栏')).toBe(false);
    expect(sameThing('采购花椒苗8万株', '指标1免费发放核桃苗木')).toBe(false);
  });
});

describe('goal-target-mismatch', () => {
  it('12万株 in the goal, 15万株 in the indicator for the same seedlings; 5万株 agrees', () => {
    const report = seedlings(PLAN);
    const [f, ...more] = of(report, 'goal-target-mismatch');
    expect(more).toEqual([]);
    expect(f).toMatchObject({ severity: 'warning', expected: 12, actual: 15, details: { indicator: '指标1免费发放核桃苗木', unit: '万株' } });
    expect(f!.message).toContain('采购核桃苗木12万株');
    expect(f!.evidence.map((e) => (e.kind === 'formCell' ? `${e.part}.${e.index}.${e.field}` : e.kind))).toEqual(['goals.0.planned', 'indicator.0.target']);
    expect(report.summary.checks.find((c) => c.code === 'goal-target-mismatch')).toMatchObject({ ran: true });
  });

  it('nothing when the goal states the targets', () => {
    expect(of(seedlings(PLAN.replace('12万株', '15万株')), 'goal-target-mismatch')).toEqual([]);
  });

  it('nothing when an indicator carries the goal figure (as its actual)', () => {
    const rows = [quantity('指标1免费发放核桃苗木', '15万株', '12万株'), quantity('指标2合作社自行培育苗木', '5万株')];
    expect(of(seedlings(PLAN, rows), 'goal-target-mismatch')).toEqual([]);
  });

  it('nothing when the units differ', () => {
    const rows = [quantity('指标1免费发放核桃苗木', '150000株'), quantity('指标2合作社自行培育苗木', '50000株')];
    expect(of(seedlings(PLAN, rows), 'goal-target-mismatch')).toEqual([]);
  });

  it('nothing when several goal figures, or several targets, are left unmatched', () => {
    expect(of(seedlings(PLAN.replace('5万株', '6万株')), 'goal-target-mismatch')).toEqual([]);
    const rows = [quantity('指标1免费发放核桃苗木', '15万株'), quantity('指标2合作社自行培育苗木', '5万株'), quantity('指标3补植核桃苗木', '9万株')];
    expect(of(seedlings(PLAN, rows), 'goal-target-mismatch')).toEqual([]);
  });

  it('nothing when the goal figure is approximate or a bound', () => {
    expect(of(seedlings(PLAN.replace('12万株', '约12万株')), 'goal-target-mismatch')).toEqual([]);
    expect(of(seedlings(PLAN.replace('12万株', '12万株以上')), 'goal-target-mismatch')).toEqual([]);
  });

  it('nothing when the words do not match', () => {
    expect(of(seedlings(PLAN.replace('采购核桃苗木12万株', '采购花椒种子12万株')), 'goal-target-mismatch')).toEqual([]);
  });

  it('never percentages, money or years', () => {
    const plan = '苗木成活率达到85%，带动种植户增收280万元，2023年底前完成，采购核桃苗木15万株，合作社自行培育苗木5万株。';
    expect(of(seedlings(plan), 'goal-target-mismatch')).toEqual([]);
  });

  it('a road form whose goal lengths equal its targets (524m, 5719m, 14.7km)', () => {
    const form = buildForm({
      funds: [fundsRow('total', [null, 372.29, 372.29], { rate: '100%' })],
      goals: { planned: '新建道路524m，硬化道路5719m，人行便道硬化14.7km。', achieved: null },
      indicators: [quantity('指标1:新建道路', '524m'), quantity('指标2:硬化道路', '5719m'), quantity('指标3:人行便道硬化', '14.7km')],
    });
    expect(of(validate(formReport([form])), 'goal-target-mismatch')).toEqual([]);
    const longer = { ...form, goals: { planned: '新建道路600m，硬化道路5719m，人行便道硬化14.7km。', achieved: null } };
    expect(of(validate(formReport([longer])), 'goal-target-mismatch')).toMatchObject([{ expected: 600, actual: 524 }]);
  });
});
