import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Document, ImageRun, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { ingest, IngestError } from '../../src/ingest/index.js';
import { readZipDirectory, readZipEntry } from '../../src/ingest/zip-entries.js';
import { repoRoot } from '../support/corpus.js';
import type { Block, SourceDocument, TableBlock } from '../../src/model.js';
import { docx, documentXml, numberingXml, p, stylesXml } from './docx-builder.js';

const fixture = (name: string): Uint8Array => readFileSync(path.join(repoRoot, 'fixtures', name));
const read = (bytes: Uint8Array, name = 'test.docx'): Promise<SourceDocument> => ingest({ path: name, bytes });
const tables = (doc: SourceDocument): TableBlock[] => doc.blocks.filter((b): b is TableBlock => b.type === 'table');
const paragraphs = (doc: SourceDocument) => doc.blocks.filter((b): b is Extract<Block, { type: 'paragraph' }> => b.type === 'paragraph');

/** The seed's table, read straight from the text: one tab-prefixed cell per line, rows split by blank lines. */
function seedGrid(): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  for (const line of readFileSync(path.join(repoRoot, 'fixtures/shenxing-2022-summary.txt'), 'utf8').split('\n')) {
    if (line.startsWith('\t')) row.push(line.trim());
    else if (row.length > 0) {
      rows.push(row);
      row = [];
    }
  }
  return rows;
}

function partText(bytes: Uint8Array, name: string): string {
  const entry = readZipDirectory(bytes).find((e) => e.name === name);
  return new TextDecoder().decode(readZipEntry(bytes, entry!));
}

const SEED_HEADINGS = ['一、绩效自评工作组织开展情况', '二、绩效目标实现情况', '三、绩效目标设定质量情况', '四、整改措施及结果应用'];

describe('the seed as Word documents', () => {
  it('reads the seed .docx: Heading 1 paragraphs 一、…四、 and the 25×5 project table', async () => {
    const doc = await read(fixture('shenxing-2022-summary.docx'));
    expect(doc.source.format).toBe('docx');
    expect(doc.source.encoding).toBeNull();
    expect(paragraphs(doc).filter((b) => b.headingLevel === 1).map((b) => b.text)).toEqual(SEED_HEADINGS);
    expect(paragraphs(doc).filter((b) => b.headingLevel === 2).map((b) => b.text)).toEqual(['１．资金情况', '２．绩效自评工作开展情况', '３．绩效自评工作情况']);
    const [table, ...others] = tables(doc);
    expect(others).toEqual([]);
    expect(table!.rows).toHaveLength(25);
    expect(table!.rows.every((row) => row.length === 5)).toBe(true);
    expect(table!.rows).toEqual(seedGrid());
    expect(doc.warnings).toEqual([]);
  });

  it('gives every block its index and every table row its { block, row }', async () => {
    const doc = await read(fixture('shenxing-2022-summary.docx'));
    doc.blocks.forEach((block, i) => expect(block.location).toEqual({ block: i }));
    const table = tables(doc)[0]!;
    expect(table.rowLocations).toEqual(table.rows.map((_, row) => ({ block: table.location.block, row })));
  });

  it('restores automatic numbering: 一、 comes back although the text does not have it', async () => {
    const bytes = fixture('shenxing-2022-summary-autonumber.docx');
    // the fixture really is auto-numbered: the headings' text has no number
    const xml = partText(bytes, 'word/document.xml');
    expect(xml).toContain('<w:numPr>');
    expect(xml).not.toContain('一、');
    expect(partText(bytes, 'word/numbering.xml')).toContain('chineseCounting');

    const doc = await read(bytes);
    const headings = paragraphs(doc).filter((b) => b.headingLevel !== null);
    expect(headings.map((b) => [b.headingLevel, b.listNumber, b.text])).toEqual([
      [1, '一、', SEED_HEADINGS[0]],
      [2, '１．', '１．资金情况'],
      [2, '２．', '２．绩效自评工作开展情况'],
      [2, '３．', '３．绩效自评工作情况'],
      [1, '二、', SEED_HEADINGS[1]],
      [1, '三、', SEED_HEADINGS[2]],
      [1, '四、', SEED_HEADINGS[3]],
    ]);
    expect(paragraphs(doc).filter((b) => b.headingLevel === null).every((b) => b.listNumber === null)).toBe(true);
    expect(tables(doc)[0]!.rows).toEqual(seedGrid());
  });

  it('expands the merged title row across and the merged department column down', async () => {
    const bytes = fixture('shenxing-2022-summary-merged.docx');
    const xml = partText(bytes, 'word/document.xml');
    expect(xml).toMatch(/<w:gridSpan w:val="5"\/>/);
    expect(xml).toMatch(/<w:vMerge w:val="restart"\/>/);

    const table = tables(await read(bytes))[0]!;
    expect(table.rows).toHaveLength(26);
    expect(new Set(table.rows[0])).toEqual(new Set(['2022年度项目绩效自评完成情况表']));
    expect(table.rows[0]).toHaveLength(5);
    expect(table.rows.slice(1)).toEqual(seedGrid());
    expect(table.rows.slice(2).every((row) => row[0] === '神星镇人民政府本级')).toBe(true);
  });

  it('keeps tracked insertions and drops tracked deletions', async () => {
    const bytes = fixture('shenxing-2022-summary-tracked.docx');
    const xml = partText(bytes, 'word/document.xml');
    expect(xml).toContain('<w:ins ');
    expect(xml).toContain('<w:delText');
    expect(xml).toContain('临时');

    const doc = await read(bytes);
    const table = tables(doc)[0]!;
    expect(table.rows).toEqual(seedGrid());
    const row = table.rows.find((r) => r[1] === '村干部基础职务补贴');
    expect(row?.[2]).toBe('360.2358');
    expect(JSON.stringify(doc.blocks)).not.toContain('临时');
  });
});

describe('Word details', () => {
  it('reads heading levels from Word and WPS style names (heading 1, Heading 2, 标题 3, 标题4, heading 7)', async () => {
    const style = (id: string, name: string): string => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/></w:style>`;
    const bytes = docx({
      styles: stylesXml(style('2', 'heading 1') + style('3', 'Heading 2') + style('a1', '标题 3') + style('a2', '标题4') + style('a3', 'heading 7')),
      document: documentXml(p('甲', { style: '2' }) + p('乙', { style: '3' }) + p('丙', { style: 'a1' }) + p('丁', { style: 'a2' }) + p('戊', { style: 'a3' }) + p('正文')),
    });
    const doc = await read(bytes);
    expect(paragraphs(doc).map((b) => [b.text, b.headingLevel])).toEqual([
      ['甲', 1],
      ['乙', 2],
      ['丙', 3],
      ['丁', 4],
      ['戊', 7],
      ['正文', null],
    ]);
    expect(doc.warnings).toEqual([]);
  });

  it('numbers headings whose numbering comes from the heading style itself', async () => {
    const lvl = (ilvl: number, text: string): string =>
      `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="${text}"/></w:lvl>`;
    const styles = stylesXml(
      '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>' +
        '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="2"/></w:numPr></w:pPr></w:style>' +
        '<w:style w:type="paragraph" w:styleId="L"><w:name w:val="List Number"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="2"/></w:numPr></w:pPr></w:style>',
    );
    const bytes = docx({
      styles,
      numbering: numberingXml(`<w:abstractNum w:abstractNumId="0">${lvl(0, '%1、')}${lvl(1, '（%2）')}</w:abstractNum><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>`),
      document: documentXml(p('总体', { style: '1' }) + p('正文') + p('分项', { style: '2' }) + p('列表项', { style: 'L' }) + p('目标', { style: '1' })),
    });
    const doc = await read(bytes);
    expect(paragraphs(doc).map((b) => [b.text, b.headingLevel, b.listNumber])).toEqual([
      ['一、总体', 1, '一、'],
      ['正文', null, null],
      ['（一）分项', 2, '（一）'],
      ['（二）列表项', null, '（二）'],
      ['二、目标', 1, '二、'],
    ]);
  });

  it('reads outline levels (大纲级别) as heading levels when no heading style says it', async () => {
    const withOutline = (text: string, level: number): string =>
      `<w:p><w:pPr><w:outlineLvl w:val="${level}"/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const styles = stylesXml(
      '<w:style w:type="paragraph" w:styleId="a5"><w:name w:val="自定义标题"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>' +
        '<w:style w:type="paragraph" w:styleId="a6"><w:name w:val="自定义标题2"/><w:basedOn w:val="a5"/></w:style>' +
        '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>',
    );
    const bytes = docx({
      styles,
      document: documentXml(withOutline('大纲一级', 0) + p('样式二级', { style: 'a5' }) + p('继承二级', { style: 'a6' }) + withOutline('正文级别', 9) + p('标题样式', { style: '1' }) + withOutline('', 0) + p('普通')),
    });
    const doc = await read(bytes);
    expect(paragraphs(doc).map((b) => [b.text, b.headingLevel])).toEqual([
      ['大纲一级', 1],
      ['样式二级', 2],
      ['继承二级', 2],
      ['正文级别', null],
      ['标题样式', 1],
      ['普通', null],
    ]);
  });

  it('numbers （一） sub-headings and restarts them under each 一、', async () => {
    const lvl = (ilvl: number, text: string): string =>
      `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="${text}"/></w:lvl>`;
    const bytes = docx({
      numbering: numberingXml(`<w:abstractNum w:abstractNumId="7">${lvl(0, '%1、')}${lvl(1, '（%2）')}</w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>`),
      document: documentXml(
        p('基本情况', { numId: 3, ilvl: 0 }) + p('项目概况', { numId: 3, ilvl: 1 }) + p('资金情况', { numId: 3, ilvl: 1 }) + p('绩效目标', { numId: 3, ilvl: 0 }) + p('总目标', { numId: 3, ilvl: 1 }),
      ),
    });
    const doc = await read(bytes);
    expect(paragraphs(doc).map((b) => [b.listNumber, b.text])).toEqual([
      ['一、', '一、基本情况'],
      ['（一）', '（一）项目概况'],
      ['（二）', '（二）资金情况'],
      ['二、', '二、绩效目标'],
      ['（一）', '（一）总目标'],
    ]);
  });

  it('numbers a paragraph in a text box once, in the copy mammoth reads', async () => {
    const lvl = '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>';
    const boxed = p('文本框内', { numId: 1, ilvl: 0 });
    const textBox =
      '<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">' +
      `<mc:Choice Requires="wps"><w:drawing><w:txbxContent>${boxed}</w:txbxContent></w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>${boxed}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>` +
      '</mc:AlternateContent></w:r></w:p>';
    const bytes = docx({
      numbering: numberingXml(`<w:abstractNum w:abstractNumId="0">${lvl}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`),
      document: documentXml(p('前', { numId: 1, ilvl: 0 }) + textBox + p('后', { numId: 1, ilvl: 0 })),
    });
    const doc = await read(bytes);
    expect(paragraphs(doc).map((b) => b.text)).toEqual(['一、前', '二、文本框内', '三、后']);
  });

  it('reads a report with a picture: the text comes through, the picture costs nothing', async () => {
    // a 1×1 PNG
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    const document = new Document({
      sections: [{ children: [new Paragraph({ children: [new ImageRun({ type: 'png', data: png, transformation: { width: 10, height: 10 } })] }), new Paragraph('图后正文')] }],
    });
    const doc = await read(new Uint8Array(await Packer.toBuffer(document)));
    expect(paragraphs(doc).map((b) => b.text)).toEqual(['图后正文']);
    expect(doc.warnings).toEqual([]);
  });

  it('restores an auto-numbered 序号 column inside a table', async () => {
    const lvl = '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/></w:lvl>';
    const row = (...cells: string[]): string => `<w:tr>${cells.map((c) => `<w:tc>${c}</w:tc>`).join('')}</w:tr>`;
    const numbered = `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:p>`;
    const bytes = docx({
      numbering: numberingXml(`<w:abstractNum w:abstractNumId="0">${lvl}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`),
      document: documentXml(`<w:tbl>${row(p('序号'), p('项目'))}${row(numbered, p('甲'))}${row(numbered, p('乙'))}</w:tbl>`),
    });
    const doc = await read(bytes);
    expect(tables(doc)[0]!.rows).toEqual([
      ['序号', '项目'],
      ['1', '甲'],
      ['2', '乙'],
    ]);
  });

  it('keeps a nested table as its own table block, not duplicated into the outer cell', async () => {
    const cell = (content: string): string => `<w:tc>${content}</w:tc>`;
    const inner = `<w:tbl><w:tr>${cell(p('内1'))}${cell(p('内2'))}</w:tr></w:tbl>`;
    const bytes = docx({ document: documentXml(`<w:tbl><w:tr>${cell(p('外层') + inner + p(''))}${cell(p('右'))}</w:tr></w:tbl>`) });
    const doc = await read(bytes);
    expect(doc.blocks.map((b) => (b.type === 'table' ? b.rows : b.text))).toEqual([[['外层', '右']], [['内1', '内2']]]);
  });

  it("keeps mammoth's warnings about content it skipped, as plain strings", async () => {
    const bytes = docx({ document: documentXml('<w:p><w:r><w:t>正文</w:t></w:r><w:r><w:unknownContent/></w:r></w:p>') });
    const doc = await read(bytes);
    expect(doc.warnings).toEqual(['An unrecognised element was ignored: w:unknownContent']);
  });

  it('drops warnings about looks only (an unknown style still gives its text)', async () => {
    const bytes = docx({
      styles: stylesXml('<w:style w:type="paragraph" w:styleId="Fancy"><w:name w:val="Fancy Box"/></w:style>'),
      document: documentXml(p('正文', { style: 'Fancy' }) + p('另一段', { style: 'Missing' })),
    });
    const doc = await read(bytes);
    expect(paragraphs(doc).map((b) => b.text)).toEqual(['正文', '另一段']);
    expect(doc.warnings).toEqual([]);
  });
});

describe('XML entities in a docx are never expanded', () => {
  const refusal = async (bytes: Uint8Array): Promise<IngestError> => {
    const error = await read(bytes).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(IngestError);
    return error as IngestError;
  };

  it('refuses an external entity (file:///etc/passwd) without reading it', async () => {
    const prolog = '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';
    const error = await refusal(docx({ document: documentXml(p('&xxe;'), prolog) }));
    expect(error.kind).toBe('xml-entities');
    expect(error.reason).toContain('XML 实体');
    expect(error.reasonEn).toMatch(/declares XML entities/);
    expect(error.reasonEn).not.toContain('root:');
  });

  it('refuses billion laughs without expanding it', async () => {
    const levels = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');
    const prolog = `<!DOCTYPE lolz [<!ENTITY lol0 "lol">${levels}]>`;
    const started = Date.now();
    const error = await refusal(docx({ document: documentXml(p('&lol9;'), prolog) }));
    expect(error.kind).toBe('xml-entities');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('refuses a DTD hidden in another part (styles.xml)', async () => {
    const styles = stylesXml('').replace('?>', '?><!DOCTYPE x [<!ENTITY a "b">]>');
    const error = await refusal(docx({ styles, document: documentXml(p('正文')) }));
    expect(error.kind).toBe('xml-entities');
    expect(error.reasonEn).toContain('word/styles.xml');
  });
});
