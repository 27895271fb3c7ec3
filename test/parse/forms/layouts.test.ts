/**
 * One synthetic project form (written for these tests) in every layout forms
 * arrive in: a Word grid with merged cells repeated, one cell per line (with
 * and without tabs, blank cells as a space), rows with cells joined by spaces,
 * the whole form on one line, pipe rows, ` |` cells with a bare `|` for an
 * empty one, and OCR text with labels and figures glued. Each must read to the
 * same funds rows and indicators, or (OCR) to what is sure and nothing else.
 */
import { describe, expect, it } from 'vitest';
import type { Form, TableBlock } from '../../../src/model.js';
import { readForms } from '../../../src/parse/forms/index.js';
import { doc, textDoc } from '../support.js';

// the logical rows of the form; '' is an empty cell
const HEAD: string[][] = [
  ['项目支出绩效自评表'],
  ['（2023年度）'],
  ['项目名称', '乡村道路养护经费'],
  ['主管部门', '某县交通运输局', '实施单位', '某镇人民政府'],
  ['项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
  ['年度资金总额', '50', '48', '45.6', '10', '95%', '9.5'],
  ['其中：当年财政拨款', '50', '48', '45.6', '—', '—', '—'],
  ['上年结转资金', '', '', '', '—', '—', '—'],
  ['其他资金', '', '', '', '—', '—', '—'],
  ['年度总体目标', '预期目标', '实际完成情况'],
  ['', '完成全镇道路日常养护', '已完成全镇道路日常养护'],
  ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
];
const INDICATOR_ROWS: string[][] = [
  ['产出指标（50分）', '数量指标', '养护道路里程', '≥12公里', '12.5公里', '20', '20', ''],
  ['', '质量指标', '养护合格率', '≥95%', '97%', '15', '15', ''],
  ['', '时效指标', '完成及时率', '100%', '100%', '15', '15', ''],
  ['效益指标（30分）', '社会效益指标', '群众出行便利度', '明显改善', '明显改善', '30', '28', '个别路段雨季积水'],
  ['满意度指标（10分）', '服务对象满意度指标', '群众满意度', '≥90%', '93%', '10', '10', ''],
];
const TAIL: string[][] = [['总分', '100', '97.5', '']];
const ROWS = [...HEAD, ...INDICATOR_ROWS, ...TAIL];

function expectStandard(forms: Form[], opts: { goals?: boolean } = {}): void {
  expect(forms).toHaveLength(1);
  const form = forms[0]!;
  expect([form.kind, form.projectName, form.department, form.implementer, form.year, form.unit]).toEqual([
    'project',
    '乡村道路养护经费',
    '某县交通运输局',
    '某镇人民政府',
    2023,
    '万元',
  ]);
  expect(form.funds.map((f) => [f.role, f.initial, f.adjusted, f.executed, f.weight, f.rate, f.score])).toEqual([
    ['total', 50, 48, 45.6, 10, 95, 9.5],
    ['fiscal', 50, 48, 45.6, null, null, null],
    ['carryover', null, null, null, null, null, null],
    ['other-income', null, null, null, null, null, null],
  ]);
  expect(form.indicators.map((i) => [i.level1, i.level2, i.name, i.target, i.actual, i.weight, i.score])).toEqual([
    ['产出指标', '数量指标', '养护道路里程', '≥12公里', '12.5公里', 20, 20],
    ['产出指标', '质量指标', '养护合格率', '≥95%', '97%', 15, 15],
    ['产出指标', '时效指标', '完成及时率', '100%', '100%', 15, 15],
    ['效益指标', '社会效益指标', '群众出行便利度', '明显改善', '明显改善', 30, 28],
    ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '93%', 10, 10],
  ]);
  expect(form.indicators[3]!.note).toBe('个别路段雨季积水');
  expect(form.groups.map((g) => [g.name, g.level, g.weight])).toEqual([
    ['产出指标', 1, 50],
    ['效益指标', 1, 30],
    ['满意度指标', 1, 10],
  ]);
  expect([form.total?.weight, form.total?.score]).toEqual([100, 97.5]);
  if (opts.goals !== false) expect(form.goals).toEqual({ planned: '完成全镇道路日常养护', achieved: '已完成全镇道路日常养护' });
}

describe('a form in each layout', () => {
  it('a Word grid: header cells merged across, the level-1 cell merged down over its indicators', () => {
    const width = 9;
    const pad = (row: string[]) => [...row, ...Array<string>(width - row.length).fill(row.length === 1 ? row[0]! : '')];
    const grid: string[][] = [
      pad(HEAD[0]!),
      pad(HEAD[1]!),
      ['项目名称', '项目名称', ...Array<string>(7).fill('乡村道路养护经费')],
      ['主管部门', '主管部门', '某县交通运输局', '某县交通运输局', '某县交通运输局', '实施单位', '实施单位', '某镇人民政府', '某镇人民政府'],
      ['项目资金（万元）', '项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      ...HEAD.slice(5, 9).map((r) => ['项目资金（万元）', '项目资金（万元）', ...r]),
      ['年度总体目标', '年度总体目标', '预期目标', '预期目标', '预期目标', '预期目标', '实际完成情况', '实际完成情况', '实际完成情况'],
      ['年度总体目标', '年度总体目标', ...Array<string>(4).fill('完成全镇道路日常养护'), ...Array<string>(3).fill('已完成全镇道路日常养护')],
      HEAD[11]!,
      ...INDICATOR_ROWS.map((r, k) => ['绩效指标', r[0] || INDICATOR_ROWS[k < 3 ? 0 : k]![0]!, ...r.slice(1)]),
      ['总分', '总分', '总分', '总分', '总分', '总分', '100', '97.5', ''],
    ];
    const block: TableBlock = {
      type: 'table',
      rows: grid,
      rowLocations: grid.map((_, i) => ({ block: 0, row: i })),
      location: { block: 0 },
      layout: 'docx',
    };
    expectStandard(readForms(doc(block).blocks));
  });

  it('one cell per line, blank cells as a space, rows apart by blank lines', () => {
    const text = ROWS.map((r) => r.map((c) => (c === '' ? ' ' : c)).join('\n')).join('\n\n');
    expectStandard(readForms(textDoc(text).blocks));
  });

  it('one cell per line, each cell prefixed by a tab', () => {
    const text = ROWS.map((r) => r.map((c) => `\t${c}`).join('\n')).join('\n\n');
    expectStandard(readForms(textDoc(text).blocks));
  });

  it('one row per line, cells joined by spaces (blank cells lost), a row of only `30 28`', () => {
    const rows = ROWS.map((r) => r.filter((c) => c !== ''));
    const lines = rows.flatMap((r) => (r[2] === '群众出行便利度' ? [r.slice(0, 5).join(' '), r.slice(5).join(' ')] : [r.join(' ')]));
    expectStandard(readForms(textDoc(lines.join('\n')).blocks), { goals: false });
  });

  it('the whole form on one line', () => {
    const line = ROWS.flat().filter((c) => c !== '').join(' ');
    expectStandard(readForms(textDoc(`附件\n${line}`).blocks), { goals: false });
  });

  it('pipe rows', () => {
    const text = ROWS.map((r) => `| ${r.join(' | ')} |`).join('\n');
    expectStandard(readForms(textDoc(text).blocks));
  });

  it('one cell per line ending in ` |`, a bare `|` for an empty cell', () => {
    const text = ROWS.flat().map((c) => (c === '' ? '|' : `${c} |`)).join('\n');
    expectStandard(readForms(textDoc(text).blocks));
  });

  it('OCR text, labels and figures glued: the funds row splits the one way its own rate and score allow', () => {
    const text =
      '项目支出绩效自评表(2023年度)项目名称乡村道路养护经费主管部门某县交通运输局实施单位某镇人民政府项目资金(万元)' +
      '年初预算数全年预算数全年执行数分值执行率得分年度资金总额504845.61095%9.5其中:当年财政拨款504845.6上年结转资金其他资金' +
      '年度总体目标预期目标实际完成情况完成全镇道路日常养护已完成全镇道路日常养护绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分' +
      '产出指标数量指标养护道路里程≥12公里12.5公里2020';
    const forms = readForms(textDoc(text).blocks);
    expect(forms).toHaveLength(1);
    const form = forms[0]!;
    expect([form.projectName, form.department, form.implementer]).toEqual(['乡村道路养护经费', '某县交通运输局', '某镇人民政府']);
    const total = form.funds.find((f) => f.role === 'total')!;
    expect([total.initial, total.adjusted, total.executed, total.weight, total.rate, total.score]).toEqual([50, 48, 45.6, 10, 95, 9.5]);
    // the fused 其中 row reads more than one way: unread, not guessed
    const fiscal = form.funds.find((f) => f.role === 'fiscal')!;
    expect([fiscal.initial, fiscal.adjusted, fiscal.executed]).toEqual([null, null, null]);
    // the fused indicator row is debris: no indicator with invented figures
    expect(form.indicators.filter((i) => i.weight !== null || i.score !== null)).toEqual([]);
  });

  it('a fused funds cell splits when one reading fits, and stays unread when none does', () => {
    const form = (cell: string) => {
      const text = ['项目名称', '甲项目', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分', '其中:当年财政拨款', cell].join('\n');
      return readForms(textDoc(text).blocks)[0]!.funds[0]!;
    };
    // no score after the rate: a 其中 row's amounts, 30 / 30 / 30 at 100%
    const fits = form('303030100%');
    expect([fits.initial, fits.adjusted, fits.executed, fits.weight, fits.rate]).toEqual([30, 30, 30, null, 100]);
    // 30 / 30 / 10 at 100% does not hold (10 ÷ 30): one amount is blank, and which one no reading tells; every reading
    // that fits (30 | 30 | · | 10, · | 30 | 30 | 10, 30 | · | 30 | 10) has 分值 10 at 100%, so only those are read
    const agreed = form('303010100%');
    expect([agreed.initial, agreed.adjusted, agreed.executed, agreed.weight, agreed.rate]).toEqual([null, null, null, 10, 100]);
    // 20 / 7 at 100% fits no reading at all
    const none = form('207100%');
    expect([none.initial, none.adjusted, none.executed, none.weight, none.rate, none.raw.rate]).toEqual([null, null, null, null, null, null]);
  });
});

describe('group weights, placeholders and broken labels', () => {
  const header = ['项目名称', '乙项目', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'];

  it('`(50分)` alone on a line, `满意度指标` then `(10分)`, a label broken mid-word', () => {
    const lines = [
      ...header,
      '产出指标',
      '(50分)',
      '数量指标',
      '指标1：完成户数',
      '=40户',
      '40户',
      '50',
      '50',
      '效益指标(40分)',
      '可持续影',
      '响指标',
      '指标1：长效管护',
      '有效',
      '有效',
      '40',
      '36',
      '满意度指标',
      '(10分)',
      '服务对象满意度指标',
      '指标1：农户满意度',
      '≥90%',
      '95%',
      '10',
      '10',
    ];
    const form = readForms(textDoc(lines.join('\n')).blocks)[0]!;
    expect(form.groups.map((g) => [g.name, g.weight])).toEqual([
      ['产出指标', 50],
      ['效益指标', 40],
      ['满意度指标', 10],
    ]);
    expect(form.indicators.map((i) => [i.level1, i.level2, i.name, i.weight, i.score])).toEqual([
      ['产出指标', '数量指标', '指标1：完成户数', 50, 50],
      ['效益指标', '可持续影响指标', '指标1：长效管护', 40, 36],
      ['满意度指标', '服务对象满意度指标', '指标1：农户满意度', 10, 10],
    ]);
  });

  it('placeholder rows (`指标2：` with nothing after it, `……`, `/ / /`) are not indicators; a blank score is null', () => {
    const rows = [
      header,
      ['产出指标', '数量指标', '指标1：修缮面积', '≥200平方米', '210平方米', '20', ''],
      ['', '', '指标2：', '', '', '', ''],
      ['', '', '……', '', '', '', ''],
      ['', '质量指标', '/', '/', '/', '/', '/'],
    ];
    const text = rows.map((r) => `| ${r.join(' | ')} |`).join('\n');
    const form = readForms(textDoc(text).blocks)[0]!;
    expect(form.indicators.map((i) => [i.name, i.target, i.actual, i.weight, i.score, i.raw.score])).toEqual([
      ['指标1：修缮面积', '≥200平方米', '210平方米', 20, null, null],
    ]);
  });

  it('a department form: income and expense splits give roles; the entity is the department', () => {
    const rows = [
      ['部门整体支出绩效自评表'],
      ['部门（单位）名称', '某乡人民政府'],
      ['年度资金总额（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      ['年度资金总额', '300', '320', '310', '10', '96.88%', '9.69'],
      ['按收入性质分', '', '', '', '', '', ''],
      ['其中：财政拨款', '280', '300', '290', '', '', ''],
      ['其他资金', '20', '20', '20', '', '', ''],
      ['按支出性质分', '', '', '', '', '', ''],
      ['其中：基本支出', '200', '210', '205', '', '', ''],
      ['项目支出', '100', '110', '105', '', '', ''],
    ];
    const text = rows.map((r) => `| ${r.join(' | ')} |`).join('\n');
    const form = readForms(textDoc(text).blocks)[0]!;
    expect(form.kind).toBe('department');
    expect(form.department).toBe('某乡人民政府');
    expect(form.funds.map((f) => [f.role, f.initial, f.adjusted, f.executed])).toEqual([
      ['total', 300, 320, 310],
      ['fiscal', 280, 300, 290],
      ['other-income', 20, 20, 20],
      ['basic', 200, 210, 205],
      ['project', 100, 110, 105],
    ]);
  });

  it('a document without a form gives no forms', () => {
    const text = ['2022年度某镇人民政府整体绩效自评报告', '一、基本情况', '预算项目3个，涉及资金120万元。', '项目名称\t资金数额（万元）', '道路维修\t50'].join('\n');
    expect(readForms(textDoc(text).blocks)).toEqual([]);
  });
});
