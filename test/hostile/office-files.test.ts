// Hostile Office files: an xlsx bomb, a corrupt OLE2, a .doc with garbage streams, an encrypted package — one failed report each, with a plain reason, quickly.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBytes } from '../../src/pipeline.js';
import { writeZip } from '../../src/ingest/zip-entries.js';
import { expectPlainOutcome } from '../fuzz/outcome.js';
import { repoRoot } from '../support/corpus.js';
import { loopChain, renameOleEntry, streamStart } from '../support/ole2.js';

const fixture = (name: string): Buffer => readFileSync(path.join(repoRoot, 'fixtures', name));

/** An .xlsx whose one sheet is 150 MB of zeros: a few hundred KB on disk. */
function xlsxBomb(): Uint8Array {
  return writeZip(
    [
      { name: 'xl/workbook.xml', data: new TextEncoder().encode('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', data: new Uint8Array(150 * 1024 * 1024) },
    ],
    { deflate: true },
  );
}

/** The .doc with every byte of its Word stream after the header replaced by noise. */
function garbageStreams(): Buffer {
  const doc = Buffer.from(fixture('shenxing-2022-summary.doc'));
  const { offset, size } = streamStart(doc, 'WordDocument');
  let state = 0x9e3779b9;
  for (let i = 0x20; i < size; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    doc[offset + i] = state & 0xff;
  }
  return doc;
}

describe('hostile: Office files', () => {
  it.each([
    { name: 'bomb.xlsx', bytes: xlsxBomb, kind: 'zip-bomb' },
    { name: 'loop.doc', bytes: () => loopChain(fixture('shenxing-2022-summary.doc'), 'WordDocument'), kind: 'corrupt-doc' },
    { name: 'cut.doc', bytes: () => fixture('shenxing-2022-summary.doc').subarray(0, 2000), kind: 'corrupt-doc' },
    { name: 'garbage.doc', bytes: garbageStreams, kind: 'corrupt-doc' },
    { name: 'locked.docx', bytes: () => renameOleEntry(fixture('shenxing-2022-summary.doc'), 'WordDocument', 'EncryptedPackage'), kind: 'encrypted' },
    { name: 'form.xls', bytes: () => fixture('project-form.xls'), kind: 'legacy-office' },
  ])('$name: one failed report ($kind), plainly, within a second or two', async ({ name, bytes, kind }) => {
    const input = bytes();
    const started = performance.now();
    const report = await checkBytes(name, input);
    expect(performance.now() - started).toBeLessThan(5000);
    expectPlainOutcome(report);
    expect(report.summary.status).toBe('failed');
    expect(report.findings[0]?.actual).toBe(kind);
  });
});
