import { describe, expect, it } from 'vitest';
import { readMeta, readTitle, readYear } from '../../src/parse/meta.js';
import { claimsOf, docOfLines, parseText, SEED_META } from './support.js';

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

describe('metadata of published pages', () => {
  it('skips page furniture: the title is the report’s, printed twice on the page, and furniture is no section', () => {
    const report = parseText(
      [
        '您当前的位置:首页>某县某镇人民政府>政务公开',
        '[ 索引号 ] 1150/2024-00016',
        '[ 发布日期 ] 2024-04-24',
        '字号:【大 中 小】 打印',
        '某县某镇人民政府2023年度绩效自评报告',
        '1、本站资源下载后的文档无水印。',
        '某县某镇人民政府2023年度绩效自评报告',
        '一、基本情况',
        '全年安排项目资金80万元。',
      ].join('\n'),
    );
    expect(report.meta).toMatchObject({ title: '某县某镇人民政府2023年度绩效自评报告', year: 2023, entity: '某县某镇人民政府', township: '某镇', county: '某县', kind: 'township-summary' });
    expect(report.sections.map((s) => s.title)).toEqual(['基本情况']);
  });

  it('joins a broken title, but not with the value of a furniture label', () => {
    const { blocks } = docOfLines('时效性', '有效', '某乡人民政府2021年度项目支出', '绩效自评报告', '一、基本情况');
    expect(readTitle(blocks)).toMatchObject({ title: '某乡人民政府2021年度项目支出绩效自评报告', blocks: [2, 3] });
  });

  it('reads the entity from a labelled cell or line, cut before a glued neighbour label', () => {
    const form = (...lines: string[]) => readMeta(docOfLines('项目支出绩效自评表', ...lines).blocks, '项目支出绩效自评表', 0, []).entity;
    expect(form('单位名称:某市中心医院填报日期:2022年3月18日')).toBe('某市中心医院');
    expect(form('部门:某县明朗中学')).toBe('某县明朗中学');
    expect(form('报送单位：某县林业局')).toBe('某县林业局');
    expect(form('主管部门:某县教育局', '实施单位:某县第一中学')).toBe('某县第一中学');
    expect(form('各部门 积极配合')).toBeNull();
  });

  it('reads a department named at the start of the title, or opening a clause before its year', () => {
    const titled = '某县政协2024年度部门整体支出绩效自评报告';
    expect(readMeta(docOfLines(titled, '一、基本情况').blocks, titled, 0, [])).toMatchObject({ entity: '某县政协', kind: 'department-summary' });
    const untitled = docOfLines('一、项目情况', '(一)某市烈士陵园管理处2022年度共有5个项目,根据某市财政局2023年通知开展自评。');
    expect(readMeta(untitled.blocks, null, 0, [5]).entity).toBe('某市烈士陵园管理处');
  });

  it('reads the publisher in the fullest form the text uses', () => {
    const lines = ['发布日期:2021-10-12 来源:市文化和旅游局', '2020年度绩效评价', '项目全年预算数为50万元。一是东阳市文化和旅游局组织开展活动。'];
    const doc = docOfLines(...lines);
    const title = readTitle(doc.blocks);
    expect(title).toMatchObject({ title: '2020年度绩效评价', furniture: [0] });
    expect(readMeta(doc.blocks, title.title, 0, [], title.furniture)).toMatchObject({ entity: '东阳市文化和旅游局', kind: 'department-summary', year: 2020 });
  });

  it('names a county only when the text bounds it: no sentence fragment, no office words', () => {
    const county = (text: string) => readMeta(docOfLines(text).blocks, null, 0, []).county;
    expect(county('自觉接受县财政局的监督。')).toBeNull();
    expect(county('根据中共忠县县委组织部忠县财政局的批复')).toBe('忠县');
    expect(county('市县财政部门原州区财政局')).toBe('原州区');
    expect(county('根据满城区财政局下发的通知')).toBe('满城区');
  });

  it('tells department forms and titled or untitled summaries apart', () => {
    const kind = (title: string | null, ...lines: string[]) => readMeta(docOfLines(...(title ? [title] : []), ...lines).blocks, title, 0, []).kind;
    expect(kind('2023年度部门整体支出绩效评价自评表', '一级指标')).toBe('department-form');
    expect(kind('某乡人民政府转移支付2022年度绩效自评报告', '安排项目资金50万元。')).toBe('township-summary');
    expect(kind('某区水务局2022年衔接资金项目绩效自评报告', '下达105万元。')).toBe('department-summary');
    expect(kind(null, '******街道对2025年转移支付资金开展自评,现将自评情况报告如下:')).toBe('township-summary');
    expect(kind(null, '某指挥部:', '现将2024年某社区排水沟项目绩效目标自评报告如下:')).toBe('other');
  });

  it('dates a form by its 填报日期 when it states no budget year: the year before', () => {
    expect(readYear(null, '部门整体支出绩效自评表 单位:某镇人民政府 填报日期:2022年2月3日')).toBe(2021);
    expect(readYear(null, '2021年度 填报日期:2022年2月3日')).toBe(2021);
  });
});

describe('Traditional characters', () => {
  it('read as Simplified, while quotes stay as written', () => {
    const report = parseText(['某鎮人民政府2022年度績效自評報告', '一、基本情況', '全年項目資金共計120萬元,其中:甲項目70萬元,乙項目50萬元。'].join('\n'));
    expect(report.meta).toMatchObject({ year: 2022, entity: '某镇人民政府', kind: 'township-summary' });
    const [total] = claimsOf(report, 'totalAmount');
    expect(total).toMatchObject({ value: 120, unit: '万元' });
    expect(total!.quote).toContain('120萬元');
    const [breakdown] = claimsOf(report, 'breakdown');
    expect(breakdown!.value.parts.map((p) => p.value)).toEqual([70, 50]);
    expect(breakdown!.quote).toContain('甲項目70萬元');
  });
});
