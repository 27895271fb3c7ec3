import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDecimal, sum, toString } from '../../src/decimal.js';
import type { Report } from '../../src/model.js';
import { expectValidReport } from '../support/schema.js';
import { parse } from '../../src/parse/index.js';
import { claimsOf, doc, parseFile, SEED_META, table } from './support.js';

const SEED_TXT = new URL('../../fixtures/shenxing-2022-summary.txt', import.meta.url).pathname;
const SEED_DOCX = new URL('../../fixtures/shenxing-2022-summary.docx', import.meta.url).pathname;

/** The seed's table read straight from the file: tab-prefixed cells, rows split by blank lines. */
function seedRowsFromFile(): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  for (const line of readFileSync(SEED_TXT, 'utf8').split('\n')) {
    if (line.startsWith('\t')) row.push(line.slice(1).trim());
    else if (row.length > 0) {
      rows.push(row);
      row = [];
    }
  }
  return rows.slice(1); // the header
}

function expectSeed(report: Report): void {
  expectValidReport(report);
  const fileRows = seedRowsFromFile();
  expect(fileRows).toHaveLength(24);
  expect(report.projects.map((p) => [p.department, p.name, p.raw.amount, p.raw.completion, p.raw.score])).toEqual(fileRows);
  expect(report.projects.map((p) => p.row)).toEqual(fileRows.map((_, i) => i + 1));
  expect(report.projects.map((p) => p.amount)).toEqual(fileRows.map((r) => Number(r[2])));
  expect(report.projects.map((p) => p.completion)).toEqual(fileRows.map((r) => Number(r[3]!.replace('%', ''))));
  expect(report.projects.map((p) => p.score)).toEqual(fileRows.map((r) => Number(r[4])));
  expect(report.projects[0]).toMatchObject({ name: '村党组织活动经费', amount: 12.21, amountUnit: '万元', amountYuan: 122100, completion: 100, score: 100 });
  expect(report.projects[11]).toMatchObject({ name: '2022年农业生产发展资金(满财【2022】63号', amount: 173.870369, amountYuan: 1738703.69 });
  expect(report.projects[21]!.nameKey).toBe(report.projects[0]!.nameKey);
  // exact: the rows add up to the declared total with no float drift
  expect(toString(sum(report.projects.map((p) => parseDecimal(String(p.amount))!)))).toBe('2735.649088');
  expect(report.summary).toEqual({ projectCount: 24, amountTotal: 2735.649088, errors: 0, warnings: 0, infos: 0, status: 'ok', checks: [] });

  expect(report.meta).toEqual(SEED_META);

  const top = report.sections.filter((s) => s.level === 1);
  expect(top.map((s) => s.number)).toEqual(['一、', '二、', '三、', '四、']);
  const childrenOf = (id: string) => report.sections.filter((s) => s.parentId === id).map((s) => s.title);
  expect(childrenOf(top[0]!.id)).toEqual(['资金情况', '绩效自评工作开展情况', '绩效自评工作情况']);
  expect(childrenOf(top[1]!.id)).toEqual(['绩效目标实现情况', '偏差原因分析', '绩效自评过程中采取的整改措施及整改结果']);
  expect(childrenOf(top[2]!.id)).toEqual([]);
  expect(childrenOf(top[3]!.id)).toHaveLength(2);

  expect(claimsOf(report, 'projectCount').map((c) => c.value)).toEqual([24]);
  expect(claimsOf(report, 'totalAmount').map((c) => [c.value, c.unit])).toEqual([[2735.649088, '万元']]);
  expect(claimsOf(report, 'selfScore').map((c) => c.value)).toEqual([90]);
  const topOf = (sectionId: string | null): string | null => {
    const s = report.sections.find((x) => x.id === sectionId);
    return !s ? null : s.parentId === null ? s.number : topOf(s.parentId);
  };
  const distributions = claimsOf(report, 'completionDistribution');
  expect(distributions.map((d) => [topOf(d.sectionId), d.value.map((l) => [l.level, l.match, l.count])])).toEqual([
    ['一、', [['100%', 'exact', 14], ['50%', 'atLeast', 4], ['30%', 'atLeast', 1], ['not-started', 'notStarted', 5]]],
    ['二、', [['100%', 'exact', 21], ['50%', 'atLeast', 2], ['30%', 'atLeast', 1]]],
  ]);
  expect(report.tables).toHaveLength(1);
  expect(report.tables[0]!.columns.map((c) => c.role)).toEqual(['department', 'name', 'amount', 'completion', 'score']);
}

/** Everything but where it was found (lines in text, blocks in docx) and the file itself. */
function content(report: Report): unknown {
  const strip = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(strip)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'location').map(([k, v]) => [k, strip(v)]))
        : value;
  return strip({ ...report, source: null });
}

describe('the seed report', () => {
  it('reads the .txt: 24 projects, declared figures, metadata and the section tree', async () => {
    expectSeed(await parseFile(SEED_TXT));
  });

  it('reads the .docx to the same content as the .txt', async () => {
    const docx = await parseFile(SEED_DOCX);
    expectSeed(docx);
    expect(content(docx)).toEqual(content(await parseFile(SEED_TXT)));
  });

  it.each(['-autonumber.docx', '-merged.docx', '-tracked.docx', '.gb18030.txt', '.utf16le.txt', '.doc', '-tracked.doc', '-office.docx'])('reads the variant shenxing-2022-summary%s alike', async (variant) => {
    const report = await parseFile(new URL(`../../fixtures/shenxing-2022-summary${variant}`, import.meta.url).pathname);
    expectSeed(report);
    expect(content(report)).toEqual(content(await parseFile(SEED_TXT)));
  });

  it('reads the .pdf (LibreOffice export of the .docx) to the same headings, rows, claims and sections', async () => {
    const pdf = await parseFile(new URL('../../fixtures/shenxing-2022-summary.pdf', import.meta.url).pathname);
    expectSeed(pdf);
    const txt = await parseFile(SEED_TXT);
    expect(pdf.source.format).toBe('pdf');
    expect(pdf.sections.map((s) => [s.level, s.number, s.title])).toEqual(txt.sections.map((s) => [s.level, s.number, s.title]));
    // quotes may differ by a space the PDF does not keep (`1. 绩效` → `1.绩效`); the values may not
    expect(pdf.claims.map((c) => [c.type, c.value])).toEqual(txt.claims.map((c) => [c.type, c.value]));
    expect(pdf.projects.map((p) => p.location.page)).toEqual([...Array<number>(14).fill(1), ...Array<number>(10).fill(2)]);
  });
});

describe('edge cases', () => {
  it('gives an empty, valid report for an empty document', () => {
    const report = parse(doc());
    expectValidReport(report);
    expect(report.projects).toEqual([]);
    expect(report.claims).toEqual([]);
    expect(report.summary).toEqual({ projectCount: 0, amountTotal: null, errors: 0, warnings: 0, infos: 0, status: 'ok', checks: [] });
    expect(report.meta).toEqual({ title: null, year: null, entity: null, township: null, county: null, kind: 'other' });
  });

  it('adds amounts in 元 and 万元 into the 万元 total exactly', () => {
    const report = parse(doc(table([['项目名称', '金额'], ['甲', '0.1万元'], ['乙', '2000元'], ['丙', '—']], 1)));
    expect(report.summary.amountTotal).toBe(0.3);
    expect(report.projects.map((p) => p.amountYuan)).toEqual([1000, 2000, null]);
  });

  it('keeps the source and its reader warnings', () => {
    const report = parse({ ...doc(), warnings: ['text box skipped'] });
    expect(report.source).toMatchObject({ path: 'test.txt', format: 'txt', warnings: ['text box skipped'] });
  });
});
