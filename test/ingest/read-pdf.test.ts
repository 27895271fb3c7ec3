import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, ingest, IngestError } from '../../src/ingest/index.js';
import type { Block, SourceDocument } from '../../src/model.js';
import { layoutProjects, LAYOUT } from '../../scripts/make-pdf-fixtures.js';
import { PICTURE_ONLY, pdfWithPages, textContent } from './pdf-builder.js';

const fixture = (name: string): Uint8Array => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url));

async function read(name: string, bytes: Uint8Array, limits = {}): Promise<SourceDocument> {
  return ingest({ path: name, bytes }, limits);
}

async function refusal(bytes: Uint8Array, limits = {}): Promise<IngestError> {
  const error = await read('x.pdf', bytes, limits).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IngestError);
  return error as IngestError;
}

const paragraphs = (doc: SourceDocument): string[] => doc.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));
const tables = (doc: SourceDocument): Extract<Block, { type: 'table' }>[] => doc.blocks.filter((b) => b.type === 'table');

describe('readPdf on the layout fixture (header, footer, a table over two pages, two columns)', () => {
  it('drops the running header and the 第 N 页 共 M 页 footer from every page', async () => {
    const doc = await read('pdf-layout.pdf', fixture('pdf-layout.pdf'));
    const texts = [...paragraphs(doc), ...tables(doc).flatMap((t) => t.rows.flat())];
    expect(texts.some((t) => t.includes('内部资料'))).toBe(false);
    expect(texts.some((t) => /第\s*\d+\s*页/.test(t))).toBe(false);
    expect(paragraphs(doc)[0]).toBe(LAYOUT.title);
  });

  it('rebuilds the 40-row table as one table: repeated header row dropped, each row on its page', async () => {
    const doc = await read('pdf-layout.pdf', fixture('pdf-layout.pdf'));
    const [table, ...others] = tables(doc);
    expect(others).toEqual([]);
    expect(table!.layout).toBe('pdf');
    expect(table!.rows[0]).toEqual(['项目名称', '资金数额（万元）', '完成率', '自评得分']);
    expect(table!.rows.slice(1)).toEqual(layoutProjects().map((p) => [p.name, p.amount, '100%', '100']));
    const pages = table!.rowLocations.map((l) => l.page);
    expect(pages[0]).toBe(1);
    expect(pages.at(-1)).toBe(2);
    expect([...pages].sort((a, b) => a! - b!)).toEqual(pages);
    expect(table!.rowLocations.map((l) => l.row)).toEqual(table!.rows.map((_, i) => i));
    // the sentence after the table is not taken into its last row
    expect(paragraphs(doc)).toContain('以上项目均已完成。');
  });

  it('joins wrapped lines into paragraphs and reads the two columns left, then right', async () => {
    const doc = await read('pdf-layout.pdf', fixture('pdf-layout.pdf'));
    const texts = paragraphs(doc);
    const left = texts.findIndex((t) => t.startsWith('左栏开头'));
    const right = texts.findIndex((t) => t.startsWith('右栏内容'));
    expect(left).toBeGreaterThan(0);
    expect(right).toBeGreaterThan(left);
    expect(texts[left]).not.toContain('右栏');
    expect(texts[left]!.endsWith('支出进度。')).toBe(true);
    expect(texts[right]!.endsWith('全文完。')).toBe(true);
    expect(texts.slice(left - 1, right + 1)).toEqual([texts[left - 1], texts[left], '四、整改措施及结果应用', texts[right]]);
    expect(texts).toContain('2023年本部门管理的预算项目40个，涉及资金2665.00万元。');
  });

  it('puts a page and the block index in every location, and says the source is a PDF', async () => {
    const doc = await read('pdf-layout.pdf', fixture('pdf-layout.pdf'));
    expect(doc.source).toMatchObject({ format: 'pdf', encoding: null });
    doc.blocks.forEach((b, i) => {
      expect(b.location).toMatchObject({ block: i, page: expect.any(Number) });
      if (b.type === 'table') for (const l of b.rowLocations) expect(l.page).toBeGreaterThan(0);
    });
    expect(doc.blocks.at(-1)!.location.page).toBe(3);
    expect(doc.warnings).toEqual([]);
  });
});

describe('readPdf on hand-made pages', () => {
  it('reads Latin words with their spaces and splits a line at a wide gap into cells', async () => {
    const doc = await read(
      'x.pdf',
      pdfWithPages([
        textContent([
          { text: 'Budget report', x: 72, y: 760, size: 12 },
          { text: 'Name', x: 72, y: 700 },
          { text: 'Amount', x: 300, y: 700 },
          { text: 'Roads', x: 72, y: 686 },
          { text: '12.5', x: 300, y: 686 },
          { text: 'Water', x: 72, y: 672 },
          { text: '3', x: 300, y: 672 },
        ]),
      ]),
    );
    expect(paragraphs(doc)).toEqual(['Budget report']);
    expect(tables(doc).map((t) => t.rows)).toEqual([
      [
        ['Name', 'Amount'],
        ['Roads', '12.5'],
        ['Water', '3'],
      ],
    ]);
  });

  it('drops a bare page number at the foot of a single page but keeps a number in the body', async () => {
    const doc = await read(
      'x.pdf',
      pdfWithPages([
        textContent([
          { text: 'Total 24', x: 72, y: 700 },
          { text: '2022', x: 72, y: 680 },
          { text: '- 1 -', x: 290, y: 40 },
        ]),
      ]),
    );
    expect(paragraphs(doc)).toEqual(['Total 24', '2022']);
  });

  it('drops a line repeated at the same height on most pages, whatever its page number', async () => {
    const page = (n: number): string =>
      textContent([
        { text: `Shenxing report, page ${n}`, x: 72, y: 810 },
        { text: `Body text of page ${n}.`, x: 72, y: 700 },
      ]);
    const doc = await read('x.pdf', pdfWithPages([page(1), page(2), page(3)]));
    expect(paragraphs(doc)).toEqual(['Body text of page 1.', 'Body text of page 2.', 'Body text of page 3.']);
    expect(doc.blocks.map((b) => b.location.page)).toEqual([1, 2, 3]);
  });

  it('reads the typed pages of a PDF with a scanned page among them, and warns about the scanned one', async () => {
    const doc = await read('x.pdf', pdfWithPages([textContent([{ text: 'Typed page', x: 72, y: 700 }]), PICTURE_ONLY]));
    expect(paragraphs(doc)).toEqual(['Typed page']);
    expect(doc.warnings).toHaveLength(1);
    expect(doc.warnings[0]).toMatch(/第 2 页.*OCR/);
  });
});

describe('readPdf refusals', () => {
  it('refuses a scan (no text layer on any page): it needs OCR', async () => {
    const error = await refusal(pdfWithPages([PICTURE_ONLY, PICTURE_ONLY]));
    expect(error.kind).toBe('pdf-no-text');
    expect(error.reason).toContain('OCR');
    expect(error.reasonEn).toMatch(/no text layer \(2 page/);
  });

  it('refuses a PDF that needs a password to open', async () => {
    const error = await refusal(fixture('pdf-password.pdf'));
    expect(error.kind).toBe('encrypted');
    expect(error.reasonEn).toContain('password');
  });

  it('refuses a PDF with more pages than the bound, before reading them', async () => {
    const pages = Array.from({ length: 12 }, (_, i) => textContent([{ text: `p${i}`, x: 72, y: 700 }]));
    const error = await refusal(pdfWithPages(pages), { maxPdfPages: 10 });
    expect(error.kind).toBe('too-large');
    expect(error.reasonEn).toContain('12; the limit is 10');
    expect(DEFAULT_LIMITS.maxPdfPages).toBeGreaterThanOrEqual(500);
  });

  it('refuses a PDF whose text exceeds the text bound', async () => {
    const lines = Array.from({ length: 60 }, (_, i) => ({ text: 'x'.repeat(60), x: 72, y: 780 - i * 12 }));
    const error = await refusal(pdfWithPages([textContent(lines)]), { maxTextBytes: 3000 });
    expect(error.kind).toBe('too-large');
  });

  it('refuses bytes that start like a PDF but are not one, in plain words', async () => {
    const error = await refusal(new TextEncoder().encode('%PDF-1.7\nthis is not a pdf at all\n'));
    expect(error.kind).toBe('corrupt-pdf');
    expect(error.reasonEn).not.toMatch(/at \w+ \(|Exception/);
  });
});
