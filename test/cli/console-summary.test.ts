import { describe, expect, it } from 'vitest';
import { addToTotals, displayWidth, failedList, NO_TOTALS, summaryRow, summaryTable, totalsLine, uncheckedNote } from '../../src/cli/console-summary.js';
import { reachesFailOn } from '../../src/cli/check-command.js';
import { buildReport, trickyReport, uncheckedReport, unreadableReport } from '../export/support.js';

describe('console summary', () => {
  const rows = [buildReport({ path: '甲镇/报告.txt' }), trickyReport('b.txt'), unreadableReport('c.docx')].map((r) => summaryRow(r, 'zh'));

  it('lines up columns, counting a Chinese character as two', () => {
    expect(displayWidth('甲镇/报告.txt')).toBe(13);
    const lines = summaryTable(rows, 'zh').split('\n');
    expect(lines[0]).toBe('文件           项目  错误  警告  状态');
    expect(lines[2]).toBe('甲镇/报告.txt     2     0     0  通过');
    expect(lines[3]).toBe('b.txt             3     0     2  有问题');
    expect(lines[4]).toBe('c.docx            0     1     0  无法读取');
  });

  it('lists the unreadable files with their reasons, and the totals', () => {
    expect(failedList(rows, 'en')).toBe('Files that could not be read:\n  c.docx: 这是一个压缩包，但不是 Word 文档。');
    const totals = rows.reduce(addToTotals, NO_TOTALS);
    expect(totals).toEqual({ reports: 3, projects: 5, errors: 1, warnings: 2, unchecked: 0, failed: 1 });
    expect(totalsLine(totals, 1530, 'en')).toBe('Total: 3 reports, 5 projects, 1 errors, 2 warnings, 0 unchecked, 1 unreadable files, 1.5 s');
  });

  it('decides the exit by the --fail-on level', () => {
    const [ok, warned, failed] = rows as [typeof rows[0], typeof rows[0], typeof rows[0]];
    expect([ok, warned, failed].map((r) => reachesFailOn(r, 'error'))).toEqual([false, false, true]);
    expect([ok, warned, failed].map((r) => reachesFailOn(r, 'warning'))).toEqual([false, true, true]);
    expect([ok, warned, failed].map((r) => reachesFailOn(r, 'never'))).toEqual([false, false, false]);
  });

  it('shows an unchecked report as 未核对, not 通过, counts it, and fails it only at --fail-on unchecked', () => {
    const unchecked = summaryRow(uncheckedReport('乙镇/说明.txt'), 'zh');
    const ok = rows[0]!;
    expect(unchecked.status).toBe('unchecked');
    const lines = summaryTable([ok, unchecked], 'zh').split('\n');
    expect(lines[2]).toMatch(/通过$/);
    expect(lines[3]).toMatch(/^乙镇\/说明\.txt .* 未核对$/);
    expect(summaryTable([unchecked], 'en')).toMatch(/unchecked$/);
    const totals = [ok, unchecked].reduce(addToTotals, NO_TOTALS);
    expect(totals.unchecked).toBe(1);
    expect(totalsLine(totals, 10, 'zh')).toContain('1 份未核对');
    expect(uncheckedNote([ok, unchecked], 'zh')).toContain('需人工阅读');
    expect(uncheckedNote([ok], 'zh')).toBe('');
    // the ladder: error and warning keep their meaning; unchecked adds the unchecked report, never adds ok
    expect(['error', 'warning', 'never'].map((l) => reachesFailOn(unchecked, l as 'error'))).toEqual([false, false, false]);
    expect(reachesFailOn(unchecked, 'unchecked')).toBe(true);
    expect(reachesFailOn(ok, 'unchecked')).toBe(false);
    expect(reachesFailOn(rows[1]!, 'unchecked')).toBe(true); // warnings
    expect(reachesFailOn(rows[2]!, 'unchecked')).toBe(true); // unreadable
  });
});
