/**
 * Rows read in their place, whatever words they share with a header: a department form's
 * `按支出性质分：基本支出` (the heading written in the row's own label cell), an indicator named with
 * a funds word (`预算执行率`), and a weight with a look-alike letter (`1O`) kept unreadable in its column.
 * Each in the one-cell-per-line and the spaces layouts (synthetic forms written for these tests).
 */
import { describe, expect, it } from 'vitest';
import { readForms } from '../../../src/parse/forms/index.js';
import { textDoc } from '../support.js';

const DEPARTMENT: string[][] = [
  ['部门整体支出绩效自评表'],
  ['部门（单位）名称', '某镇人民政府'],
  ['部门整体资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
  ['年度资金总额', '300', '320', '310', '10', '96.88%', '9.69'],
  ['按收入性质分：财政拨款', '280', '300', '290', '—', '—', '—'],
  ['上年结转资金', '20', '20', '20', '—', '—', '—'],
  ['按支出性质分：基本支出', '200', '210', '205', '—', '—', '—'],
  ['项目支出', '100', '110', '105', '—', '—', '—'],
  ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
  ['产出指标（60分）', '数量指标', '重点任务完成率', '≥95%', '98%', '30', '30'],
  ['质量指标', '预算执行率', '≥90%', '96.88%', '30', '30'],
  ['效益指标（30分）', '社会效益指标', '群众办事便利度', '明显提升', '明显提升', '30', '30'],
  ['总分', '100', '99.69'],
];

const layouts: Record<string, (rows: string[][]) => string> = {
  'one cell per line': (rows) => rows.map((r) => r.join('\n')).join('\n\n'),
  'one row per line, cells joined by spaces': (rows) => rows.map((r) => r.join(' ')).join('\n'),
};

describe('rows read in their place', () => {
  for (const [layout, write] of Object.entries(layouts)) {
    it(`${layout}: 按支出性质分：基本支出 is the basic-expense row, labelled without its heading`, () => {
      const [form] = readForms(textDoc(write(DEPARTMENT)).blocks);
      expect(form!.kind).toBe('department');
      expect(form!.funds.map((f) => [f.role, f.initial, f.adjusted, f.executed])).toEqual([
        ['total', 300, 320, 310],
        ['fiscal', 280, 300, 290],
        ['carryover', 20, 20, 20],
        ['basic', 200, 210, 205],
        ['project', 100, 110, 105],
      ]);
      expect(form!.funds.find((f) => f.role === 'basic')!.label).toBe('基本支出');
    });

    it(`${layout}: an indicator named 预算执行率 keeps its name, target and figures`, () => {
      const [form] = readForms(textDoc(write(DEPARTMENT)).blocks);
      expect(form!.indicators.map((i) => [i.level2, i.name, i.target, i.actual, i.weight, i.score])).toEqual([
        ['数量指标', '重点任务完成率', '≥95%', '98%', 30, 30],
        ['质量指标', '预算执行率', '≥90%', '96.88%', 30, 30],
        ['社会效益指标', '群众办事便利度', '明显提升', '明显提升', 30, 30],
      ]);
    });

    it(`${layout}: a weight written 1O is that indicator's weight, unreadable (raw kept, no number), not a new row`, () => {
      const rows = DEPARTMENT.map((r) => (r[1] === '预算执行率' ? ['质量指标', '预算执行率', '≥90%', '96.88%', '3O', '30'] : r));
      const [form] = readForms(textDoc(write(rows)).blocks);
      const names = form!.indicators.map((i) => i.name);
      expect(names).toEqual(['重点任务完成率', '预算执行率', '群众办事便利度']);
      const rate = form!.indicators[1]!;
      expect([rate.weight, rate.raw.weight, rate.score]).toEqual([null, '3O', 30]);
    });
  }

  it('a funds header word inside the indicator block before another label is still no row', () => {
    // a repeated header row (分值 | 得分) in the indicator block names nothing
    const rows = [...DEPARTMENT.slice(0, 10), ['分值', '得分'], ...DEPARTMENT.slice(10)];
    const [form] = readForms(textDoc(layouts['one cell per line']!(rows)).blocks);
    expect(form!.indicators.map((i) => i.name)).toEqual(['重点任务完成率', '预算执行率', '群众办事便利度']);
  });
});
