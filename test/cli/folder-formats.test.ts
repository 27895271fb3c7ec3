/**
 * A folder as an auditor receives it: one file of each format jixiao reads,
 * plus a picture, an archive and an Excel lock file. Every input appears in
 * the outputs; the picture and the archive are counted and listed as
 * skipped (console, skipped.csv, report.html); the lock file is passed over.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfBytes } from '../hostile/hostile-files.js';
import { writeZip } from '../fuzz/zip.js';
import { repoRoot } from '../support/corpus.js';
import { run, tempDir } from './support.js';

const fixture = (name: string): string => path.join(repoRoot, 'fixtures', name);

function submissions(): string {
  const dir = tempDir('jixiao-formats-');
  copyFileSync(fixture('shenxing-2022-summary.docx'), path.join(dir, '神星镇.docx'));
  copyFileSync(fixture('shenxing-2022-summary.doc'), path.join(dir, '神星镇-旧版.DOC'));
  copyFileSync(fixture('shenxing-2022-summary.doc'), path.join(dir, '神星镇-wps.wps'));
  copyFileSync(fixture('shenxing-2022-summary.txt'), path.join(dir, '神星镇.txt'));
  copyFileSync(fixture('project-form.xlsx'), path.join(dir, '自评表.xlsx'));
  copyFileSync(fixture('project-form.xls'), path.join(dir, '自评表-旧版.xls'));
  writeFileSync(path.join(dir, '扫描件.pdf'), pdfBytes());
  writeFileSync(path.join(dir, '照片.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]));
  writeFileSync(path.join(dir, 'bundle.zip'), writeZip([{ name: 'a.txt', data: Buffer.from('hi') }]));
  writeFileSync(path.join(dir, '~$自评表.xlsx'), Buffer.from('owner'));
  return dir;
}

const csvRows = (file: string): string[][] =>
  readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .map((line) => line.split(','));

describe('check DIR: every file accounted for', () => {
  it('reads each supported format, lists the others as skipped everywhere, passes over the lock file', async () => {
    const dir = submissions();
    const out = tempDir('jixiao-formats-out-');
    const result = await run(['check', dir, '--out', out, '--jobs', '1', '--lang', 'en', '--fail-on', 'never']);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.code).toBe(0);

    const reports = csvRows(path.join(out, 'reports.csv'));
    const statusColumn = reports[0]!.indexOf('status');
    const status = new Map(reports.slice(1).map((r) => [path.basename(r[0]!), r[statusColumn]]));
    expect([...status.keys()].sort()).toEqual(
      ['扫描件.pdf', '神星镇-wps.wps', '神星镇-旧版.DOC', '神星镇.docx', '神星镇.txt', '自评表-旧版.xls', '自评表.xlsx'].sort(),
    );
    // the three readings of the seed find the same things
    expect(status.get('神星镇-旧版.DOC')).toBe('findings');
    expect(status.get('神星镇-wps.wps')).toBe('findings');
    expect(status.get('神星镇.docx')).toBe('findings');
    expect(status.get('自评表.xlsx')).not.toBe('failed');
    expect(status.get('自评表-旧版.xls')).toBe('failed');

    const skipped = csvRows(path.join(out, 'skipped.csv'));
    expect(skipped[0]).toEqual(['file', 'extension', 'reason']);
    expect(skipped.slice(1).map((r) => [path.basename(r[0]!), r[1]])).toEqual([
      ['bundle.zip', '.zip'],
      ['照片.jpg', '.jpg'],
    ]);
    expect(result.stdout).toMatch(/Also 2 files not checked.*\(\.jpg 1, \.zip 1\)/);
    expect(result.stdout).toContain('照片.jpg');
    const html = readFileSync(path.join(out, 'report.html'), 'utf8');
    expect(html).toContain('<section id="skipped">');
    expect(html).toContain('照片.jpg');
    expect(html).toContain('bundle.zip');
    // the lock file is neither a report nor a skipped submission
    expect(readFileSync(path.join(out, 'reports.csv'), 'utf8') + readFileSync(path.join(out, 'skipped.csv'), 'utf8')).not.toContain('~$');
  }, 120_000);

  it('nothing skipped: skipped.csv has its header only and the page no list', async () => {
    const dir = tempDir('jixiao-formats-clean-');
    copyFileSync(fixture('shenxing-2022-summary.txt'), path.join(dir, 'a.txt'));
    const out = tempDir('jixiao-formats-clean-out-');
    const result = await run(['check', dir, '--out', out, '--jobs', '1', '--fail-on', 'never']);
    expect(result.code).toBe(0);
    expect(csvRows(path.join(out, 'skipped.csv'))).toEqual([['file', 'extension', 'reason']]);
    expect(readFileSync(path.join(out, 'report.html'), 'utf8')).not.toContain('id="skipped"');
    expect(result.stdout).not.toMatch(/未检查/);
  }, 60_000);
});
