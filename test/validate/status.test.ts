// A report's status says what was checked: never "ok" (通过) when no comparing rule had anything to compare.
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/validate/index.js';
import { buildReport, claim, row, section, table } from './support.js';

const ran = (report: ReturnType<typeof validate>): string[] => report.summary.checks.filter((c) => c.ran).map((c) => c.code);
const reasonOf = (report: ReturnType<typeof validate>, code: string): string | null | undefined => report.summary.checks.find((c) => c.code === code)?.reason;

describe('report status', () => {
  it('is unchecked for a report with nothing to compare, with a reason for every comparing rule', () => {
    const report = validate(buildReport({ sections: [section('s1', '基本情况', 3, '一、')] }));
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(report.summary.status).toBe('unchecked');
    expect(ran(report)).toEqual([]);
    expect(report.summary.checks.length).toBeGreaterThanOrEqual(7);
    for (const c of report.summary.checks) expect(c.reason).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(reasonOf(report, 'count-mismatch')).toBe('no-project-rows');
    expect(reasonOf(report, 'total-mismatch')).toBe('no-project-rows');
    expect(reasonOf(report, 'score-mismatch')).toBe('no-declared-score');
  });

  it('is ok when a stated figure was compared and agrees', () => {
    const report = validate(buildReport({ claims: [claim.projectCount(2, { line: 5 }), claim.totalAmount(3, '万元', { line: 5 })], rows: [row('甲', 1, { completion: 100, score: 90 }), row('乙', 2, { completion: 100, score: 90 })] }));
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(report.summary.status).toBe('ok');
    expect(ran(report)).toEqual(expect.arrayContaining(['count-mismatch', 'total-mismatch']));
    expect(reasonOf(report, 'score-mismatch')).toBe('no-declared-score');
  });

  it('is unchecked for rows alone, with nothing stated about them', () => {
    const report = validate(buildReport({ tables: [table('t1', ['name', 'amount'])], rows: [row('甲', 1), row('乙', 2)] }));
    expect(report.summary.status).toBe('unchecked');
    expect(reasonOf(report, 'count-mismatch')).toBe('no-declared-count');
    expect(reasonOf(report, 'total-mismatch')).toBe('no-declared-total');
  });

  it('says a prose list shorter than its declared count is incomplete for the distribution check', () => {
    const report = validate(buildReport({ claims: [claim.projectCount(5), claim.distribution([{ level: '100%', percent: 100, match: 'exact', count: 5, text: '达到100%的有5个' }])], proseRows: [row('甲', 1, { completion: 100 })] }));
    expect(reasonOf(report, 'distribution-mismatch')).toBe('rows-incomplete');
  });
});
