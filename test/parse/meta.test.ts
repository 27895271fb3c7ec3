import { describe, expect, it } from 'vitest';
import { readMeta, readTitle, readYear } from '../../src/parse/meta.js';
import { docOfLines, SEED_META } from './support.js';

describe('report metadata', () => {
  it('joins a title broken over two lines', () => {
    const { blocks } = docOfLines('2022年度神星镇人民政府（部门）', '整体绩效自评工作报告', '一、绩效自评工作组织开展情况');
    expect(readTitle(blocks)).toEqual({ title: '2022年度神星镇人民政府（部门）整体绩效自评工作报告', blocks: [0, 1], furniture: [] });
  });

  it('has no title when the text opens with a salutation, a sentence or a heading', () => {
    expect(readTitle(docOfLines('固始县某指挥部:', '根据文件精神，现将报告如下：').blocks).title).toBeNull();
    expect(readTitle(docOfLines('一、绩效目标分解下达情况').blocks).title).toBeNull();
  });

  it('reads the year from 年度 first, never from a date', () => {
    expect(readYear('2022年度神星镇人民政府', '')).toBe(2022);
    expect(readYear(null, '项目支出绩效自评表(2020 年度)')).toBe(2020);
    expect(readYear(null, '现将2024年固始县祖师庙镇项目报告如下。2025年12月30日')).toBe(2024);
    expect(readYear(null, '2025年12月30日')).toBeNull();
  });

  it('reads entity, township, county and kind of a township summary', () => {
    const { blocks } = docOfLines('2022年度神星镇人民政府（部门）', '整体绩效自评工作报告', '根据满城区财政局下发的通知');
    expect(readMeta(blocks, '2022年度神星镇人民政府（部门）整体绩效自评工作报告', 1, [24])).toEqual(SEED_META);
  });

  it('tells department summaries, project forms and single-project pages apart', () => {
    const dept = docOfLines('中共南县县委宣传部2024年度项目支出绩效评价报告', '根据南县财政局通知');
    expect(readMeta(dept.blocks, '中共南县县委宣传部2024年度项目支出绩效评价报告', 1, [4])).toMatchObject({ entity: '中共南县县委宣传部', kind: 'department-summary', county: '南县', township: null });
    const form = docOfLines('项目支出绩效自评表', '一级指标');
    expect(readMeta(form.blocks, '项目支出绩效自评表', 0, []).kind).toBe('project-form');
    const single = docOfLines('一、绩效目标', '安排项目资金56万元。', '固始县祖师庙镇人民政府');
    expect(readMeta(single.blocks, null, 0, [])).toMatchObject({ kind: 'other', entity: '固始县祖师庙镇人民政府', county: '固始县' });
  });
});
