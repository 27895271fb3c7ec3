/**
 * Each flattened layout is generated from a known grid (varied widths, names
 * with spaces, blank cells, full-width digits, prose around it), rendered the
 * way extraction tools write it, read back, and compared cell for cell.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../bench/prng.js';
import type { Block, TableBlock } from '../../src/model.js';
import { SourceDocumentSchema } from '../../src/model.js';
import { toSourceLines } from '../../src/ingest/read-text.js';
import { recoverBlocks } from '../../src/ingest/text-tables.js';
import { classifyCell } from '../../src/ingest/text-tables/cell-class.js';

const HEADERS = ['部门名称', '项目名称', '资金数额（万元）', '实现程度（%）', '自评得分', '备注', '实施单位', '预算数', '执行数', '执行率'];
const DEPTS = ['神星镇人民政府本级', '财政所', '农业农村办公室'];
const NAMES = ['村党组织活动经费', '2019-2020年综改资金项目', '满城区 神星镇 污水治理项目', '[综]私挖盗采点勘测费用', '（预）防火经费'];

type Kind = 'text' | 'number';

interface Spec {
  header: string[];
  body: string[][];
}

interface Options {
  /** how a blank cell is written, or null when the layout cannot write one */
  blank: string | null;
  /** cell texts may contain single spaces */
  spacesInNames: boolean;
  /** fewest body rows (cell-lines needs three to see a period) */
  minRows?: number;
}

/** A grid whose columns keep their kind (text or number), the shape real project tables have. */
function makeSpec(rnd: () => number, opts: Options): Spec {
  const width = 2 + Math.floor(rnd() * 7);
  const minRows = opts.minRows ?? 2;
  const rows = minRows + Math.floor(rnd() * (10 - minRows));
  const kinds: Kind[] = [];
  for (let c = 0; c < width; c++) kinds.push(c === 0 ? 'text' : c === 1 || rnd() < 0.6 ? 'number' : 'text');
  const header = kinds.map((_, c) => HEADERS[c] ?? `列${c}`);
  const body: string[][] = [];
  for (let r = 0; r < rows; r++) {
    body.push(
      kinds.map((k, c) => {
        // column 1 always carries a number, so every row has one
        if (c > 1 && opts.blank !== null && rnd() < 0.15) return opts.blank;
        if (k === 'text') {
          const pool = c === 0 ? DEPTS : NAMES;
          const name = pool[Math.floor(rnd() * pool.length)] ?? '经费';
          return opts.spacesInNames ? name : name.replace(/ /g, '');
        }
        return number(rnd);
      }),
    );
  }
  return { header, body };
}

function number(rnd: () => number): string {
  const r = rnd();
  const n = Math.floor(rnd() * 2000);
  if (r < 0.2) return `${n}.${Math.floor(rnd() * 1000)}`;
  if (r < 0.35) return `${n}%`;
  if (r < 0.5) return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
  if (r < 0.6) return `1,${String(100 + (n % 900))}.02`;
  return String(n);
}

function grid(spec: Spec): string[][] {
  return [spec.header, ...spec.body];
}

/** The blocks a text gives, checked against the model's schema on the way. */
function blocksOf(text: string): Block[] {
  const blocks = recoverBlocks(toSourceLines(text));
  SourceDocumentSchema.parse({ source: { path: 'x', sha256: '', format: 'txt', encoding: 'utf-8', bytes: 0 }, blocks, warnings: [] });
  return blocks;
}

function onlyTable(blocks: Block[]): TableBlock {
  const tables = blocks.filter((b): b is TableBlock => b.type === 'table');
  expect(tables).toHaveLength(1);
  return tables[0] as TableBlock;
}

const PROSE_BEFORE = ['一、部门基本情况', '本部门2022年预算项目24个，涉及资金2735.649088万元。', '具体完成情况如下：'];
const PROSE_AFTER = ['二、偏差原因分析：年初预算数据较大，实际执行数据较小。'];

/** prose, a blank line, the table text, a blank line, prose; returns the text and the table's first line */
function embed(tableLines: string[]): { text: string; firstLine: number } {
  return { text: [...PROSE_BEFORE, '', ...tableLines, '', ...PROSE_AFTER].join('\n'), firstLine: PROSE_BEFORE.length + 2 };
}

function expectProseAround(blocks: Block[], firstLine: number, tableLineCount: number): void {
  const paragraphs = blocks.filter((b) => b.type === 'paragraph');
  expect(paragraphs.map((p) => (p.type === 'paragraph' ? p.text : ''))).toEqual([...PROSE_BEFORE, ...PROSE_AFTER]);
  expect(paragraphs.map((p) => p.location.line)).toEqual([1, 2, 3, firstLine + tableLineCount + 1]);
  expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'paragraph', 'table', 'paragraph']);
}

/**
 * Puts the rendered table lines between prose, reads them back and checks
 * the layout, the exact grid and the prose around; returns the table and the
 * line it should start at for layout-specific location checks.
 */
function roundTrip(spec: Spec, lines: string[], layout: TableBlock['layout']): { table: TableBlock; firstLine: number } {
  const { text, firstLine } = embed(lines);
  const blocks = blocksOf(text);
  const table = onlyTable(blocks);
  expect(table.layout).toBe(layout);
  expect(table.rows).toEqual(grid(spec));
  expectProseAround(blocks, firstLine, lines.length);
  return { table, firstLine };
}

const CASES = 150;

describe('tab-cell-lines: one tab-prefixed cell per line, rows split by blank lines', () => {
  it('recovers generated grids exactly, with each row located at its lines', () => {
    const rnd = createRng(1).next;
    for (let n = 0; n < CASES; n++) {
      const spec = makeSpec(rnd, { blank: '', spacesInNames: true });
      const lines: string[] = [];
      grid(spec).forEach((row, r) => {
        if (r > 0) lines.push('');
        // trailing spaces after a cell, as in the seed: the cell is kept trimmed
        for (const cell of row) lines.push(`\t${cell}${rnd() < 0.1 ? '   ' : ''}`);
      });
      const { table, firstLine } = roundTrip(spec, lines, 'tab-cell-lines');
      const w = spec.header.length;
      expect(table.rowLocations).toEqual(grid(spec).map((_, r) => ({ line: firstLine + r * (w + 1), endLine: firstLine + r * (w + 1) + w - 1 })));
      expect(table.location).toEqual({ line: firstLine, endLine: firstLine + lines.length - 1 });
    }
  });

  it('pads short rows with empty cells', () => {
    const table = onlyTable(blocksOf('\t名称\n\t金额\n\t得分\n\n\t甲\n\t1\n\n\t乙\n\t2\n\t90'));
    expect(table.rows).toEqual([
      ['名称', '金额', '得分'],
      ['甲', '1', ''],
      ['乙', '2', '90'],
    ]);
  });

  it('leaves tab-indented prose alone', () => {
    const blocks = blocksOf('\t第一段正文。\n\n\t第二段正文。\n\n\t第三段正文。');
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(blocks.map((b) => b.location.line)).toEqual([1, 3, 5]);
  });
});

describe('pipe: cells joined by |', () => {
  it('recovers generated row-per-line grids exactly, with or without outer pipes', () => {
    const rnd = createRng(2).next;
    for (let n = 0; n < CASES; n++) {
      const spec = makeSpec(rnd, { blank: '', spacesInNames: true });
      const outer = rnd() < 0.5;
      const lines = grid(spec).map((row) => (outer ? `| ${row.join(' | ')} |` : row.join(' | ')));
      if (rnd() < 0.3) lines.splice(1, 0, `|${spec.header.map(() => '---').join('|')}|`);
      const { table, firstLine } = roundTrip(spec, lines, 'pipe');
      expect(table.rowLocations[0]).toEqual({ line: firstLine });
    }
  });

  it('cuts `cell |` lines by the header width, a bare | being an empty cell', () => {
    const rnd = createRng(3).next;
    for (let n = 0; n < CASES; n++) {
      const spec = makeSpec(rnd, { blank: '', spacesInNames: true, minRows: 3 });
      const lines = grid(spec).flat().map((cell) => (cell === '' ? '|' : `${cell} |`));
      const { table, firstLine } = roundTrip(spec, lines, 'pipe');
      const w = spec.header.length;
      expect(table.rowLocations[1]).toEqual({ line: firstLine + w, endLine: firstLine + 2 * w - 1 });
    }
  });

  it('keeps `cell |` lines as one column when no period shows', () => {
    const table = onlyTable(blocksOf('报表编号:510000 |\n|\n项目名称 |\n工资性支出 |\n主管部门 |\n238.93 |'));
    expect(table.rows).toEqual([['报表编号:510000'], [''], ['项目名称'], ['工资性支出'], ['主管部门'], ['238.93']]);
    expect(table.rowLocations.map((l) => l.line)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('keeps rows that do not line up as written, padded', () => {
    const table = onlyTable(blocksOf('| 指标 | 分值 | 得分 |\n| 质量指标 | 10 |\n|\n| 总分 | 100 | 96 | 优 |'));
    expect(table.rows).toEqual([
      ['指标', '分值', '得分', ''],
      ['质量指标', '10', '', ''],
      ['', '', '', ''],
      ['总分', '100', '96', '优'],
    ]);
  });

  it('leaves a single line with pipes as prose', () => {
    const blocks = blocksOf('请在淘文阁网|工程机械CAD图纸|下载上搜索。\n一、项目基本情况');
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
  });
});

describe('tab-row: tab-separated cells, one row per line', () => {
  it('recovers generated grids exactly, blank cells included', () => {
    const rnd = createRng(4).next;
    for (let n = 0; n < CASES; n++) {
      const spec = makeSpec(rnd, { blank: '', spacesInNames: true });
      const lines = grid(spec).map((row) => row.join('\t'));
      const { table, firstLine } = roundTrip(spec, lines, 'tab-row');
      expect(table.rowLocations).toEqual(lines.map((_, r) => ({ line: firstLine + r })));
    }
  });

  it('keeps a leading empty cell (a merged first column) and drops all-empty alignment columns', () => {
    const table = onlyTable(blocksOf('部门\t项目\t\t金额\n财政所\t甲\t\t1\n\t乙\t\t2'));
    expect(table.rows).toEqual([
      ['部门', '项目', '金额'],
      ['财政所', '甲', '1'],
      ['', '乙', '2'],
    ]);
  });
  it("leaves a numbered list written with Word's tab after each number as paragraphs", () => {
    const text = ['一、\t绩效自评工作组织开展情况', '二、\t绩效目标实现情况', '1.\t加强绩效目标日常监控工作。', '（三）\t整改措施'].join('\n');
    const blocks = blocksOf(text);
    expect(blocks.every((b) => b.type === 'paragraph')).toBe(true);
    expect(blocks.map((b) => b.location.line)).toEqual([1, 2, 3, 4]);
  });
});

describe('spaces: cells aligned by runs of spaces', () => {
  it('recovers generated grids of three or more columns exactly', () => {
    const rnd = createRng(5).next;
    let checked = 0;
    for (let n = 0; n < CASES; n++) {
      // a blank cell cannot be written with spaces; a placeholder dash can
      const spec = makeSpec(rnd, { blank: '—', spacesInNames: true });
      if (spec.header.length < 3) continue;
      const lines = grid(spec).map((row) => row.join(rnd() < 0.5 ? '    ' : '\u3000'));
      roundTrip(spec, lines, 'spaces');
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('does not take prose with double spaces for a table', () => {
    const text = ['根据文件要求，我部  对2024年度项目支出进行了绩效自评。', '现将自评情况  报告如下：', '一、项目基本情况  （一）简介  共4个项目', '本部门主要采取自行监控模式。'].join('\n');
    expect(blocksOf(text).every((b) => b.type === 'paragraph')).toBe(true);
  });
});

describe('cell-lines: one cell per line, no separator (header-driven chunking)', () => {
  it('recovers generated grids exactly from the period', () => {
    const rnd = createRng(6).next;
    let checked = 0;
    for (let n = 0; n < CASES; n++) {
      // a blank line would end the run, so blanks are written as a dash
      const spec = makeSpec(rnd, { blank: '—', spacesInNames: true, minRows: 3 });
      const lines = grid(spec).flat();
      const { table, firstLine } = roundTrip(spec, lines, 'cell-lines');
      const w = spec.header.length;
      expect(table.rowLocations[0]).toEqual({ line: firstLine, endLine: firstLine + w - 1 });
      checked++;
    }
    expect(checked).toBe(CASES);
  });

  it('recovers generated grids with rows split by blank lines (the seed without tabs)', () => {
    const rnd = createRng(8).next;
    for (let n = 0; n < CASES; n++) {
      const spec = makeSpec(rnd, { blank: '—', spacesInNames: true });
      const lines = grid(spec).flatMap((row, r) => (r === 0 ? row : ['', ...row]));
      const { table, firstLine } = roundTrip(spec, lines, 'cell-lines');
      const w = spec.header.length;
      expect(table.rowLocations[1]).toEqual({ line: firstLine + w + 1, endLine: firstLine + 2 * w });
    }
  });

  it('leaves headings over one-line paragraphs, split by blank lines, as paragraphs', () => {
    const text = ['一、项目基本情况', '本部门共有项目4个。', '', '二、绩效目标', '全部完成。', '', '三、存在问题', '无。'].join('\n');
    expect(blocksOf(text).every((b) => b.type === 'paragraph')).toBe(true);
  });

  it('finds the table after a heading line in the same run and leaves a cut-off last row as paragraphs', () => {
    const lines = ['具体完成情况如下：', '项目名称', '金额', '得分', '甲项目', '12.21', '100', '乙项目', '１８', '95', '丙 项目', '—', '90', '丁项目', '30'];
    const blocks = blocksOf(lines.join('\n'));
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'table', 'paragraph', 'paragraph']);
    const table = blocks[1] as TableBlock;
    expect(table.rows).toEqual([
      ['项目名称', '金额', '得分'],
      ['甲项目', '12.21', '100'],
      ['乙项目', '１８', '95'],
      ['丙 项目', '—', '90'],
    ]);
    expect(table.location).toEqual({ line: 2, endLine: 13 });
    expect(blocks.slice(2).map((b) => b.location.line)).toEqual([14, 15]);
  });

  it('leaves runs without a clear period as paragraphs', () => {
    const noNumbers = ['一、绩效目标分解下达情况', '（一）资金投入情况分析', '二、绩效目标完成情况', '（二）总体绩效目标', '三、整改措施'];
    expect(blocksOf(noNumbers.join('\n')).every((b) => b.type === 'paragraph')).toBe(true);
    // a form's label/value pairs with merged cells: widths do not repeat
    const form = ['项目名称', '暖通改造经费', '主管部门', '廊坊市发改委', '年初', '预算数', '43.2', '37.24', '10', '86%', '其中:当年财政拨款', '43.2'];
    expect(blocksOf(form.join('\n')).every((b) => b.type === 'paragraph')).toBe(true);
    // two rows are not enough evidence of a period
    expect(blocksOf(['名称', '金额', '甲', '1', '乙', '2'].join('\n')).every((b) => b.type === 'paragraph')).toBe(true);
  });

  it('does not read a title cell and a blank last column as a shifted table', () => {
    // the form section of scqs_qingshen: a title cell, a header whose last column (原因) is blank
    const cells = ['预算执行情况', '项目', '预算数', '执行数', '原因', '总额', '238.93', '251.89', '—', '财政资金', '238.93', '251.89', '—', '单位资金', '0.00', '0.00', '—'];
    const blocks = blocksOf(cells.join('\n'));
    const table = onlyTable(blocks);
    expect(table.rows[0]).toEqual(['项目', '预算数', '执行数', '原因']);
    expect(table.rows.map((r) => r[0])).toEqual(['项目', '总额', '财政资金', '单位资金']);
    expect(blocks[0]).toMatchObject({ type: 'paragraph', text: '预算执行情况' });
  });
});

describe('cell classes that drive the chunking', () => {
  it('reads numbers, blanks and text', () => {
    for (const n of ['12.21', '1,546.024119', '１００%', '100.00%', '90分', '≥95', '=100', '-3', '０．５']) expect(classifyCell(n)).toBe('number');
    for (const b of ['', '—', '/', '-', '……', '——']) expect(classifyCell(b)).toBe('blank');
    for (const t of ['项目名称', '2019-2020年综改资金项目', '2022年村党组织活动经费', '1-12月', '=', '%', '50件50件2020']) expect(classifyCell(t)).toBe('text');
  });
});

describe('any mix of layouts: nothing is lost, nothing is read twice', () => {
  const piece = fc.constantFrom('项目名称', '神星镇 人民政府', '12.21', '１００%', '—', '一、概况', '本部门共有项目24个，涉及资金2735.65万元。', '');
  const line = fc.oneof(
    fc.array(piece, { minLength: 1, maxLength: 6 }).map((cells) => cells.join('\t')),
    fc.array(piece, { minLength: 1, maxLength: 6 }).map((cells) => `| ${cells.join(' | ')} |`),
    fc.array(piece, { minLength: 1, maxLength: 6 }).map((cells) => cells.join('   ')),
    piece.map((cell) => `\t${cell}`),
    piece.map((cell) => `${cell} |`),
    piece,
    fc.constant('|'),
    fc.constant(''),
  );

  it('covers every non-blank line by exactly one block, in order, with rectangular grids', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), (lines) => {
        const text = lines.join('\n');
        const blocks = blocksOf(text);
        const covered = new Map<number, number>();
        let previousEnd = 0;
        blocks.forEach((b, k) => {
          const first = b.location.line ?? 0;
          const last = b.location.endLine ?? first;
          expect(first).toBeGreaterThan(previousEnd);
          previousEnd = last;
          for (let n = first; n <= last; n++) covered.set(n, k);
          if (b.type === 'table') {
            expect(b.rowLocations).toHaveLength(b.rows.length);
            expect(new Set(b.rows.map((r) => r.length)).size).toBe(1);
            const source = lines.slice(first - 1, last).join('\n');
            for (const cell of b.rows.flat()) expect(source).toContain(cell);
          } else {
            expect(lines[first - 1]?.trim()).toBe(b.text);
          }
        });
        lines.forEach((l, i) => {
          if (l.trim() !== '') expect(covered.has(i + 1)).toBe(true);
        });
      }),
      { numRuns: 400, seed: 42 },
    );
  });
});
