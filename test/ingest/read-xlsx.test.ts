import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest, IngestError, type IngestLimits } from '../../src/ingest/index.js';
import { columnName } from '../../src/ingest/read-xlsx.js';
import { readZipDirectory, readZipEntry, writeZip, type ZipFile } from '../../src/ingest/zip-entries.js';
import { SourceDocumentSchema, type SourceDocument, type TableBlock } from '../../src/model.js';
import { repoRoot } from '../support/corpus.js';
import { understateFirstEntry } from './docx-builder.js';

const form = (): Uint8Array => readFileSync(path.join(repoRoot, 'fixtures', 'project-form.xlsx'));

async function read(bytes: Uint8Array, limits?: Partial<IngestLimits>): Promise<SourceDocument> {
  const doc = await ingest({ path: 'form.xlsx', bytes }, limits);
  SourceDocumentSchema.parse(doc);
  return doc;
}

async function refusal(bytes: Uint8Array, limits?: Partial<IngestLimits>): Promise<IngestError> {
  const outcome = await ingest({ path: 'form.xlsx', bytes }, limits).then(
    () => null,
    (e: unknown) => e,
  );
  expect(outcome).toBeInstanceOf(IngestError);
  const error = outcome as IngestError;
  expect(error.reason + error.reasonEn).not.toMatch(/\n\s+at |Error:|undefined/);
  return error;
}

/** The form's parts, with one replaced or added. */
function withPart(name: string, data: Uint8Array, deflate = true): Uint8Array {
  const bytes = form();
  const files: ZipFile[] = readZipDirectory(bytes).map((entry) => ({ name: entry.name, data: readZipEntry(bytes, entry) }));
  const at = files.findIndex((f) => f.name === name);
  if (at >= 0) files[at] = { name, data };
  else files.push({ name, data });
  return writeZip(files, { deflate });
}

const table = (doc: SourceDocument): TableBlock => doc.blocks.find((b): b is TableBlock => b.type === 'table')!;
const row = (doc: SourceDocument, cell: string): string[] => {
  const t = table(doc);
  return t.rows[t.rowLocations.findIndex((l) => l.cell === cell)]!;
};

describe('reading an .xlsx form', () => {
  it('titles and notes (one filled cell, merged or not) are paragraphs with their sheet and cell', async () => {
    const doc = await read(form());
    expect(doc.source).toMatchObject({ format: 'xlsx', encoding: null });
    const paragraphs = doc.blocks.filter((b) => b.type === 'paragraph');
    expect(paragraphs.map((p) => [p.type === 'paragraph' && p.text, p.location])).toEqual([
      ['项目支出绩效自评表', { block: 0, sheet: '自评表', cell: 'A1' }],
      ['（2023年度）', { block: 1, sheet: '自评表', cell: 'A2' }],
      ['注：执行率=全年执行数/全年预算数。', { block: 3, sheet: '自评表', cell: 'A19' }],
    ]);
    expect(doc.warnings).toEqual([]);
  });

  it('the used range is one grid, merged cells expanded, each row located at its first cell', async () => {
    const doc = await read(form());
    const t = table(doc);
    expect(t.layout).toBe('xlsx');
    expect(t.location).toEqual({ block: 2, sheet: '自评表', cell: 'A3' });
    expect(t.rows.every((r) => r.length === 8)).toBe(true);
    expect(t.rowLocations.map((l) => l.cell)).toEqual(Array.from({ length: 16 }, (_, i) => `A${i + 3}`));
    expect(row(doc, 'A3')).toEqual(['项目名称', ...Array(7).fill('村级办公经费')]);
    // a label merged down four rows repeats in each
    expect(t.rows.slice(2, 6).map((r) => r[0])).toEqual(Array(4).fill('项目资金（万元）'));
    expect(row(doc, 'A14')[0]).toBe('产出指标');
  });

  it('cells read as Excel shows them: saved formula results, percentages, no float noise, dates', async () => {
    const doc = await read(form());
    // E6 = E7+E8 saved as 17.994600000000002; G6 = 0.99970000… formatted 0.00%; H6 9.99 formatted 0.00
    expect(row(doc, 'A6')).toEqual(['项目资金（万元）', '年度资金总额', '18', '18', '17.9946', '10', '99.97%', '9.99']);
    expect(row(doc, 'A17').slice(5, 7)).toEqual(['100', '98.99']);
    expect(row(doc, 'A18').slice(0, 2)).toEqual(['填表日期', '2024年3月15日']);
  });

  it('columns are named as Excel names them', () => {
    expect([1, 26, 27, 52, 703].map(columnName)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
  });
});

describe('hostile or damaged workbooks', () => {
  it('an xlsx bomb is refused before exceljs inflates it: by ratio, by total size, and when the directory lies', async () => {
    const zeros = new Uint8Array(20 * 1024 * 1024);
    expect((await refusal(withPart('xl/worksheets/sheet2.xml', zeros))).kind).toBe('zip-bomb');
    expect((await refusal(form(), { maxInflatedBytes: 1000 })).kind).toBe('zip-bomb');
    const sheet = new TextEncoder().encode(`<worksheet>${'<row/>'.repeat(100_000)}</worksheet>`);
    const lying = understateFirstEntry(writeZip([{ name: 'xl/worksheets/sheet1.xml', data: sheet }, { name: 'xl/workbook.xml', data: new Uint8Array(10) }], { deflate: true }), 100);
    expect((await refusal(lying)).kind).toBe('zip-bomb');
  });

  it('too many cells: refused from a count on the bytes, before parsing', async () => {
    const error = await refusal(form(), { maxSheetCells: 50 });
    expect(error.kind).toBe('too-large');
    expect(error.reasonEn).toMatch(/--max-sheet-cells/);
  });

  it('a merged range over the whole sheet is counted before exceljs would create its cells', async () => {
    const sheet = new TextEncoder().encode(
      '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells></worksheet>',
    );
    const started = Date.now();
    const error = await refusal(withPart('xl/worksheets/sheet1.xml', sheet));
    expect(error.kind).toBe('too-large');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('a few cells far apart (A and XFD on each row) cannot make a grid past the cell limit', async () => {
    const cell = (ref: string) => `<c r="${ref}" t="inlineStr"><is><t>v</t></is></c>`;
    const rows = [1, 2, 3].map((r) => `<row r="${r}">${cell(`A${r}`)}${cell(`XFD${r}`)}</row>`).join('');
    const sheet = new TextEncoder().encode(`<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`);
    const error = await refusal(withPart('xl/worksheets/sheet1.xml', sheet), { maxSheetCells: 20_000 });
    expect(error.kind).toBe('too-large');
  });

  it('a DTD in a sheet is refused; a sheet that is not XML gives corrupt-xlsx', async () => {
    const dtd = new TextEncoder().encode('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet/>');
    expect((await refusal(withPart('xl/worksheets/sheet1.xml', dtd))).kind).toBe('xml-entities');
    const broken = new TextEncoder().encode('<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>99</v></c></row></sheetData>');
    expect((await refusal(withPart('xl/worksheets/sheet1.xml', broken))).kind).toBe('corrupt-xlsx');
  });

  it('a truncated workbook gives corrupt-xlsx', async () => {
    const bytes = form();
    expect((await refusal(bytes.subarray(0, bytes.length - 30))).kind).toBe('corrupt-xlsx');
  });
});
