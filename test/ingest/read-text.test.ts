import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { SourceDocumentSchema, type Block, type SourceDocument, type TableBlock } from '../../src/model.js';
import { IngestError } from '../../src/ingest/ingest-error.js';
import { DEFAULT_LIMITS, type IngestLimits } from '../../src/ingest/limits.js';
import { extractionDebris } from '../../src/ingest/lexicon-debris.js';
import { readText } from '../../src/ingest/read-text.js';
import { corpusAvailable, corpusCases } from '../support/corpus.js';

const seedBytes = readFileSync(new URL('../../fixtures/shenxing-2022-summary.txt', import.meta.url));
const seedText = seedBytes.toString('utf8');

function read(bytes: Uint8Array, limits: IngestLimits = DEFAULT_LIMITS): SourceDocument {
  const doc = readText(bytes, { path: 'x.txt', sha256: 'abc', bytes: bytes.length }, limits);
  return SourceDocumentSchema.parse(doc);
}

function readString(text: string): SourceDocument {
  return read(Buffer.from(text, 'utf8'));
}

function refusal(bytes: Uint8Array, limits: IngestLimits = DEFAULT_LIMITS): IngestError {
  try {
    read(bytes, limits);
  } catch (e) {
    if (e instanceof IngestError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

function tables(blocks: Block[]): TableBlock[] {
  return blocks.filter((b): b is TableBlock => b.type === 'table');
}

function paragraphTexts(blocks: Block[]): string[] {
  return blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));
}

describe('readText on the seed report', () => {
  const doc = read(seedBytes);

  it('records the source as txt in UTF-8', () => {
    expect(doc.source).toEqual({ path: 'x.txt', sha256: 'abc', bytes: seedBytes.length, format: 'txt', encoding: 'utf-8' });
    expect(doc.warnings).toEqual([]);
  });

  it('gives one 25×5 table (header + 24 projects) with the exact cells', () => {
    const [table, ...others] = tables(doc.blocks);
    expect(others).toEqual([]);
    expect(table?.layout).toBe('tab-cell-lines');
    expect(table?.rows).toHaveLength(25);
    expect(table?.rows.every((r) => r.length === 5)).toBe(true);
    expect(table?.rows[0]).toEqual(['部门名称', '项目名称', '资金数额（万元）', '12月底绩效目标实现程度（%）', '自评得分']);
    expect(table?.rows[1]).toEqual(['神星镇人民政府本级', '村党组织活动经费', '12.21', '100%', '100']);
    // the name has trailing spaces in the file; the cell is trimmed
    expect(table?.rows[17]).toEqual(['神星镇人民政府本级', '满城区神星镇农村生活污水治理项目进度款及剩余预付款（第二次拨付）', '1546.024119', '100%', '100']);
    expect(table?.rows[24]).toEqual(['神星镇人民政府本级', '2022年服务群众专项经费', '44', '100%', '100']);
    expect(table?.rows.slice(1).map((r) => r[2])).toEqual(
      '12.21 18 9.72 30.564 72.5 3.7328 3 10 20 300 17.832 173.870369 5 10 10 10 1546.024119 15 12 16.75 360.2358 12.21 23 44'.split(' '),
    );
    expect(table?.location).toEqual({ line: 15, endLine: 163 });
    expect(table?.rowLocations[1]).toEqual({ line: 21, endLine: 25 });
  });

  it('gives every other non-blank line as a paragraph at its line, in order, text as written', () => {
    const lines = seedText.split('\n');
    const paragraphs = doc.blocks.filter((b) => b.type === 'paragraph');
    for (const p of paragraphs) {
      if (p.type !== 'paragraph') continue;
      expect(p.headingLevel).toBeNull();
      expect(p.listNumber).toBeNull();
      // every quote can be found on its line in the file
      expect(lines[(p.location.line ?? 0) - 1]).toContain(p.text);
    }
    expect(paragraphs.map((p) => p.location.line)).toEqual([1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 167, 168, 169, 170, 171, 172, 173, 174]);
    // full-width digits and the ideographic-space indent: trimmed, digits untouched
    expect(paragraphTexts(doc.blocks)).toContain('１．资金情况');
  });

  it('drops the [bookmark: _GoBack] debris and keeps the rest of its line', () => {
    expect(seedText).toContain('[bookmark: _GoBack]');
    expect(JSON.stringify(doc.blocks)).not.toContain('bookmark');
    expect(doc.blocks.find((b) => b.location.line === 169)).toMatchObject({ type: 'paragraph', text: '合理安排年初预算和项目支出，力求全部实现绩效目标。' });
  });

  it('gives the same grid and paragraphs when the cells lose their tabs', () => {
    const untabbed = read(Buffer.from(seedText.replace(/^\t/gm, ''), 'utf8'));
    const [table] = tables(untabbed.blocks);
    expect(table?.layout).toBe('cell-lines');
    expect(table?.rows).toEqual(tables(doc.blocks)[0]?.rows);
    expect(table?.rowLocations).toEqual(tables(doc.blocks)[0]?.rowLocations);
    expect(paragraphTexts(untabbed.blocks)).toEqual(paragraphTexts(doc.blocks));
  });

  it('gives the same blocks from CRLF, CR, BOM, UTF-16 and GB18030 copies', () => {
    const copies: [Buffer, string][] = [
      [Buffer.from(seedText.replace(/\n/g, '\r\n'), 'utf8'), 'utf-8'],
      [Buffer.from(seedText.replace(/\n/g, '\r'), 'utf8'), 'utf-8'],
      [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), seedBytes]), 'utf-8-bom'],
      [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seedText.replace(/\n/g, '\r\n'), 'utf16le')]), 'utf-16le'],
      [iconv.encode(seedText, 'gb18030'), 'gb18030'],
    ];
    for (const [bytes, encoding] of copies) {
      const copy = read(bytes);
      expect(copy.source.encoding).toBe(encoding);
      expect(copy.blocks).toEqual(doc.blocks);
    }
  });
});

describe('readText: lines and text', () => {
  it('trims surrounding whitespace, ideographic spaces included, and keeps inner text and full-width digits', () => {
    const doc = readString('\u3000\u3000２．绩效自评工作开展情况  \n  本部门 “自行监控” 模式。\t\n');
    expect(doc.blocks).toEqual([
      { type: 'paragraph', text: '２．绩效自评工作开展情况', headingLevel: null, listNumber: null, location: { line: 1 } },
      { type: 'paragraph', text: '本部门 “自行监控” 模式。', headingLevel: null, listNumber: null, location: { line: 2 } },
    ]);
  });

  it('drops every [bookmark: …] marker, and a line left blank by it', () => {
    const doc = readString('一、概况[bookmark: _Toc123]\n[bookmark: _GoBack]\n二、[bookmark: OLE_LINK1]情况');
    expect(doc.blocks.map((b) => [b.location.line, b.type === 'paragraph' ? b.text : ''])).toEqual([
      [1, '一、概况'],
      [3, '二、情况'],
    ]);
  });

  it('keeps brackets that are not debris', () => {
    expect(paragraphTexts(readString('[综]私挖盗采点勘测费用\n[bookmark 不完整').blocks)).toEqual(['[综]私挖盗采点勘测费用', '[bookmark 不完整']);
  });

  it('caps table rows at the limit and says so in warnings', () => {
    const rows = ['名称\t金额', ...Array.from({ length: 30 }, (_, i) => `项目${i}\t${i}`)];
    const doc = read(Buffer.from(rows.join('\n'), 'utf8'), { ...DEFAULT_LIMITS, maxTableRows: 10 });
    expect(tables(doc.blocks)[0]?.rows).toHaveLength(10);
    expect(tables(doc.blocks)[0]?.rowLocations).toHaveLength(10);
    expect(doc.warnings).toHaveLength(1);
    expect(doc.warnings[0]).toContain('21');
  });
});

describe('readText: refusals', () => {
  it('refuses a text file over the size limit, saying the size and the limit', () => {
    const e = refusal(Buffer.alloc(101, 0x41), { ...DEFAULT_LIMITS, maxTextBytes: 100 });
    expect(e.kind).toBe('too-large');
    expect(e.reason).toContain('101');
    expect(e.reason).toContain('100');
    expect(e.reasonEn).toMatch(/too large: 101 bytes, over the limit of 100/);
  });

  it('refuses an empty or whitespace-only file', () => {
    for (const bytes of [Buffer.alloc(0), Buffer.from('  \r\n\u3000\n\t\n', 'utf8'), Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('[bookmark: _GoBack]\n', 'utf8')]) {
      const e = refusal(bytes);
      expect(e.kind).toBe('empty');
      expect(e.reasonEn).toContain('no text');
    }
  });

  it('refuses random bytes instead of making paragraphs of them', () => {
    let state = 12345;
    const bytes = new Uint8Array(5000).map(() => {
      state = (state * 1103515245 + 12345) & 0x7fffffff;
      return state >>> 16;
    });
    expect(refusal(bytes).kind).toBe('binary');
  });
});

describe('readText: cost is linear in the input', () => {
  const big = { ...DEFAULT_LIMITS, maxTextBytes: 64 * 1024 * 1024 };

  it('reads an 18 MB single line (pipes, spaces, brackets, tabs) in seconds', () => {
    const unit = '资金 | 12.21  项目名称\u3000[bookmark: x [综] 100%\t';
    const line = unit.repeat(Math.ceil((18 * 1024 * 1024) / Buffer.byteLength(unit)));
    const started = performance.now();
    const doc = read(Buffer.from(line, 'utf8'), big);
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(doc.blocks).toHaveLength(1);
  });

  it('reads 4 MB of short lines (~600k blocks: short runs, blank-separated groups, tab-indented prose) in linear time', () => {
    // a quadratic step would not finish
    const unit = '项目名称\n资金\n甲项目\n\t正文一段。\n\n名称\n12\n\n标题\n正文\n';
    const units = Math.ceil((4 * 1024 * 1024) / Buffer.byteLength(unit));
    const text = unit.repeat(units);
    const started = performance.now();
    const doc = read(Buffer.from(text, 'utf8'), big);
    expect(performance.now() - started).toBeLessThan(30_000);
    // eight non-blank lines a unit, none of them a table (no run has a period)
    expect(doc.blocks).toHaveLength(units * 8);
    expect(doc.blocks.every((b) => b.type === 'paragraph')).toBe(true);
  });
});

describe.skipIf(!corpusAvailable)('readText on the real corpus', () => {
  const cases = corpusCases();
  const docs = new Map(cases.map((c) => [c.id, read(c.bytes)]));

  it('ingests every corpus file without an error, with locations in file order', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
    for (const c of cases) {
      const doc = docs.get(c.id);
      expect(doc?.source.encoding).toBe('utf-8');
      expect(doc?.blocks.length).toBeGreaterThan(0);
      const starts = doc?.blocks.map((b) => b.location.line ?? 0) ?? [];
      for (let i = 1; i < starts.length; i++) expect(starts[i]).toBeGreaterThan(starts[i - 1] ?? 0);
      const lineCount = c.bytes.toString('utf8').split('\n').length;
      expect(Math.max(...starts)).toBeLessThanOrEqual(lineCount);
    }
  });

  it('keeps every paragraph findable on its line (once extraction debris is taken out)', () => {
    const withoutDebris = (line: string) => extractionDebris.reduce((l, d) => l.replace(d.pattern, ''), line);
    for (const c of cases) {
      const lines = c.bytes.toString('utf8').split('\n');
      for (const b of docs.get(c.id)?.blocks ?? []) {
        if (b.type === 'paragraph') expect(withoutDebris(lines[(b.location.line ?? 0) - 1] ?? '')).toContain(b.text);
      }
    }
  });

  it('reads prose-only reports as paragraphs only, one per non-blank line', () => {
    for (const id of ['jinzhai-mabu-town-2023', 'lanyang-town-xianjie-2023', 'nanxian-xcb-2024', 'gushi-zushimiao-town-2024']) {
      const c = cases.find((x) => x.id === id);
      if (c === undefined) throw new Error(`corpus file ${id} is missing`);
      const nonBlank = c.bytes.toString('utf8').split('\n').filter((l) => l.trim() !== '').length;
      const blocks = docs.get(id)?.blocks ?? [];
      expect(tables(blocks)).toEqual([]);
      expect(blocks).toHaveLength(nonBlank);
    }
  });

  it('reads the `cell |` form as one pipe block covering every line, cells in order', () => {
    const [table, ...others] = tables(docs.get('scqs_qingshen_fgj_2023_gzxzc')?.blocks ?? []);
    expect(others).toEqual([]);
    expect(table?.layout).toBe('pipe');
    expect(table?.rows.flat()).toContain('238.93');
    expect(table?.rows.flat().slice(30, 37)).toEqual(['总额', '238.93', '251.89', '251.89', '100.00%', '10', '']);
  });

  it('reads the pipe-row form with its total row as written', () => {
    const [table] = tables(docs.get('yn_yongde_mlzx_2022_yygs')?.blocks ?? []);
    expect(table?.layout).toBe('pipe');
    const total = table?.rows[table.rowLocations.findIndex((l) => l.line === 34)];
    expect(total?.slice(0, 6)).toEqual(['其他需要说明事项', '无', '总分', '100', '96', '优']);
    expect(table?.rows[16]?.slice(0, 8)).toEqual(['时效指标', '资金到位及时率', '≧', '100', '%', '100%', '10', '7']);
  });

  it('keeps the one-line and fused forms as paragraphs rather than guessing cells', () => {
    for (const id of ['tangxi-town-cunji-2022', 'hb_xinzhou_chujutuan_2020_yanchushebei', 'sh_putuo_tiyu_2022_jiesuan']) {
      expect(tables(docs.get(id)?.blocks ?? [])).toEqual([]);
    }
  });
});

describe('readText: debris of web pages', () => {
  it('removes pinyin glosses inside words, and nothing else in brackets', () => {
    expect(paragraphTexts(readString('2020年度項(xiàng)目支出績效自評表\n資金(萬元)\n(a)款').blocks)).toEqual(['2020年度項目支出績效自評表', '資金(萬元)', '(a)款']);
  });

  it('removes a document-sharing site’s page markers, in page order, under its header only', () => {
    const shared = readString('《某报告.docx》由会员分享,可在线阅读\n1、一、基本情况安排资金20\n2、万元。3、其他\n4、不是页码');
    expect(paragraphTexts(shared.blocks)).toEqual(['《某报告.docx》由会员分享,可在线阅读', '一、基本情况安排资金20', '万元。3、其他', '4、不是页码']);
    expect(paragraphTexts(readString('正文\n1、加强管理\n2、完善制度').blocks)).toEqual(['正文', '1、加强管理', '2、完善制度']);
  });
});
