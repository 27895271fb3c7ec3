import { describe, expect, it } from 'vitest';
import { ReportFileNames } from '../../src/export/report-file-name.js';

describe('ReportFileNames', () => {
  it('turns the input path into a name that leads back to it', () => {
    const names = new ReportFileNames();
    expect(names.next('fixtures/a/报告.docx')).toBe('fixtures__a__报告.docx.json');
    expect(names.next('/abs/dir/x.txt')).toBe('abs__dir__x.txt.json');
    expect(names.next('./b.txt')).toBe('b.txt.json');
  });

  it('keeps inputs with the same base name apart by their folders', () => {
    const names = new ReportFileNames();
    expect(names.next('in/2022/report.txt')).not.toBe(names.next('in/2023/report.txt'));
  });

  it('adds a short hash when two paths would still collide (case, dropped ..)', () => {
    const names = new ReportFileNames();
    const a = names.next('../x/Report.txt');
    const b = names.next('x/report.txt');
    const c = names.next('x/REPORT.txt');
    expect(a).toBe('x__Report.txt.json');
    expect(b).toMatch(/^x__report\.txt-[0-9a-f]{8}\.json$/);
    expect(new Set([a, b, c].map((n) => n.toLowerCase())).size).toBe(3);
  });

  it('replaces characters Windows refuses and bounds the length', () => {
    const names = new ReportFileNames();
    expect(names.next('a:b/c?.txt')).toBe('a_b__c_.txt.json');
    const long = names.next(`${'很长的文件夹名'.repeat(40)}/r.txt`);
    expect(long.length).toBeLessThan(170);
    expect(long).toMatch(/-[0-9a-f]{8}\.json$/);
  });
});
