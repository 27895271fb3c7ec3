/**
 * Generated reports: other townships, counties and years, amounts in 万元 or
 * 元, counts in ASCII, full-width or Chinese numerals, and the table in each
 * text flattening. Each is written as text, read by the real text reader,
 * parsed, and every row and claim must come back.
 */
import { describe, expect, it } from 'vitest';
import { createRng, type Rng } from '../../bench/prng.js';
import { tableLines, type TextLayout } from '../../bench/render-text.js';
import { parseDecimal, shift, sum, toString } from '../../src/decimal.js';
import { expectValidReport } from '../support/schema.js';
import { claimsOf, parseText } from './support.js';

const LAYOUTS = ['tab-cell-lines', 'pipe', 'tab-row', 'spaces', 'cell-lines'] as const;
type Layout = (typeof LAYOUTS)[number];

const TOWNSHIPS = ['青石镇', '白沙乡', '东湖街道', '柳林镇', '大王庄乡', '河西镇'];
const COUNTIES = ['满城区', '固始县', '南县', '金寨县', '清苑区'];
const NAMES = [
  '村党组织活动经费', '村级办公经费', '村干部保险', '服务群众专项经费', '基层武装经费', '防火经费', '维稳经费',
  '农村生活污水治理项目', '村干部基础职务补贴', '修缮行政服务大厅资金', '[综]私挖盗采点现场勘测费用', '（预）道路养护费用',
  '2022年政府隐性债务化解', '美丽乡村建设项目', '环境卫生整治经费', '防汛物资采购', '2019-2020年综改资金项目',
];

function chineseNumeral(n: number): string {
  const digits = '零一二三四五六七八九';
  if (n < 10) return digits[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : digits[tens]}十${ones === 0 ? '' : digits[ones]}`;
}

const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));

function amount(rng: Rng, unit: '万元' | '元'): string {
  const int = rng.int(0, unit === '万元' ? 2000 : 5_000_000);
  const places = unit === '万元' ? rng.int(0, 6) : rng.int(0, 2);
  const frac = places === 0 ? '' : `.${String(rng.int(1, 10 ** places - 1)).padStart(places, '0')}`;
  return `${int}${frac}`;
}

interface Spec {
  layout: Layout;
  year: number;
  township: string;
  county: string;
  unit: '万元' | '元';
  countText: string;
  rows: { department: string; name: string; amount: string; cell: string; completion: string; score: string }[];
  distribution: [number, number, number];
  selfScore: number;
  withTotalRow: boolean;
}

function makeSpec(rng: Rng, layout: Layout): Spec {
  const township = rng.pick(TOWNSHIPS);
  const unit = rng.chance(0.5) ? '万元' : '元';
  // the text reader wants three data rows before it reads bare cell lines as a table
  const n = rng.int(layout === 'cell-lines' ? 3 : 2, 12);
  const government = `${township}${township.endsWith('街道') ? '办事处' : '人民政府'}`;
  const rows = Array.from({ length: n }, (_, i) => {
    const a = amount(rng, unit);
    // a cell may be written with thousands separators or full-width digits
    const style = rng.int(0, 3);
    const cell = style === 0 && unit === '元' ? Number(a).toLocaleString('en-US', { maximumFractionDigits: 2 }) : style === 1 ? fullWidth(a) : a;
    return {
      department: `${government}本级`,
      name: `${rng.pick(NAMES)}${i}`,
      amount: a,
      cell,
      completion: rng.chance(0.15) ? '—' : `${rng.pick([100, 100, 100, 60, 50, 34, 0])}%`,
      score: String(rng.int(60, 100)),
    };
  });
  const count = n;
  const countStyle = rng.int(0, 2);
  const countText = countStyle === 0 ? String(count) : countStyle === 1 ? fullWidth(String(count)) : chineseNumeral(count);
  const a = rng.int(0, n);
  const b = rng.int(0, n - a);
  return {
    layout,
    year: rng.int(2015, 2025),
    township,
    county: rng.pick(COUNTIES),
    unit,
    countText,
    rows,
    distribution: [a, b, n - a - b],
    selfScore: rng.int(60, 100),
    withTotalRow: rng.chance(0.5),
  };
}

function total(spec: Spec): string {
  return toString(sum(spec.rows.map((r) => parseDecimal(r.amount)!)));
}

function renderTable(grid: string[][], layout: Layout): string[] {
  if (layout === 'cell-lines') return grid.flat().map((c) => c || '—');
  if (layout === 'spaces') return tableLines(grid.map((r) => r.map((c) => c || '—')), layout);
  return tableLines(grid, layout as TextLayout);
}

function renderReport(spec: Spec): string {
  const government = spec.rows[0]!.department.replace(/本级$/, '');
  const header = ['部门名称', '项目名称', `资金数额（${spec.unit}）`, '实现程度（%）', '自评得分'];
  const grid = [header, ...spec.rows.map((r) => [r.department, r.name, r.cell, r.completion, r.score])];
  if (spec.withTotalRow) grid.push(['合计', '', total(spec), '', '']);
  const [a, b, c] = spec.distribution;
  return [
    `${spec.year}年度${government}（部门）`,
    '整体绩效自评工作报告',
    '',
    '一、绩效自评工作组织开展情况',
    `根据${spec.county}财政局下发的${spec.year}年度预算项目绩效自评工作的通知，我镇高度重视，成立专项小组。`,
    '　　１．资金情况',
    `${spec.year}年本部门管理的预算项目${spec.countText}个，涉及资金${total(spec)}${spec.unit}。`,
    '二、绩效目标实现情况',
    `1. 绩效目标实现情况。绩效目标实现程度达到100%的项目有${a}个，绩效目标实现程度在50%的项目有${b}个，工作未开展的项目有${c}个。自评得分为${spec.selfScore}分。`,
    '具体完成情况如下：',
    ...renderTable(grid, spec.layout),
    '',
    '三、整改措施及结果应用',
    '1.加强绩效目标日常监控工作。按照预算绩效管理有关规定，对照项目绩效目标，对所负责项目的执行过程以及资金使用和管理情况进行跟踪监控。',
    '',
  ].join('\n');
}

describe('generated reports in every table flattening', () => {
  for (const layout of LAYOUTS) {
    it(`recovers every row and claim: ${layout}`, () => {
      const rng = createRng(LAYOUTS.indexOf(layout) + 17);
      for (let k = 0; k < 12; k += 1) {
        const spec = makeSpec(rng, layout);
        const text = renderReport(spec);
        const report = parseText(text);
        const context = `${layout} #${k}\n${text}`;
        expectValidReport(report);
        expect(report.projects.map((p) => [p.department, p.name, p.amount, p.amountUnit, p.completion, p.score]), context).toEqual(
          spec.rows.map((r) => [
            r.department,
            r.name,
            Number(r.amount),
            spec.unit,
            r.completion === '—' ? null : Number(r.completion.replace('%', '')),
            Number(r.score),
          ]),
        );
        const totalWan = spec.unit === '万元' ? parseDecimal(total(spec))! : shift(parseDecimal(total(spec))!, -4);
        expect(report.summary.amountTotal, context).toBe(Number(toString(totalWan)));
        expect(claimsOf(report, 'projectCount').map((c) => c.value), context).toEqual([spec.rows.length]);
        expect(claimsOf(report, 'totalAmount').map((c) => [c.value, c.unit]), context).toEqual([[Number(total(spec)), spec.unit]]);
        expect(claimsOf(report, 'selfScore').map((c) => c.value), context).toEqual([spec.selfScore]);
        expect(claimsOf(report, 'completionDistribution').map((c) => c.value.map((l) => l.count)), context).toEqual([spec.distribution]);
        expect(claimsOf(report, 'tableTotal').map((c) => [c.value, c.unit]), context).toEqual(spec.withTotalRow ? [[Number(total(spec)), spec.unit]] : []);
        expect(report.meta, context).toMatchObject({ year: spec.year, township: spec.township, county: spec.county, kind: 'township-summary' });
      }
    });
  }
});

const DEPARTMENTS = ['中共南县县委宣传部', '固始县农业农村局', '满城区教育局', '金寨县文化和旅游局'];

describe('generated reports listing projects in prose', () => {
  it('recovers numbered project paragraphs with amounts, and 分别为 lists', () => {
    const rng = createRng(99);
    for (let k = 0; k < 16; k += 1) {
      const department = rng.pick(DEPARTMENTS);
      const county = rng.pick(COUNTIES);
      const year = rng.int(2015, 2025);
      const unit = rng.chance(0.5) ? '万元' : '元';
      const n = rng.int(1, 8);
      const named = rng.chance(0.3);
      const projects = Array.from({ length: n }, (_, i) => ({ name: `${rng.pick(NAMES).replace(/^\[.\]|^（.）/, '')}专项${i}`, amount: amount(rng, unit) }));
      const totalText = toString(sum(projects.map((p) => parseDecimal(p.amount)!)));
      const countText = rng.chance(0.5) ? String(n) : chineseNumeral(n);
      const lines = [
        `${department}${year}年度项目支出绩效评价报告`,
        `根据${county}财政局《关于做好${year}年度预算绩效自评工作的通知》文件要求，现将自评情况报告如下：`,
        '一、项目基本情况',
        '（一）项目基本情况简介',
        ...(named
          ? [`${department}${year}年决定实施${countText}个项目，分别为${projects.map((p) => p.name).join('、')}。`]
          : [
              `${department}${year}年参与绩效评价的项目共${countText}个，共计${totalText}${unit}。具体情况如下：`,
              ...projects.map((p, i) => `${i + 1}.${p.name}。主要用于开展相关工作，全年完成30次。安排经费${p.amount}${unit}。`),
            ]),
        '（二）绩效目标设定及指标完成情况',
        '1.加强管理。按照有关规定进行跟踪监控。',
      ];
      const text = lines.join('\n');
      const report = parseText(text);
      expectValidReport(report);
      expect(report.projects.map((p) => [p.tableId, p.name, p.amount, p.amountUnit]), text).toEqual(
        projects.map((p) => [null, p.name, named ? null : Number(p.amount), named ? null : unit]),
      );
      expect(claimsOf(report, 'projectCount').map((c) => c.value), text).toEqual([n]);
      expect(claimsOf(report, 'totalAmount').map((c) => [c.value, c.unit]), text).toEqual(named ? [] : [[Number(totalText), unit]]);
      expect(report.meta, text).toMatchObject({ year, entity: department, county, kind: n > 1 ? 'department-summary' : expect.any(String) });
    }
  });
});
