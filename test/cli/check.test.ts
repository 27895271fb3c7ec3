/**
 * `jixiao check` end to end, through the built command: every input is
 * accounted for in every output, the order is the same for any --jobs, the
 * exit codes, and the per-file bounds on a worker that hangs or blows memory.
 */
import { readdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model.js';
import { expectValidReport } from '../support/schema.js';
import { mixedFolder, run, seedText, tempDir, CLEAN_REPORT, PROSE_ONLY_REPORT } from './support.js';

const SLOW = 180_000;

const jsonl = (dir: string): Report[] =>
  readFileSync(path.join(dir, 'reports.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Report);

/** CSV records (our CSVs quote every cell holding a line break, so a record ends at an unquoted CRLF). */
function csvRecords(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const records: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') quoted = !quoted;
    else if (!quoted && text[i] === '\r' && text[i + 1] === '\n') {
      records.push(text.slice(start, i));
      start = i + 2;
    }
  }
  expect(start).toBe(text.length); // ends with a whole record
  return records;
}

describe('jixiao check on a mixed folder', () => {
  const mixed = mixedFolder();
  const expected = mixed.inputs.map((rel) => path.join(mixed.dir, rel));
  const out1 = tempDir();
  const out2 = tempDir();
  const runs = Promise.all([
    run(['check', mixed.dir, '--out', out1, '--jobs', '1']),
    run(['check', mixed.dir, '--out', out2, '--jobs', '2']),
  ]);

  it(
    'accounts for every input in reports/, reports.jsonl and reports.csv, broken ones included',
    async () => {
      const [r1] = await runs;
      expect(r1.code).toBe(1);
      expect(jsonl(out1).map((r) => r.source.path)).toEqual(expected);
      const names = readdirSync(path.join(out1, 'reports'));
      expect(names).toHaveLength(expected.length);
      for (const name of names) expectValidReport(JSON.parse(readFileSync(path.join(out1, 'reports', name), 'utf8')));
      // the two report.txt files stay apart, and each name leads back to its folder
      expect(names.filter((n) => n.endsWith('__2022__report.txt.json'))).toHaveLength(1);
      expect(names.filter((n) => n.endsWith('__2023__report.txt.json'))).toHaveLength(1);

      const rows = csvRecords(path.join(out1, 'reports.csv'));
      expect(rows[0]?.startsWith('\uFEFFfile,title,')).toBe(true);
      expect(rows.slice(1).map((r) => r.split(',')[0])).toEqual(expected);
      // status, no checks, the reason, then the batch-findings count
      const failedRows = rows.filter((r) => /,failed,,[^,]+,\d+$/.test(r));
      expect(failedRows.map((r) => path.relative(mixed.dir, r.split(',')[0] ?? ''))).toEqual(mixed.broken);
    },
    SLOW,
  );

  it(
    'gives each broken file its own plain reason, and never a stack trace',
    async () => {
      const [r1] = await runs;
      const failed = jsonl(out1).filter((r) => r.summary.status === 'failed');
      expect(failed.map((r) => r.findings[0]?.code)).toEqual(['ingest-failed', 'ingest-failed', 'ingest-failed', 'ingest-failed']);
      expect(new Set(failed.map((r) => r.findings[0]?.message)).size).toBe(4);
      expect(r1.stdout).toContain('无法读取的文件');
      expect(`${r1.stdout}${r1.stderr}`).not.toMatch(/\n\s+at /);
    },
    SLOW,
  );

  it(
    'writes the same JSONL and CSVs for --jobs 1 and --jobs 2',
    async () => {
      const [r1, r2] = await runs;
      expect(r2.code).toBe(r1.code);
      for (const file of ['reports.jsonl', 'reports.csv', 'projects.csv', 'findings.csv']) {
        expect(readFileSync(path.join(out2, file), 'utf8')).toBe(readFileSync(path.join(out1, file), 'utf8'));
      }
    },
    SLOW,
  );

  it(
    'fills projects.csv and findings.csv from the readable reports',
    async () => {
      await runs;
      const projects = csvRecords(path.join(out1, 'projects.csv'));
      const readable = jsonl(out1).filter((r) => r.summary.status !== 'failed');
      expect(projects).toHaveLength(1 + readable.reduce((n, r) => n + r.projects.length, 0));
      expect(projects.some((r) => r.includes(',<script>alert(1)</script>,'))).toBe(true);
      const findings = csvRecords(path.join(out1, 'findings.csv'));
      expect(findings).toHaveLength(1 + jsonl(out1).reduce((n, r) => n + r.findings.length, 0));
      expect(findings.some((r) => r.includes(',count-mismatch,error,'))).toBe(true);
      expect(readFileSync(path.join(out1, 'report.html'), 'utf8')).not.toContain('<script>alert(1)');
    },
    SLOW,
  );

  it(
    'prints the per-report table and the totals',
    async () => {
      const [r1] = await runs;
      expect(r1.stdout).toMatch(/文件\s+项目\s+错误\s+警告\s+状态/);
      expect(r1.stdout).toMatch(/合计：9 份报告，\d+ 个项目，\d+ 个错误，\d+ 个警告，\d+ 份未核对，4 个文件无法读取，用时 [\d.]+ m?s/);
      expect(r1.stderr).toContain('[9/9]'); // plain progress lines when stderr is not a terminal
    },
    SLOW,
  );
});

describe('jixiao check exit codes', () => {
  const dir = tempDir();
  const clean = path.join(dir, 'clean.txt');
  const empty = path.join(dir, 'empty.txt');
  writeFileSync(clean, CLEAN_REPORT);
  writeFileSync(empty, '');

  it('is 0 for a clean report, also at --fail-on warning', async () => {
    expect((await run(['check', clean])).code).toBe(0);
    expect((await run(['check', clean, '--fail-on', 'warning', '--quiet'])).code).toBe(0);
  }, SLOW);

  it('is 1 for a report with errors, 0 for it with --fail-on never', async () => {
    expect((await run(['check', seedText, '--quiet'])).code).toBe(1);
    expect((await run(['check', seedText, '--quiet', '--fail-on', 'never'])).code).toBe(0);
  }, SLOW);

  it('is 1 for an unreadable file and for a path that does not exist, and the batch goes on', async () => {
    expect((await run(['check', empty, '--quiet'])).code).toBe(1);
    const missing = await run(['check', path.join(dir, 'nope.docx'), clean, '--lang', 'en']);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(/nope\.docx: No such file/);
    expect(missing.stdout).toMatch(/Total: 2 reports, 3 projects, 1 errors, 0 warnings, 0 unchecked, 1 unreadable files/);
  }, SLOW);

  it('is 1 at --fail-on unchecked for a report with nothing to compare, which shows as 未核对 and not 通过', async () => {
    const prose = path.join(dir, 'prose.txt');
    writeFileSync(prose, PROSE_ONLY_REPORT);
    const r = await run(['check', prose]);
    expect(r.code).toBe(0); // error, the default, keeps its meaning: unchecked is not an error
    expect(r.stdout).toMatch(/prose\.txt\s+0\s+0\s+0\s+未核对/);
    expect(r.stdout).not.toMatch(/通过/);
    expect(r.stdout).toContain('1 份未核对');
    expect((await run(['check', prose, '--fail-on', 'warning', '--quiet'])).code).toBe(0);
    expect((await run(['check', prose, '--fail-on', 'unchecked', '--quiet'])).code).toBe(1);
    // a clean, checked report passes the strictest level
    expect((await run(['check', clean, '--fail-on', 'unchecked', '--quiet'])).code).toBe(0);
  }, SLOW);

  it('is 2 for usage errors, with the usage on stderr and no stack trace', async () => {
    for (const args of [
      ['check'],
      ['check', clean, '--jobs', '0'],
      ['check', clean, '--fail-on', 'sometimes'],
      ['check', clean, '--lang', 'fr'],
      ['check', clean, '--bogus'],
      ['check', tempDir()], // nothing to check
      ['frobnicate'],
      [],
    ]) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(/^jixiao: .+\n\n[^]*Usage:/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout).toBe('');
    }
  }, SLOW);
});

describe('jixiao check bounds each file', () => {
  it('cuts off a worker that hangs, reports the file as timed out, and checks the rest', async () => {
    const dir = tempDir();
    copyFileSync(seedText, path.join(dir, 'a.txt'));
    writeFileSync(path.join(dir, 'b__hang__.txt'), CLEAN_REPORT);
    writeFileSync(path.join(dir, 'c.txt'), CLEAN_REPORT);
    const out = tempDir();
    const started = Date.now();
    const r = await run(['check', dir, '--out', out, '--timeout', '2', '--jobs', '1'], { env: { JIXIAO_TEST_HOOKS: '1' } });
    expect(r.code).toBe(1);
    const reports = jsonl(out);
    expect(reports.map((x) => path.basename(x.source.path))).toEqual(['a.txt', 'b__hang__.txt', 'c.txt']);
    expect(reports.map((x) => x.summary.status)).toEqual(['findings', 'failed', 'ok']);
    expect(reports[1]?.findings[0]).toMatchObject({ code: 'ingest-failed', actual: 'timeout' });
    expect(reports[1]?.findings[0]?.message).toContain('2 秒');
    expect(Date.now() - started).toBeLessThan(90_000);
  }, SLOW);

  it('replaces a worker that runs out of memory, reports the file, and checks the rest', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a__oom__.txt'), CLEAN_REPORT);
    writeFileSync(path.join(dir, 'b.txt'), CLEAN_REPORT);
    const out = tempDir();
    const r = await run(['check', dir, '--out', out, '--max-memory', '64', '--jobs', '1', '--lang', 'en'], { env: { JIXIAO_TEST_HOOKS: '1' } });
    expect(r.code).toBe(1);
    const reports = jsonl(out);
    expect(reports.map((x) => x.summary.status)).toEqual(['failed', 'ok']);
    expect(reports[0]?.findings[0]?.messageEn).toMatch(/ran out of memory or stopped unexpectedly/);
  }, SLOW);

  it('ignores the test hooks unless JIXIAO_TEST_HOOKS=1', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'x__hang__.txt'), CLEAN_REPORT);
    const r = await run(['check', dir, '--timeout', '30', '--quiet'], { env: { JIXIAO_TEST_HOOKS: '' } });
    expect(r.code).toBe(0);
  }, SLOW);
});
