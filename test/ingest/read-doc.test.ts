import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest, IngestError } from '../../src/ingest/index.js';
import { textToBlocks } from '../../src/ingest/read-doc.js';
import { SourceDocumentSchema, type Block, type SourceDocument } from '../../src/model.js';
import { repoRoot } from '../support/corpus.js';
import { loopChain, renameOleEntry, streamStart } from '../support/ole2.js';

const fixture = (name: string): Uint8Array => readFileSync(path.join(repoRoot, 'fixtures', name));

async function read(name: string, bytes = fixture(name)): Promise<SourceDocument> {
  const doc = await ingest({ path: name, bytes });
  SourceDocumentSchema.parse(doc);
  return doc;
}

async function refusal(name: string, bytes: Uint8Array): Promise<IngestError> {
  const outcome = await ingest({ path: name, bytes }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(outcome, `${name} should be refused`).toBeInstanceOf(IngestError);
  const error = outcome as IngestError;
  expect(error.reason + error.reasonEn).not.toMatch(/\n\s+at |Error:|undefined/);
  return error;
}

const texts = (blocks: readonly Block[]): string[] => blocks.map((b) => (b.type === 'paragraph' ? b.text : `[table ${b.rows.length}x${b.rows[0]?.length}]`));
const tables = (doc: SourceDocument): string[][][] => doc.blocks.flatMap((b) => (b.type === 'table' ? [b.rows] : []));

describe('reading a Word 97–2003 .doc', () => {
  it('gives the seed .docx its paragraphs and its 25×5 table, in order', async () => {
    const doc = await read('shenxing-2022-summary.doc');
    const docx = await read('shenxing-2022-summary.docx');
    expect(doc.source).toMatchObject({ format: 'doc', encoding: null });
    expect(texts(doc.blocks)).toEqual(texts(docx.blocks));
    expect(tables(doc)).toEqual(tables(docx));
    const table = doc.blocks.find((b) => b.type === 'table')!;
    expect(table).toMatchObject({ layout: 'doc', location: { block: 13 } });
    expect(table.type === 'table' && table.rowLocations[24]).toEqual({ block: 13, row: 24 });
    expect(doc.warnings).toEqual([]);
  });

  it('drops tracked deletions and keeps insertions, as Word shows them', async () => {
    const doc = await read('shenxing-2022-summary-tracked.doc');
    // the deleted text is still in the file: the reader must leave it out
    expect(Buffer.from(fixture('shenxing-2022-summary-tracked.doc')).includes(Buffer.from('临时', 'utf16le'))).toBe(true);
    expect(tables(doc)[0]).toContainEqual(['神星镇人民政府本级', '村干部基础职务补贴', '360.2358', '100%', '98.22']);
    expect(JSON.stringify(doc.blocks)).not.toContain('临时');
  });

  it('keeps a cell of several paragraphs in its cell (Word flags them in-table)', async () => {
    const doc = await read('multi-paragraph-cells.doc');
    expect(texts(doc.blocks)).toEqual(['前言', '[table 2x2]', '后记']);
    expect(tables(doc)).toEqual([[['第一段\n第二段', 'b'], ['x', 'y1\ny2']]]);
  });

  it('reads a .wps in the Word 97 format the same way (the name does not matter)', async () => {
    const wps = await read('报告.wps', fixture('shenxing-2022-summary.doc'));
    expect(wps.blocks).toEqual((await read('shenxing-2022-summary.doc')).blocks);
  });
});

describe('Word marks → blocks', () => {
  it('cells end at cell marks, rows at row ends; a tab typed in a cell stays in it', () => {
    const { blocks } = textToBlocks('标题\r名称\u0007金额\u0007\n甲\t乙\u00071.5\u0007\n说明\r', 100);
    expect(blocks).toEqual([
      { type: 'paragraph', text: '标题', headingLevel: null, listNumber: null, location: { block: 0 } },
      { type: 'table', rows: [['名称', '金额'], ['甲\t乙', '1.5']], rowLocations: [{ block: 1, row: 0 }, { block: 1, row: 1 }], location: { block: 1 }, layout: 'doc' },
      { type: 'paragraph', text: '说明', headingLevel: null, listNumber: null, location: { block: 2 } },
    ]);
  });

  it('a cell of several paragraphs (marked in-table) stays one cell; short rows are padded', () => {
    const { blocks } = textToBlocks('前言\r第一段\u000b第二段\u0007b\u0007c\u0007\nx\u0007\n', 100);
    expect(blocks[1]).toMatchObject({ rows: [['第一段\n第二段', 'b', 'c'], ['x', '', '']] });
  });

  it('fields show their result, not their code; nested fields too; picture anchors are dropped', () => {
    const { blocks } = textToBlocks('共\u0013 =SUM(ABOVE) \u0014\u0013 REF x \u00145\u0015\u0015个\u0001项目\r\u0013 PAGE \u0015页\r', 100);
    expect(texts(blocks)).toEqual(['共5个项目', '页']);
  });

  it('keeps at most the row limit and says so', () => {
    const { blocks, warnings } = textToBlocks('a\u0007b\u0007\n'.repeat(5), 3);
    expect(blocks[0]).toMatchObject({ rows: [['a', 'b'], ['a', 'b'], ['a', 'b']] });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/--max-rows/);
  });
});

describe('other OLE2 files', () => {
  it('a password-protected Office file (EncryptionInfo + EncryptedPackage) is refused as encrypted', async () => {
    const encrypted = renameOleEntry(renameOleEntry(fixture('shenxing-2022-summary.doc'), 'WordDocument', 'EncryptedPackage'), '1Table', 'EncryptionInfo');
    const error = await refusal('加密.docx', encrypted);
    expect(error.kind).toBe('encrypted');
    expect(error.reason).toContain('密码');
  });

  it('an OLE2 file without a Word document (Works .wps, .ppt) is refused as legacy-office', async () => {
    const error = await refusal('works.wps', renameOleEntry(fixture('shenxing-2022-summary.doc'), 'WordDocument', 'CONTENTS'));
    expect(error.kind).toBe('legacy-office');
    expect(error.reason).toContain('另存为');
  });

  it('a .xls is refused with the way out: save as .xlsx', async () => {
    const error = await refusal('form.xls', fixture('project-form.xls'));
    expect(error.kind).toBe('legacy-office');
    expect(error.reason).toContain('.xlsx');
    expect(error.reasonEn).toMatch(/Save As" \.xlsx/);
  });

  it('a truncated .doc, a looping sector chain, garbage in the Word stream: corrupt-doc, quickly', async () => {
    const doc = fixture('shenxing-2022-summary.doc');
    const { offset } = streamStart(doc, 'WordDocument');
    const garbage = Buffer.from(doc);
    for (let i = 0; i < 4096; i++) garbage[offset + i] = (i * 131 + 7) & 0xff;
    const started = Date.now();
    for (const [name, bytes] of [
      ['truncated.doc', doc.subarray(0, 5000)],
      ['loop.doc', loopChain(doc, 'WordDocument')],
      ['garbage.doc', garbage],
    ] as const) {
      expect((await refusal(name, bytes)).kind, name).toBe('corrupt-doc');
    }
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
