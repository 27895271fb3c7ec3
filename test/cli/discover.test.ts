import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover, globToRegExp } from '../../src/cli/discover.js';
import { tempDir } from './support.js';

function tree(files: string[]): string {
  const dir = tempDir('jixiao-discover-');
  for (const f of files) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), 'x');
  }
  return dir;
}

const rel = (dir: string, files: string[]): string[] => files.map((f) => path.relative(dir, f));

describe('discover', () => {
  const dir = tree([
    'b/报告.DOCX',
    'a/2022/report.txt',
    'a/2023/report.txt',
    'a/~$report.docx',
    'a/notes.csv',
    'a/.hidden/x.txt',
    'c/old.doc',
    'top.Txt',
  ]);

  it('walks folders recursively for every format read (any case), passing over lock files and dot-folders, listing the other files as skipped, sorted', () => {
    const found = discover([dir]);
    expect(rel(dir, found.files)).toEqual(['a/2022/report.txt', 'a/2023/report.txt', 'b/报告.DOCX', 'c/old.doc', 'top.Txt']);
    expect(rel(dir, found.lockFiles)).toEqual(['a/~$report.docx']);
    expect(found.skipped.map((f) => [path.relative(dir, f.path), f.extension])).toEqual([['a/notes.csv', '.csv']]);
    expect(found.missing).toEqual([]);
  });

  it('takes .doc .wps .pdf .xlsx .xls too; skips pictures and archives by extension; Excel lock files are lock files', () => {
    const formats = tree(['r.doc', 'r.WPS', 'r.pdf', 'f.xlsx', 'f.XLS', 'photo.JPG', 'bundle.zip', 'README', '~$f.xlsx']);
    const found = discover([formats]);
    expect(rel(formats, found.files)).toEqual(['f.XLS', 'f.xlsx', 'r.WPS', 'r.doc', 'r.pdf']);
    expect(found.skipped.map((f) => [path.relative(formats, f.path), f.extension])).toEqual([
      ['README', ''],
      ['bundle.zip', '.zip'],
      ['photo.JPG', '.jpg'],
    ]);
    expect(rel(formats, found.lockFiles)).toEqual(['~$f.xlsx']);
  });

  it('always takes a file named explicitly, whatever its extension', () => {
    expect(rel(dir, discover([path.join(dir, 'c/old.doc')]).files)).toEqual(['c/old.doc']);
  });

  it('expands * and ** globs itself', () => {
    expect(rel(dir, discover([`${dir}/a/*/report.txt`]).files)).toEqual(['a/2022/report.txt', 'a/2023/report.txt']);
    expect(rel(dir, discover([`${dir}/**/*.txt`]).files)).toEqual(['a/2022/report.txt', 'a/2023/report.txt']);
    expect(rel(dir, discover([`${dir}/**`]).files)).toHaveLength(5);
    // a glob that names only .txt files skips nothing: the other files were not asked for
    expect(discover([`${dir}/**/*.txt`]).skipped).toEqual([]);
  });

  it('checks a file once however often it is named', () => {
    const found = discover([dir, path.join(dir, 'top.Txt'), `${dir}/./top.Txt`, `${dir}/*.Txt`]);
    expect(found.files.filter((f) => f.endsWith('top.Txt'))).toHaveLength(1);
  });

  it('returns paths and globs that name nothing as missing, and goes on', () => {
    const found = discover([path.join(dir, 'nope.docx'), `${dir}/zzz/*.docx`, path.join(dir, 'top.Txt')]);
    expect(found.missing).toEqual([path.join(dir, 'nope.docx'), `${dir}/zzz/*.docx`]);
    expect(found.files).toHaveLength(1);
  });

  it('treats an empty folder as holding nothing, not as missing', () => {
    const empty = tempDir();
    expect(discover([empty])).toEqual({ files: [], missing: [], lockFiles: [], skipped: [] });
  });
});

describe('globToRegExp', () => {
  it('matches * within one folder and ** across folders', () => {
    expect(globToRegExp('a/*.txt').test('a/x.txt')).toBe(true);
    expect(globToRegExp('a/*.txt').test('a/b/x.txt')).toBe(false);
    expect(globToRegExp('a/**/x.txt').test('a/x.txt')).toBe(true);
    expect(globToRegExp('a/**/x.txt').test('a/b/c/x.txt')).toBe(true);
    expect(globToRegExp('a/?.txt').test('a/xy.txt')).toBe(false);
    expect(globToRegExp('a(1)/*.txt').test('a(1)/x.txt')).toBe(true);
  });
});
