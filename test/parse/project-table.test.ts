import { describe, expect, it } from 'vitest';
import { columnRole, isHeaderRow, readProjectTable } from '../../src/parse/project-table.js';
import { table } from './support.js';

describe('project tables', () => {
  it('recognises header roles by synonyms and reads units', () => {
    const t = table([['部门名称', '项目名称', '资金数额（万元）', '12月底绩效目标实现程度（%）', '自评得分'], ['甲', '乙', '1', '100%', '90']], 1);
    const layout = readProjectTable(t, null)!;
    expect(layout.columns.map((c) => [c.role, c.unit])).toEqual([
      ['department', null],
      ['name', null],
      ['amount', '万元'],
      ['completion', '%'],
      ['score', null],
    ]);
    expect(layout.amountUnit).toBe('万元');
    expect(columnRole('序号')).toBe('index');
    expect(columnRole('实施单位')).toBe('department');
    expect(columnRole('安排资金（元）')).toBe('amount');
    expect(columnRole('执行率')).toBe('completion');
    expect(columnRole('得分')).toBe('score');
    expect(columnRole('项目')).toBe('name');
  });

  it('finds the header under a title row and takes the unit from a caption', () => {
    const t = table([['2022年项目明细表', '', ''], ['项目', '预算数', '完成率'], ['甲', '12', '100%']], 1);
    const layout = readProjectTable(t, '单位：元')!;
    expect(layout.headerRow).toBe(1);
    expect(layout.amountUnit).toBe('元');
  });

  it('does not take indicator or funds tables of a project form', () => {
    expect(readProjectTable(table([['一级指标', '二级指标', '三级指标', '指标值', '分值', '得分'], ['产出指标', '数量指标', '人数', '8', '10', '10']], 1), null)).toBeNull();
    const form = table([['项目名称', '演出设备更新专项经费', '主管部门', '新洲区楚剧团', '项目资金(万元)'], ['年初预算数', '全年预算数', '全年执行数', '分值', '得分']], 1);
    expect(readProjectTable(form, null)).toBeNull();
    expect(isHeaderRow(['项目名称', '演出设备更新专项经费', '主管部门', '新洲区楚剧团', '实施单位', '文旅局', '项目资金(万元)'])).toBe(false);
  });
});
