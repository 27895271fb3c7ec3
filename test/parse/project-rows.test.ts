import { describe, expect, it } from 'vitest';
import { readProjectRows } from '../../src/parse/project-rows.js';
import { readProjectTable } from '../../src/parse/project-table.js';
import { table } from './support.js';

function rowsOf(grid: string[][], caption: string | null = null) {
  const t = table(grid, 10);
  return readProjectRows(t, readProjectTable(t, caption)!, 't1');
}

describe('project rows', () => {
  const header = ['部门名称', '项目名称', '资金数额（万元）', '实现程度（%）', '自评得分'];

  it('normalises numbers and keeps the cells as written', () => {
    const { projects } = rowsOf([header, ['某镇本级', ' 2022年村党组织活动经费 ', '1,546.024119', '１００％', '95.66分']]);
    expect(projects).toEqual([
      {
        tableId: 't1',
        row: 1,
        department: '某镇本级',
        name: '2022年村党组织活动经费',
        nameKey: expect.any(String),
        amount: 1546.024119,
        amountUnit: '万元',
        amountYuan: 15460241.19,
        completion: 100,
        score: 95.66,
        raw: { amount: '1,546.024119', completion: '１００％', score: '95.66分' },
        location: { line: 11, row: 1 },
      },
    ]);
  });

  it('reads null markers as null (never 0) and unreadable cells as null with their raw text', () => {
    const { projects } = rowsOf([header, ['镇', '甲', '—', '/', ''], ['', '乙', '约12', '0%', '0']]);
    expect(projects.map((p) => [p.amount, p.completion, p.score, p.raw.amount])).toEqual([
      [null, null, null, '—'],
      [null, 0, 0, '约12'],
    ]);
    // a department cell left blank repeats the one above (merged cells flattened)
    expect(projects[1]!.department).toBe('镇');
  });

  it('turns 合计 rows into table totals, skips subtotals and repeated headers', () => {
    const { projects, totals } = rowsOf([
      ['项目明细表', '', '', '', ''],
      header,
      ['镇', '甲', '10', '100%', '100'],
      header,
      ['镇', '乙', '5.5', '50%', '80'],
      ['小计', '', '15.5', '', ''],
      ['合计', '', '15.5', '', ''],
    ]);
    expect(projects.map((p) => p.name)).toEqual(['甲', '乙']);
    expect(projects.map((p) => p.row)).toEqual([1, 2]);
    expect(totals.map((t) => t.claim)).toEqual([{ type: 'tableTotal', value: 15.5, unit: '万元', tableId: 't1' }]);
    expect(totals[0]!.location).toEqual({ line: 16, row: 6 });
  });

  it('converts 元 exactly and lets a unit in the cell win', () => {
    const { projects } = rowsOf([['项目', '金额（元）'], ['甲', '27,356,490.88'], ['乙', '3万元']]);
    expect(projects.map((p) => [p.amount, p.amountUnit, p.amountYuan])).toEqual([
      [27356490.88, '元', 27356490.88],
      [3, '万元', 30000],
    ]);
  });
});
