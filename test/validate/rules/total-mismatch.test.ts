import { describe, expect, it } from 'vitest';
import { validate } from '../../../src/validate/index.js';
import { expectValidReport } from '../../support/schema.js';
import { buildReport, claim, row, table } from '../support.js';

const find = (r: ReturnType<typeof validate>) => r.findings.filter((f) => f.code === 'total-mismatch');

/** A count and a total in one sentence (line 7), as in 预算项目N个，涉及资金X万元. */
function withTotal(total: number, amounts: (number | null)[], unit: '万元' | '元' = '万元') {
  return buildReport({
    claims: [claim.projectCount(amounts.length, { line: 7 }), claim.totalAmount(total, unit, { line: 7 })],
    rows: amounts.map((a, i) => row(`项目${'甲乙丙丁戊己'[i]}`, a)),
  });
}

describe('total-mismatch', () => {
  it('judges agreement at the declared precision with exact decimals', () => {
    // 2735.649088 split over rows whose float sum is not exact
    const rows = [1546.024119, 173.870369, 1015.7546];
    expect(find(validate(withTotal(2735.65, rows)))).toEqual([]); // 2735.65 agrees with 2735.649088
    expect(find(validate(withTotal(2735.649088, rows)))).toEqual([]);
    expect(find(validate(withTotal(2735.6, [2735.64])))).toEqual([]); // 2735.6 agrees with 2735.64
    const [f] = find(validate(withTotal(2736, [2735.4])));
    expect(f).toMatchObject({ severity: 'error', expected: 2736, actual: 2735.4 });
    expect(find(validate(withTotal(2735.65, [2735.6449])))).toHaveLength(1); // rounds to 2735.64
  });

  it('adds 0.1 + 0.2 exactly', () => {
    expect(find(validate(withTotal(0.3, [0.1, 0.2])))).toEqual([]);
  });

  it('converts 元 and 万元 before comparing', () => {
    expect(find(validate(withTotal(2026400, [150, 52.64], '元')))).toEqual([]);
    const [f] = find(validate(withTotal(2026400, [150, 52.6], '元')));
    expect(f).toMatchObject({ expected: 2026400, actual: 2026000 });
    expect(f!.details).toMatchObject({ unit: '元', difference: '-400' });
  });

  it('says nothing when a row has no amount (missing-value reports that)', () => {
    const report = validate(withTotal(100, [50, null]));
    expect(find(report)).toEqual([]);
    expect(report.findings.map((f) => f.code)).toContain('missing-value');
  });

  it('ignores a total not stated with the project count (a budget, one fund, what was spent)', () => {
    const report = buildReport({
      claims: [claim.projectCount(2, { line: 7 }), claim.totalAmount(999, '万元', { line: 30 })],
      rows: [row('项目甲', 1), row('项目乙', 2)],
    });
    expect(find(validate(report))).toEqual([]);
  });

  it('ignores a prose total when the prose list may be partial', () => {
    const report = buildReport({
      claims: [claim.projectCount(5, { line: 7 }), claim.totalAmount(100, '万元', { line: 7 })],
      proseRows: [row('项目甲', 10), row('项目乙', 20)],
    });
    expect(find(validate(report))).toEqual([]);
  });

  it('checks a complete prose list (numbered paragraphs with amounts)', () => {
    const ok = buildReport({
      claims: [claim.projectCount(4, { line: 7 }), claim.totalAmount(44, '万元', { line: 7 })],
      proseRows: [row('理论学习专项', 12), row('文明创建专项', 13), row('新闻媒体专项', 14), row('扫黄打非专项', 5)],
    });
    expect(find(validate(ok))).toEqual([]);
    const bad = { ...ok, claims: [claim.projectCount(4, { line: 7 }), claim.totalAmount(45, '万元', { line: 7 })] };
    expect(find(validate(bad))).toHaveLength(1);
  });

  it('compares a table total row with its own table only, in the table unit', () => {
    const report = buildReport({
      tables: [table('t1'), table('t2', ['name', 'amount'], '元')],
      claims: [claim.tableTotal('t1', 30.5), claim.tableTotal('t2', 1500, '元')],
      rows: [row('甲', 10), row('乙', 20.5), row('丙', 1000, { tableId: 't2', unit: '元' }), row('丁', 600, { tableId: 't2', unit: '元' })],
    });
    const found = find(validate(report));
    expectValidReport(validate(report));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ expected: 1500, actual: 1600 });
    expect(found[0]!.evidence.filter((e) => e.kind === 'row')).toHaveLength(2);
  });
});
