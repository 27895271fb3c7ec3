import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, ingest, IngestError, type IngestLimits } from '../../src/ingest/index.js';
import { SourceDocumentSchema, type SourceDocument } from '../../src/model.js';
import { writeZip } from '../../src/ingest/zip-entries.js';
import { corpusAvailable, corpusCases, repoRoot } from '../support/corpus.js';
import { docx, documentXml, p, understateFirstEntry } from './docx-builder.js';

const fixture = (name: string): Uint8Array => readFileSync(path.join(repoRoot, 'fixtures', name));
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

async function refusal(bytes: Uint8Array, name: string, limits?: Partial<IngestLimits>): Promise<IngestError> {
  const outcome = await ingest({ path: name, bytes }, limits).then(
    () => null,
    (e: unknown) => e,
  );
  expect(outcome, `${name} should be refused`).toBeInstanceOf(IngestError);
  const error = outcome as IngestError;
  // plain words in both languages, never a stack trace
  expect(error.reason.length).toBeGreaterThan(10);
  expect(error.reasonEn.length).toBeGreaterThan(10);
  expect(error.reason + error.reasonEn).not.toMatch(/\n\s+at |Error:/);
  return error;
}

/** A deterministic stream of bytes that is not text (xorshift). */
function randomBytes(length: number): Uint8Array {
  let state = 0x12345678;
  return Uint8Array.from({ length }, () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return state & 0xff;
  });
}

/** The headings and tables of a document, what must be the same whatever the file format. */
function outline(doc: SourceDocument): { headings: string[]; tables: string[][][] } {
  return {
    headings: doc.blocks.flatMap((b) => (b.type === 'paragraph' && /^[一二三四五六七八九十]+、/.test(b.text) ? [b.text] : [])),
    tables: doc.blocks.flatMap((b) => (b.type === 'table' ? [b.rows] : [])),
  };
}

describe('ingest: format by content', () => {
  it('reads a docx whatever it is called, and records the bytes and their sha256', async () => {
    const bytes = fixture('shenxing-2022-summary.docx');
    const doc = await ingest({ path: 'report.txt', bytes });
    expect(SourceDocumentSchema.parse(doc)).toEqual(doc);
    expect(doc.source).toEqual({
      path: 'report.txt',
      sha256: createHash('sha256').update(bytes).digest('hex'),
      format: 'docx',
      encoding: null,
      bytes: bytes.length,
    });
  });

  it('reads text as text whatever it is called', async () => {
    const doc = await ingest({ path: 'report.docx', bytes: fixture('shenxing-2022-summary.txt') });
    expect(doc.source.format).toBe('txt');
  });
});

describe('ingest: the seed in every format gives the same headings and table', () => {
  const expected = async (): Promise<ReturnType<typeof outline>> => outline(await ingest({ path: 'seed.docx', bytes: fixture('shenxing-2022-summary.docx') }));

  it('the .docx has the four headings and one 25×5 table', async () => {
    const { headings, tables } = await expected();
    expect(headings.map((h) => h.slice(0, 2))).toEqual(['一、', '二、', '三、', '四、']);
    expect(tables).toHaveLength(1);
    expect(tables[0]).toHaveLength(25);
    expect(tables[0]!.every((row) => row.length === 5)).toBe(true);
  });

  for (const name of ['shenxing-2022-summary.txt', 'shenxing-2022-summary-autonumber.docx', 'shenxing-2022-summary-tracked.docx']) {
    it(`${name} matches the .docx`, async () => {
      const doc = await ingest({ path: name, bytes: fixture(name) });
      expect(outline(doc)).toEqual(await expected());
    });
  }

  it('the GB18030 and UTF-16 copies decode to the same blocks as the UTF-8 seed', async () => {
    const utf8 = await ingest({ path: 'seed.txt', bytes: fixture('shenxing-2022-summary.txt') });
    for (const [name, encoding] of [
      ['shenxing-2022-summary.gb18030.txt', 'gb18030'],
      ['shenxing-2022-summary.utf16le.txt', 'utf-16le'],
    ] as const) {
      const doc = await ingest({ path: name, bytes: fixture(name) });
      expect(doc.source.encoding).toBe(encoding);
      expect(doc.blocks).toEqual(utf8.blocks);
    }
  });
});

describe('ingest: refused inputs each say what is wrong', () => {
  it('an empty file, or one of only whitespace', async () => {
    expect((await refusal(new Uint8Array(0), 'empty.docx')).kind).toBe('empty');
    expect((await refusal(encode('  \r\n\u3000\n'), 'blank.txt')).kind).toBe('empty');
  });

  it('random bytes', async () => {
    expect((await refusal(randomBytes(4096), 'noise.txt')).kind).toBe('binary');
  });

  it('a truncated docx', async () => {
    const whole = fixture('shenxing-2022-summary.docx');
    const error = await refusal(whole.subarray(0, Math.floor(whole.length / 2)), 'cut.docx');
    expect(error.kind).toBe('corrupt-docx');
    expect(error.reason).toContain('损坏或不完整');
  });

  it('a docx whose main XML is broken', async () => {
    for (const xml of ['<w:document><w:body><w:p>', 'not xml at all', '']) {
      const error = await refusal(docx({ document: xml }), 'broken.docx');
      expect(error.kind).toBe('corrupt-docx');
      expect(error.reasonEn).not.toMatch(/xmldom|null|undefined/);
    }
  });

  it('a zip that is not a Word document (a plain zip); a workbook with no cells is empty', async () => {
    const xlsx = writeZip([{ name: 'xl/workbook.xml', data: encode('<workbook/>') }], { deflate: true });
    expect((await refusal(xlsx, 'renamed.docx')).kind).toBe('empty');
    const zip = writeZip([{ name: 'readme.txt', data: encode('hi') }], { deflate: true });
    const zipError = await refusal(zip, 'archive.docx');
    expect(zipError.kind).toBe('not-word');
    expect(zipError.reasonEn).toContain('plain zip');
  });

  it('a zip bomb, by declared size, by ratio, and by a directory that lies', async () => {
    const bomb = (size: number): Uint8Array =>
      docx({ document: documentXml(p('正文')), extra: [{ name: 'word/media/padding.bin', data: new Uint8Array(size) }] });
    const bySize = await refusal(bomb(3_000_000), 'big.docx', { maxInflatedBytes: 2_000_000 });
    expect(bySize.kind).toBe('zip-bomb');
    const byRatio = await refusal(bomb(20_000_000), 'ratio.docx');
    expect(byRatio.kind).toBe('zip-bomb');
    expect(byRatio.reasonEn).toMatch(/padding\.bin \d+:1/);
    const lying = understateFirstEntry(
      writeZip(
        [
          { name: 'word/document.xml', data: encode(documentXml(p('正文'.repeat(200_000)))) },
        ],
        { deflate: true },
      ),
      100,
    );
    expect((await refusal(lying, 'lying.docx')).kind).toBe('zip-bomb');
  });

  it('an OLE2 file with nothing but a signature: damaged, not a crash', async () => {
    const ole2 = new Uint8Array(1024);
    ole2.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const error = await refusal(ole2, 'old.docx');
    expect(error.kind).toBe('corrupt-doc');
    expect(error.reason).toContain('另存为');
  });

  it('a broken PDF (PDFs are read: test/ingest/read-pdf.test.ts)', async () => {
    const error = await refusal(encode('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'), 'report.pdf');
    expect(error.kind).toBe('corrupt-pdf');
    expect(error.reasonEn).toMatch(/damaged/);
  });

  it('a docx with a DTD', async () => {
    const bytes = docx({ document: documentXml(p('&xxe;'), '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>') });
    expect((await refusal(bytes, 'xxe.docx')).kind).toBe('xml-entities');
  });

  it('a file over the size limit, before anything is read', async () => {
    const error = await refusal(fixture('shenxing-2022-summary.docx'), 'seed.docx', { maxFileBytes: 1000 });
    expect(error.kind).toBe('too-large');
    expect(error.reasonEn).toContain('maxFileBytes');
  });

  it('every refusal has its own reason', async () => {
    const ole2 = new Uint8Array(64);
    ole2.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const inputs: Array<[Uint8Array, string]> = [
      [new Uint8Array(0), 'empty'],
      [fixture('shenxing-2022-summary.docx').subarray(0, 2000), 'cut.docx'],
      [writeZip([{ name: 'a.txt', data: encode('a') }], { deflate: true }), 'a.zip'],
      [ole2, 'a.doc'],
      [encode('%PDF-1.4'), 'a.pdf'],
      [docx({ document: documentXml(p('x'), '<!DOCTYPE x [<!ENTITY a "b">]>') }), 'dtd.docx'],
    ];
    const reasons = await Promise.all(inputs.map(([bytes, name]) => refusal(bytes, name).then((e) => e.reason)));
    expect(new Set(reasons).size).toBe(inputs.length);
  });
});

describe('ingest: limits', () => {
  it('defaults are generous for real reports', () => {
    expect(DEFAULT_LIMITS.maxFileBytes).toBeGreaterThanOrEqual(20 * 1024 * 1024);
    expect(DEFAULT_LIMITS.maxInflatedBytes).toBeGreaterThan(DEFAULT_LIMITS.maxFileBytes);
  });

  it('an option left undefined keeps its default', async () => {
    const doc = await ingest({ path: 'seed.docx', bytes: fixture('shenxing-2022-summary.docx') }, { maxFileBytes: undefined } as Partial<IngestLimits>);
    expect(doc.source.format).toBe('docx');
  });
});

describe('ingest: the real corpus', () => {
  it.skipIf(!corpusAvailable)('reads every corpus file without an error', async () => {
    const cases = corpusCases();
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) {
      const doc = await ingest({ path: c.textPath, bytes: c.bytes });
      expect(doc.source.format, c.id).toBe('txt');
      expect(doc.blocks.length, c.id).toBeGreaterThan(0);
    }
  });
});
