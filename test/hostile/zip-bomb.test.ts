// A zip bomb named .docx is refused quickly, without inflating it into memory, whether its headers are honest or lie.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkBytes } from '../../src/pipeline.js';
import { expectPlainOutcome } from '../fuzz/outcome.js';
import { seedDocx, seedBytes } from '../fuzz/fixtures.js';
import { zipBombDocx } from './hostile-files.js';
import { cliBuilt, readCsv, runCheck, tempDir } from './run-cli.js';

const GB = 1024;

describe('hostile: zip bomb', () => {
  let docx: Buffer;
  beforeAll(async () => {
    docx = await seedDocx();
  });

  // A bomb in the document body must be refused; one in a picture the text never needs may instead be left uninflated.
  it.each([
    { entry: 'word/document.xml', lie: false, mayRead: false },
    { entry: 'word/document.xml', lie: true, mayRead: false },
    { entry: 'word/media/image1.png', lie: true, mayRead: true },
  ])('answers 1 GB inflating from $entry (headers lie: $lie) within 10 s and 300 MB', async ({ entry, lie, mayRead }) => {
    const bomb = zipBombDocx(docx, { totalMb: GB, entry, lie });
    expect(bomb.length).toBeLessThan(4 * 1024 * 1024);
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    const report = await checkBytes('bomb.docx', bomb);
    const ms = performance.now() - started;
    expectPlainOutcome(report);
    if (!(mayRead && report.summary.status !== 'failed')) {
      expect(report.summary.status).toBe('failed');
      expect(report.findings[0]?.actual).toMatch(/^(zip-bomb|too-large)$/);
    }
    expect(ms).toBeLessThan(10_000);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(300 * 1024 * 1024);
  });

  it.skipIf(!cliBuilt)('does not stop a batch through the CLI: the bomb is a failed row, the seed beside it is read', () => {
    const dir = tempDir('bomb-in');
    writeFileSync(path.join(dir, 'bomb.docx'), zipBombDocx(docx, { totalMb: GB, entry: 'word/document.xml', lie: true }));
    writeFileSync(path.join(dir, 'seed.txt'), seedBytes);
    const out = tempDir('bomb-out');
    const run = runCheck([dir], out);
    expect(run.status, run.stderr).toBe(0);
    const rows = readCsv(path.join(out, 'reports.csv'));
    expect(rows).toHaveLength(2);
    const bombRow = rows.find((r) => r.file?.endsWith('bomb.docx'));
    expect(bombRow?.status).toBe('failed');
    expect(bombRow?.reason).not.toBe('');
    expect(rows.find((r) => r.file?.endsWith('seed.txt'))?.status).not.toBe('failed');
  });
});
