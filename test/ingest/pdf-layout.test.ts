// The pure layout steps of the PDF reader, on text runs placed by hand.
import { describe, expect, it } from 'vitest';
import type { TextRun } from '../../src/ingest/pdf/open-pdf.js';
import { readColumns } from '../../src/ingest/pdf/page-columns.js';
import { hadToWrap, joinText, pageLines } from '../../src/ingest/pdf/page-lines.js';
import { dropRunningText, isPageNumber } from '../../src/ingest/pdf/running-text.js';
import { columnBands, tableGrid } from '../../src/ingest/pdf/table-grid.js';

const run = (text: string, x: number, y: number, size = 10): TextRun => ({ text, x, y, width: text.length * size * (/[\x21-\x7e]/.test(text) ? 0.5 : 1), size });

describe('pageLines', () => {
  it('puts runs on one baseline into one line in x order, and splits it at a wide gap', () => {
    const [line, ...rest] = pageLines([run('资金', 200, 100), run('项目名称', 72, 100.5), run('12.5', 300, 99.8)], 1);
    expect(rest).toEqual([]);
    expect(line!.segments.map((s) => s.text)).toEqual(['项目名称', '资金', '12.5']);
  });

  it('drops the spacing between Chinese and Latin text but keeps word spaces', () => {
    const [cjk] = pageLines([run('2022', 72, 100), run('年本部门', 94, 100)], 1);
    expect(cjk!.segments.map((s) => s.text)).toEqual(['2022年本部门']);
    const [latin] = pageLines([run('Budget', 72, 100), run('report', 104, 100)], 1);
    expect(latin!.segments.map((s) => s.text)).toEqual(['Budget report']);
    expect(joinText('1.', '绩效')).toBe('1.绩效');
  });

  it('keeps one copy of text drawn twice a little offset (fake bold)', () => {
    const [line] = pageLines([run('标题', 72, 100), run('标题', 72.4, 100)], 1);
    expect(line!.segments.map((s) => s.text)).toEqual(['标题']);
  });
});

describe('hadToWrap', () => {
  it('is true when the next word would not have fitted before the margin, false when it would', () => {
    expect(hadToWrap(506, 522, '50%的项目', 10)).toBe(true);
    expect(hadToWrap(400, 522, '50%的项目', 10)).toBe(false);
    expect(hadToWrap(510, 522, '项目', 10)).toBe(true);
  });
});

describe('running text', () => {
  it('knows page numbers as Chinese and English documents print them', () => {
    const line = (text: string) => pageLines([run(text, 280, 800)], 1)[0]!;
    for (const text of ['第 1 页', '第1页 共3页', '- 2 -', '— 12 —', '3', '2 / 10', 'Page 4 of 9']) expect(isPageNumber(line(text)), text).toBe(true);
    for (const text of ['2022年', '第一部分', '合计 24']) expect(isPageNumber(line(text)), text).toBe(false);
  });

  it('drops a header repeated on most pages but not one line that happens to sit in the band once', () => {
    const page = (n: number, extra: TextRun[] = []) => ({ lines: pageLines([run('某某镇绩效自评报告', 300, 40), run(`正文第${n}页`, 72, 400), ...extra], n), height: 842 });
    const pages = [page(1, [run('附表一', 72, 60)]), page(2), page(3)];
    const kept = dropRunningText(pages).map((lines) => lines.map((l) => l.segments[0]!.text));
    expect(kept).toEqual([['附表一', '正文第1页'], ['正文第2页'], ['正文第3页']]);
  });
});

describe('tables', () => {
  it('joins a cell wrapped over two lines and starts a new row at a line with a figure', () => {
    const lines = pageLines(
      [
        run('项目名称', 72, 100), run('金额', 200, 100),
        run('村级道路维修', 72, 112), run('12.5', 200, 112),
        run('资金', 72, 124),
        run('路灯', 72, 136), run('3', 200, 136),
      ],
      1,
    );
    const bands = columnBands(lines)!;
    expect(bands).toHaveLength(2);
    expect(tableGrid(lines, bands).rows).toEqual([['项目名称', '金额'], ['村级道路维修资金', '12.5'], ['路灯', '3']]);
  });
});

describe('two columns', () => {
  it('reads a stretch set in two columns left first, and leaves single-column lines alone', () => {
    const left = (i: number) => run(`左栏第${i}行的正文内容很长很长`, 72, 100 + 12 * i);
    const right = (i: number) => run(`右栏第${i}行的正文内容很长很长`, 320, 100 + 12 * i);
    const runs = [run('一、标题横跨整个页面的一行文字内容很长很长很长很长很长', 72, 80), ...[0, 1, 2, 3, 4, 5].flatMap((i) => [left(i), right(i)])];
    const ordered = readColumns(pageLines(runs, 1)).map((l) => l.segments.map((s) => s.text).join('|'));
    expect(ordered[0]).toMatch(/^一、/);
    expect(ordered.slice(1, 7).every((t) => t.startsWith('左栏'))).toBe(true);
    expect(ordered.slice(7).every((t) => t.startsWith('右栏'))).toBe(true);
  });
});
