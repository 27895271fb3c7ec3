import { describe, expect, it } from 'vitest';
import { validate } from '../../../src/validate/index.js';
import { expectValidReport } from '../../support/schema.js';
import { buildReport, row, table } from '../support.js';

const pick = (report: ReturnType<typeof validate>, code: string) => report.findings.filter((f) => f.code === code);

describe('value-out-of-range', () => {
  it('flags completion and score outside 0–100 and negative amounts, one finding per value', () => {
    const report = validate(buildReport({ rows: [row('甲', -1, { completion: 120, score: 100 }), row('乙', 5, { completion: 0, score: 101 }), row('丙', 0, { completion: 100, score: 0 })] }));
    expectValidReport(report);
    expect(pick(report, 'value-out-of-range').map((f) => [f.details?.field, f.actual])).toEqual([
      ['completion', 120],
      ['amount', -1],
      ['score', 101],
    ]);
  });
});

describe('missing-value and unparsed-value', () => {
  it('flags an empty cell of a column the table has, once per row', () => {
    const report = validate(buildReport({ rows: [row('甲', null, { completion: null, score: 90 }), row('乙', 5, { completion: 100, score: 90 })] }));
    const found = pick(report, 'missing-value');
    expect(found).toHaveLength(1);
    expect(found[0]!.details).toEqual({ fields: ['amount', 'completion'] });
    expect(found[0]!.evidence).toMatchObject([{ kind: 'row', row: 1, name: '甲' }]);
  });

  it('treats — and / as empty, and a column empty in every row as one finding', () => {
    const rows = [row('甲', 1, { score: null, raw: { score: '—' } }), row('乙', 2, { score: null, raw: { score: '/' } }), row('丙', 3, { score: null })].map((r) => ({ ...r, completion: 100 }));
    const found = pick(validate(buildReport({ rows })), 'missing-value');
    expect(found).toHaveLength(1);
    expect(found[0]!.details).toMatchObject({ fields: ['score'], rows: 3 });
    expect(pick(validate(buildReport({ rows })), 'unparsed-value')).toEqual([]);
  });

  it('ignores fields the table has no column for, and prose lists of names only', () => {
    const rows = [row('甲', 1), row('乙', 2)];
    expect(pick(validate(buildReport({ tables: [table('t1', ['name', 'amount'])], rows })), 'missing-value')).toEqual([]);
    expect(pick(validate(buildReport({ proseRows: [row('甲', null), row('乙', null)] })), 'missing-value')).toEqual([]);
  });

  it('flags a cell with text that did not read as a number', () => {
    const report = validate(buildReport({ rows: [row('甲', null, { completion: 100, score: 90, raw: { amount: '约12万' } })] }));
    const [f] = pick(report, 'unparsed-value');
    expect(f).toMatchObject({ severity: 'warning', actual: '约12万', details: { field: 'amount' } });
    expect(pick(report, 'missing-value')).toEqual([]);
  });
});
