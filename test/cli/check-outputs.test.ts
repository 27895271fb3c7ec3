/**
 * The files of `check --out` are the same bytes whether a report is written
 * from the Report in this process or from the texts a pool worker made of
 * it, for --jobs 1 and 2 and in both languages — including the reports the
 * main thread makes itself (a file cut off by the time bound, a path that
 * does not exist) and names under reports/ that had to be told apart.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/export/lang.js';
import type { Report, SourceDocument } from '../../src/model.js';
import { readZipDirectory, readZipEntry } from '../../src/ingest/zip-entries.js';
import { repoRoot } from '../support/corpus.js';
import { run, tempDir } from './support.js';

const SLOW = 300_000;
/** long enough that no real file hits it on a loaded machine; only the hanging one does */
const TIMEOUT_S = 30;

const dist = async <T>(module: string): Promise<T> => (await import(pathToFileURL(path.join(repoRoot, 'dist', module)).href)) as T;

/** Every fixture, plus inputs whose names collide once flattened, unreadable ones and one that hangs. */
function inputFolder(): { dir: string; inputs: string[] } {
  const dir = tempDir('jixiao-same-bytes-');
  const fixtures = path.join(repoRoot, 'fixtures');
  const seed = readFileSync(path.join(fixtures, 'shenxing-2022-summary.txt'));
  for (const name of readdirSync(fixtures).filter((n) => /\.(docx|txt)$/.test(n))) copyFileSync(path.join(fixtures, name), path.join(dir, name));
  for (const rel of ['a/x.txt', 'a__x.txt', 'A/X.txt', 'z__hang__.txt']) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), seed);
  }
  writeFileSync(path.join(dir, 'empty.txt'), '');
  writeFileSync(path.join(dir, 'junk.docx'), Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919 + 13) % 256)));
  const inputs = [...walk(dir), path.join(dir, 'missing.txt')].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { dir, inputs };
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** The outputs written in this process from each Report, the hanging file as the pool reports it. */
async function inProcess(inputs: readonly string[], lang: Lang): Promise<string> {
  const { checkFile } = await dist<typeof import('../../src/cli/check-file.js')>('cli/check-file.js');
  const { timedOut } = await dist<typeof import('../../src/cli/read-failures.js')>('cli/read-failures.js');
  const { BatchOutputs } = await dist<typeof import('../../src/export/batch-outputs.js')>('export/batch-outputs.js');
  const { failedReport } = await dist<typeof import('../../src/pipeline.js')>('pipeline.js');
  const { BatchCollector } = await dist<typeof import('../../src/batch/collector.js')>('batch/collector.js');
  const { batchSignature } = await dist<typeof import('../../src/batch/signature.js')>('batch/signature.js');
  const { runBatch } = await dist<typeof import('../../src/batch/run-batch.js')>('batch/run-batch.js');
  const out = tempDir('jixiao-in-process-');
  const outputs = new BatchOutputs(out, lang);
  // the folder holds only .docx/.txt: a run writes skipped.csv with its header alone
  outputs.writeSkipped([]);
  // the batch stage too: the seed's copies under other names are duplicate submissions
  const collector = new BatchCollector();
  for (const input of inputs) {
    let doc: SourceDocument | null = null;
    const report: Report = input.includes('__hang__') ? failedReport(input, null, timedOut(TIMEOUT_S)) : await checkFile(input, {}, (d) => (doc = d));
    outputs.write(report);
    collector.add(report.summary.status === 'failed' ? null : batchSignature(report, doc));
  }
  const batch = runBatch(collector);
  collector.close();
  expect(batch.pairs.some((p) => p.code === 'duplicate-submission')).toBe(true);
  await outputs.close(batch);
  return out;
}

/** Every file under dir, by relative path. */
function contents(dir: string): Map<string, Buffer> {
  return new Map(walk(dir).map((file) => [path.relative(dir, file), readFileSync(file)]));
}

function expectSameFiles(actual: string, expected: string): void {
  const want = contents(expected);
  const got = contents(actual);
  expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
  for (const [name, bytes] of want) {
    if (name.endsWith('.xlsx')) expect(xlsxParts(got.get(name)!), name).toEqual(xlsxParts(bytes));
    else expect(got.get(name)?.equals(bytes), name).toBe(true);
  }
}

/** A workbook's parts as text: zip entry dates and the creation time in docProps/core.xml differ from run to run. */
function xlsxParts(bytes: Buffer): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const entry of readZipDirectory(bytes)) {
    if (entry.name !== 'docProps/core.xml') parts[entry.name] = Buffer.from(readZipEntry(bytes, entry)).toString('utf8');
  }
  expect(Object.keys(parts)).toContain('xl/worksheets/sheet1.xml');
  return parts;
}

describe('check --out writes the same bytes from worker texts as from the Report', () => {
  const { dir, inputs } = inputFolder();
  const cases = [
    { jobs: 1, lang: 'zh' as Lang },
    { jobs: 2, lang: 'zh' as Lang },
    { jobs: 2, lang: 'en' as Lang },
  ].map((c) => ({ ...c, out: tempDir() }));
  const runs = Promise.all(
    cases.map((c) =>
      run(['check', dir, path.join(dir, 'missing.txt'), '--quiet', '--out', c.out, '--jobs', String(c.jobs), '--lang', c.lang, '--timeout', String(TIMEOUT_S)], {
        env: { JIXIAO_TEST_HOOKS: '1' },
      }),
    ),
  );

  for (const [i, c] of cases.entries()) {
    it(
      `--jobs ${c.jobs} --lang ${c.lang}`,
      async () => {
        const result = (await runs)[i];
        expect(result?.stderr).toBe('');
        expect(result?.code).toBe(1);
        const expected = await inProcess(inputs, c.lang);
        // the case is a real one: names told apart, and failed reports from the worker, the pool and the main thread
        const names = readdirSync(path.join(expected, 'reports'));
        expect(names).toHaveLength(inputs.length);
        expect(names.filter((n) => /__a__x\.txt-[0-9a-f]{8}\.json$/.test(n))).toHaveLength(2);
        expect(readFileSync(path.join(expected, 'reports.csv'), 'utf8').match(/,failed,/g)).toHaveLength(4);
        expectSameFiles(c.out, expected);
      },
      SLOW,
    );
  }
});
