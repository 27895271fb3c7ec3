// Files that are not what their name says are refused with a plain reason naming what they are.
import { describe, expect, it } from 'vitest';
import { checkBytes } from '../../src/pipeline.js';
import { expectPlainOutcome } from '../fuzz/outcome.js';
import { binaryJunk, legacyDocBytes, pdfBytes, zipWithoutWord } from './hostile-files.js';

describe('hostile: the wrong format under a report name', () => {
  it.each([
    { name: 'junk.txt', bytes: () => binaryJunk(64 * 1024), kind: 'binary' },
    { name: 'scan.docx', bytes: pdfBytes, kind: 'corrupt-pdf' },
    { name: 'old.docx', bytes: legacyDocBytes, kind: 'corrupt-doc' },
    { name: 'archive.docx', bytes: zipWithoutWord, kind: 'not-word' },
    { name: 'empty.docx', bytes: () => Buffer.alloc(0), kind: 'empty' },
  ])('$name is refused as $kind with one plain ingest-failed finding', async ({ name, bytes, kind }) => {
    const report = await checkBytes(name, bytes());
    expectPlainOutcome(report);
    expect(report.summary.status).toBe('failed');
    expect(report.findings[0]?.actual).toBe(kind);
    expect(report.source.path).toBe(name);
  });
});
