/** The bounds on one file from the command line: a small one refuses, naming the flag to raise; a raised one reads. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model.js';
import { CLEAN_REPORT, run, seedDocx, tempDir } from './support.js';

const SLOW = 120_000;

const dir = tempDir('jixiao-limits-');
const clean = path.join(dir, 'clean.txt'); // under 1 KB of text, 3 projects
writeFileSync(clean, CLEAN_REPORT);

function reportOf(stdout: string): Report {
  return JSON.parse(stdout) as Report;
}

describe('jixiao check with limit flags', () => {
  it('refuses a file over --max-file-mb, naming the flag, and reads it with the limit raised', async () => {
    const small = await run(['check', clean, '--lang', 'en', '--max-file-mb', '0.0001']);
    expect(small.code).toBe(1);
    // 0.0001 MB is 104 bytes
    expect(small.stdout).toContain(`clean.txt: The file is too large (${Buffer.byteLength(CLEAN_REPORT)} B; the limit is 104 B)`);
    expect(small.stdout).toContain('raise the limit with --max-file-mb');
    expect(small.stdout).toMatch(/1 unreadable files/);

    const raised = await run(['check', clean, '--lang', 'en', '--max-file-mb', '1']);
    expect(raised.code).toBe(0);
    expect(raised.stdout).toMatch(/Total: 1 reports, 3 projects, 0 errors, 0 warnings, 0 unchecked, 0 unreadable files/);
  }, SLOW);

  it('says it in Chinese by default', async () => {
    const small = await run(['check', clean, '--max-file-mb', '0.0001']);
    expect(small.code).toBe(1);
    expect(small.stdout).toContain('如确属正常报告，可用 --max-file-mb 提高上限');
  }, SLOW);

  it('refuses a docx that unpacks past --max-inflated-mb, naming the flag, and reads it with the limit raised', async () => {
    const small = await run(['check', seedDocx, '--lang', 'en', '--max-inflated-mb', '0.01']);
    expect(small.code).toBe(1);
    expect(small.stdout).toContain('raise the unpacked size limit with --max-inflated-mb');

    const raised = await run(['check', seedDocx, '--lang', 'en', '--max-inflated-mb', '50', '--fail-on', 'never']);
    expect(raised.code).toBe(0);
    expect(raised.stdout).toMatch(/0 unreadable files/);
  }, SLOW);

  it('rejects a limit that is not a positive number, with the usage (exit 2)', async () => {
    for (const args of [
      ['--max-file-mb', '0'],
      ['--max-text-mb=-1'],
      ['--max-inflated-mb', 'lots'],
      ['--max-file-mb', ''],
      ['--max-rows', '1.5'],
      ['--max-rows', '0'],
    ]) {
      const r = await run(['check', clean, ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(new RegExp(`^jixiao: ${args[0]?.split('=')[0]} must be a positive[^]*Usage: jixiao check`));
      expect(r.stdout).toBe('');
    }
  }, SLOW);
});

describe('jixiao parse with limit flags', () => {
  it('refuses a text over --max-text-mb, naming the flag, and reads it with the limit raised', async () => {
    const small = await run(['parse', clean, '--max-text-mb', '0.0001']);
    expect(small.code).toBe(1);
    expect(reportOf(small.stdout).summary.status).toBe('failed');
    expect(small.stderr).toContain('如确属正常报告，可用 --max-text-mb 提高上限');

    const raised = await run(['parse', clean, '--max-text-mb', '1']);
    expect(raised.code).toBe(0);
    expect(reportOf(raised.stdout).projects).toHaveLength(3);
  }, SLOW);

  it('keeps only --max-rows table rows and says which flag reads the rest', async () => {
    const capped = reportOf((await run(['parse', clean, '--max-rows', '2'])).stdout);
    expect(capped.source.warnings.join('\n')).toContain('--max-rows');
    expect(capped.projects.length).toBeLessThan(3);

    const whole = reportOf((await run(['parse', clean, '--max-rows', '100'])).stdout);
    expect(whole.source.warnings).toEqual([]);
    expect(whole.projects).toHaveLength(3);
  }, SLOW);

  it('rejects a bad limit with the parse usage (exit 2)', async () => {
    const r = await run(['parse', clean, '--max-file-mb', 'big']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^jixiao: --max-file-mb must be a positive number, not "big"[^]*Usage: jixiao parse/);
  }, SLOW);
});
