/** cost-over-funds: a total cost in money larger than all the money the form reports; never unit costs, never an unread total. */
import { describe, expect, it } from 'vitest';
import { validate } from '../../../src/validate/index.js';
import type { FundsRow, Indicator, Report } from '../../../src/model.js';
import { expectValidReport } from '../../support/schema.js';
import { buildForm, formReport, fundsRow, indicator } from '../support.js';

const of = (r: Report, code: string) => r.findings.filter((f) => f.code === code);
const cost = (name: string, target: string | null, actual: string | null): Indicator => indicator('产出指标', name, target, actual, 10, 10, { level2: '成本指标' });
const funds300: FundsRow[] = [fundsRow('total', [300, 300, 280], { weight: 10, rate: '93.33%', score: 9.33 }), fundsRow('fiscal', [300, 300, 280])];

function check(indicators: Indicator[], funds: FundsRow[] = funds300, unit: '万元' | '元' | null = '万元'): Report {
  const report = validate(formReport([buildForm({ unit, funds, indicators })]));
  expectValidReport(report);
  return report;
}

describe('cost-over-funds', () => {
  it('a road cost of 520万元 on a form with 300万元 at most', () => {
    const report = check([indicator('产出指标', '新建道路', '≥5公里', '5.2公里', 10, 10, { level2: '数量指标' }), cost('道路建设成本', '≤520万元', '500万元')]);
    const [f, ...more] = of(report, 'cost-over-funds');
    expect(more).toEqual([]);
    expect(f).toMatchObject({ severity: 'warning', expected: 300, actual: 520 });
    expect(f!.message).toContain('≤520万元、500万元');
    expect(f!.evidence.map((e) => (e.kind === 'formCell' ? `${e.part}.${e.index}.${e.field}` : e.kind))).toEqual([
      'indicator.1.target',
      'indicator.1.actual',
      'funds.0.initial',
    ]);
    expect(report.summary.checks.find((c) => c.code === 'cost-over-funds')).toMatchObject({ ran: true });
  });

  it('元 against 万元, exactly: 2,800,000元 fits in 300万元, 3,000,001元 does not', () => {
    expect(of(check([cost('项目总成本', '2800000元', '2800000元')]), 'cost-over-funds')).toEqual([]);
    expect(of(check([cost('项目总成本', '≤3000000元', null)]), 'cost-over-funds')).toEqual([]);
    expect(of(check([cost('项目总成本', '3000001元', null)]), 'cost-over-funds')).toHaveLength(1);
  });

  it('a form kept in 元 against a cost in 万元', () => {
    const funds = [fundsRow('total', [null, 3000000, 3000000], { weight: 10 })];
    expect(of(check([cost('工程成本', '320万元', '320万元')], funds, '元'), 'cost-over-funds')).toMatchObject([{ expected: 3000000, actual: 3200000 }]);
  });

  it('never a unit cost', () => {
    const report = check([
      cost('每公里造价', '500万元', '500万元'),
      cost('道路单价', '400万元', '400万元'),
      cost('补助标准', '600万元', '600万元'),
      cost('人均补助', '500元/人', '500元/人'),
      indicator('产出指标', '亩均投入', '800万元', '800万元', 10, 10, { level2: '成本指标' }),
    ]);
    expect(of(report, 'cost-over-funds')).toEqual([]);
  });

  it('never a money figure outside a cost indicator, nor a text cost', () => {
    const report = check([
      indicator('产出指标', '带动投资', '1000万元', '1200万元', 10, 10, { level2: '数量指标' }),
      cost('成本控制', '不超过预算', '未超预算'),
      cost('成本节约率', '100%', '100%'),
    ]);
    expect(of(report, 'cost-over-funds')).toEqual([]);
  });

  it('the money of a source counts when the total row is 0', () => {
    const funds = [fundsRow('total', [0, 0, 0], { weight: 10 }), fundsRow('fiscal', [202.64, 132.912, 132.912])];
    expect(of(check([cost('项目总成本', '≤202.6万元', '132.9')], funds), 'cost-over-funds')).toEqual([]);
    expect(of(check([cost('项目总成本', '≤210万元', '132.9')], funds), 'cost-over-funds')).toHaveLength(1);
  });

  it('never when the total is unread, or the form has no unit for its funds', () => {
    const unread = [fundsRow('total', [null, null, 280], { weight: 10 }), fundsRow('fiscal', [300, 300, 280])];
    const report = check([cost('道路建设成本', '520万元', '520万元')], unread);
    expect(of(report, 'cost-over-funds')).toEqual([]);
    expect(report.summary.checks.find((c) => c.code === 'cost-over-funds')).toMatchObject({ ran: false, reason: 'no-cost-amounts' });
    expect(of(check([cost('道路建设成本', '520万元', '520万元')], funds300, null), 'cost-over-funds')).toEqual([]);
  });

  it('a cost within the funds raises nothing', () => {
    expect(of(check([cost('道路建设成本', '≤300万元', '280万元')]), 'cost-over-funds')).toEqual([]);
  });
});
