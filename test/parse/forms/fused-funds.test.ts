/**
 * A 项目基本信息 table fused into one run of text (texts written for these
 * tests): the column totals are the figures after their labels, and a
 * source's figures are placed by its label's repeats, once per column.
 */
import { describe, expect, it } from 'vitest';
import type { FundsRow } from '../../../src/model.js';
import { readForms } from '../../../src/parse/forms/index.js';
import { textDoc } from '../support.js';

const view = (r: FundsRow) => [r.label, r.role, r.initial, r.adjusted, r.executed];

function fundsOf(run: string): FundsRow[] {
  const text = ['项目基本信息', `项目实施单位某县农业局主管部门某县人民政府${run}二、绩效评价指标评分`, '一级指标 分值 二级指标 分值 三级指标 分值 得分'].join('\n');
  return readForms(textDoc(text).blocks)[0]?.funds ?? [];
}

describe('a fused 项目基本信息 run', () => {
  it('reads the planned and used totals and each source written once per column', () => {
    const funds = fundsOf(
      '计划投资额(万元)50.00实际到位资金(万元)40.00实际使用情况(万元)36.50其中:中央财政其中:中央财政其中:中央财政省财政预算20.00省财政预算20.00省财政预算18.00市县财政预算30.00市县财政预算20.00市县财政预算18.50其他资金其他资金其他资金',
    );
    expect(funds.map(view)).toEqual([
      ['计划投资额(万元)', 'total', 50, null, 36.5],
      ['中央财政', 'fiscal', null, null, null],
      ['省财政预算', 'fiscal', 20, null, 18],
      ['市县财政预算', 'fiscal', 30, null, 18.5],
      ['其他资金', 'other-income', null, null, null],
    ]);
    expect(funds[0]!.raw.initial).toBe('50.00');
  });

  it('leaves a source unread when its label is not written once per column', () => {
    const funds = fundsOf('计划投资额(万元)50.00实际到位资金(万元)40.00实际使用情况(万元)36.50省财政预算20.00省财政预算18.00市县财政预算30.00市县财政预算20.00市县财政预算18.50');
    expect(funds.map(view)).toEqual([
      ['计划投资额(万元)', 'total', 50, null, 36.5],
      ['省财政预算', 'fiscal', null, null, null],
      ['市县财政预算', 'fiscal', 30, null, 18.5],
    ]);
  });

  it('reads nothing without both a planned and a used column', () => {
    expect(fundsOf('计划投资额(万元)50.00实际到位资金(万元)40.00市县财政预算50.00市县财政预算40.00')).toEqual([]);
  });
});
