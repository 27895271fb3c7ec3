/** Ctrl-C in the middle of a batch: exit 130, and every output holds only complete lines. */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model.js';
import { expectValidReport } from '../support/schema.js';
import { bin, CLEAN_REPORT, seedText, tempDir } from './support.js';

function linesOf(file: string): string[] {
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter((l) => l !== '') : [];
}

describe('jixiao check interrupted by SIGINT', () => {
  it('stops with exit 130 leaving whole JSONL and CSV records', async () => {
    const dir = tempDir();
    copyFileSync(seedText, path.join(dir, 'a.txt'));
    writeFileSync(path.join(dir, 'b.txt'), CLEAN_REPORT);
    // the third file hangs (test hook), so the run is surely still going when Ctrl-C comes
    writeFileSync(path.join(dir, 'c__hang__.txt'), CLEAN_REPORT);
    writeFileSync(path.join(dir, 'd.txt'), CLEAN_REPORT);
    const out = tempDir();
    const child = spawn(process.execPath, [bin, 'check', dir, '--out', out, '--jobs', '1', '--timeout', '600'], {
      env: { ...process.env, JIXIAO_TEST_HOOKS: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

    const jsonl = path.join(out, 'reports.jsonl');
    await expect.poll(() => linesOf(jsonl).length, { timeout: 120_000, interval: 200 }).toBe(2);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toMatch(/已中断：2\/4 份报告的结果已完整写出/);

    const reports = linesOf(jsonl).map((l) => JSON.parse(l) as Report);
    expect(reports.map((r) => path.basename(r.source.path))).toEqual(['a.txt', 'b.txt']);
    reports.forEach(expectValidReport);
    for (const csv of ['reports.csv', 'projects.csv', 'findings.csv']) {
      const text = readFileSync(path.join(out, csv), 'utf8');
      expect(text.endsWith('\r\n')).toBe(true);
    }
    expect(readFileSync(path.join(out, 'reports.csv'), 'utf8').trimEnd().split('\r\n')).toHaveLength(3);
    expect(readFileSync(path.join(out, 'report.html'), 'utf8')).toContain('</html>');
  }, 180_000);
});
