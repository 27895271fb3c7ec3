/** OCR text of a form with its cells fused: headers broken over cells, rows glued into runs, a glued 总分. */
import { describe, expect, it } from 'vitest';
import { readForms } from '../../../src/parse/forms/index.js';
import { readFusedRun } from '../../../src/parse/forms/fused-rows.js';
import { gluedColumns } from '../../../src/parse/forms/glued-columns.js';
import { splitFusedTotal } from '../../../src/parse/forms/fused-total.js';
import { textDoc } from '../support.js';

const AFTER_NAME = ['target', 'actual', 'weight', 'score'] as const;

describe('fused indicator rows', () => {
  it('splits a run of rows, each name + target + actual + weight + score, when one reading fits', () => {
    const run = readFusedRun('道路硬化长度12公里12公里3030群众出行便利度达标达标2018', { columns: AFTER_NAME, groupWeight: null, note: false });
    expect(run.tail).toBeNull();
    expect(run.rows.map((r) => [r.name, r.values.target, r.values.actual, r.values.weight, r.values.score])).toEqual([
      ['道路硬化长度', '12公里', '12公里', '30', '30'],
      ['群众出行便利度', '达标', '达标', '20', '18'],
    ]);
  });

  it('takes the weight first when the form puts it first, bounded by the group weight', () => {
    // 6 | 300吨 | 300吨 | 6: a weight of 63 is above the group's 30
    const run = readFusedRun('秸秆回收量6300吨300吨6', { columns: ['weight', 'target', 'actual', 'score'], groupWeight: 30, note: false });
    expect(run.rows.map((r) => r.values)).toEqual([{ weight: '6', target: '300吨', actual: '300吨', score: '6' }]);
    // without the bound, 63 | 00吨 is still no reading (a zero glued to a digit), so it reads the same
    expect(readFusedRun('秸秆回收量6300吨300吨6', { columns: ['weight', 'target', 'actual', 'score'], groupWeight: null, note: false }).rows).toHaveLength(1);
  });

  it('leaves a run unread when two readings fit, or when the figures are garbled', () => {
    // 1 | 5% … or 15%: the weight and the target share digits with no bound to tell them apart
    const twoWays = readFusedRun('覆盖率115%15%1', { columns: ['weight', 'target', 'actual', 'score'], groupWeight: null, note: false });
    expect(twoWays.rows).toEqual([]);
    expect(twoWays.tail).toBe('覆盖率115%15%1');
    // ≥ read as '$': the rows before it are read, the garbled one is left as it is
    const garbled = readFusedRun('培训人次5200人次200人次5合格率5290$290%5', { columns: ['weight', 'target', 'actual', 'score'], groupWeight: 20, note: false });
    expect(garbled.rows.map((r) => r.name)).toEqual(['培训人次']);
    expect(garbled.tail).toBe('合格率5290$290%5');
  });

  it('stays small on long or hostile runs: one reading per position, and a run of a page is left unread', () => {
    const digits = '甲' + '1'.repeat(300) + '件' + '2'.repeat(290);
    const started = Date.now();
    expect(readFusedRun(digits, { columns: AFTER_NAME, groupWeight: null, note: true }).rows).toEqual([]);
    const rows = Array.from({ length: 60 }, (_, i) => `检查项目${'甲乙丙丁'[i % 4]}${i}次${i}次55`).join('');
    expect(readFusedRun(rows.slice(0, 590), { columns: AFTER_NAME, groupWeight: null, note: false }).rows.length).toBeGreaterThan(0);
    expect(readFusedRun(rows, { columns: AFTER_NAME, groupWeight: null, note: false }).rows).toEqual([]);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('reads the fused block of a form: broken header, levels, empty template rows, a glued 总分', () => {
    const text = [
      '项目名称乡村道路维护经费主管部门某某县交通运输局实施单位某某县公路站',
      '项目资金(万元)年初预算数全年预算数全年执行数分值执行率得分年度资金总额505050010100%10',
      '绩效指标一级指标二级指标三级指标年度 指标值实际 完成值分 值得 分偏差原因分析 及改进措施',
      '产出指标数量指标道路硬化长度12公里12公里3030质量指标验收合格率100%100%2020指标2:时效指标指标1:',
      '满意度指标服务对象满意度指标群众满意度95%96%2020总分10090',
    ].join('\n');
    const [form] = readForms(textDoc(text).blocks);
    expect(form!.indicators.map((i) => [i.level1, i.level2, i.name, i.target, i.actual, i.weight, i.score])).toEqual([
      ['产出指标', '数量指标', '道路硬化长度', '12公里', '12公里', 30, 30],
      ['产出指标', '质量指标', '验收合格率', '100%', '100%', 20, 20],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '95%', '96%', 20, 20],
    ]);
    expect([form!.total?.weight, form!.total?.score]).toEqual([100, 90]);
  });
});

describe('pieces of a fused form', () => {
  it('joins an indicator header OCR broke over cells, only when header words cover it end to end', () => {
    expect(gluedColumns('年度指标值实际完成值分值得分偏差原因分析及改进措施')).toEqual(['target', 'actual', 'weight', 'score', 'note']);
    expect(gluedColumns('指标值实际值(B)得分')).toEqual(['target', 'actual', 'score']);
    expect(gluedColumns('分值得分产出')).toBeNull();
  });

  it('splits a glued 总分 only one way', () => {
    expect(splitFusedTotal('10098')).toEqual({ weight: '100', score: '98' });
    expect(splitFusedTotal('9590')).toEqual({ weight: '95', score: '90' }); // 9 | 590 is above its weight
    expect(splitFusedTotal('1000')).toBeNull(); // 100 | 0 or 10 | 00: a glued zero is no score anyone can be sure of
  });

  it('reads a total stated beside the title and a goal written without 预期目标 headers', () => {
    const text = [
      '某某项目绩效目标自评表(2022年度)项目总得分96分项目名称某某项目实施单位某某中心',
      '资金情况(万元)年度资金总额全年预算数全年执行数执行率',
      '年度总体目标完成村道维修20公里',
      '绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分',
      '产出指标(50分)数量指标维修里程1020公里20公里10',
    ].join('\n');
    const [form] = readForms(textDoc(text).blocks);
    expect(form!.total).toMatchObject({ weight: null, score: 96 });
    expect(form!.goals).toEqual({ planned: '完成村道维修20公里', achieved: null });
  });
});
