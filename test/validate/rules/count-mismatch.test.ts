import { describe, expect, it } from 'vitest';
import { validate } from '../../../src/validate/index.js';
import { expectValidReport } from '../../support/schema.js';
import { buildReport, claim, row } from '../support.js';

const three = [row('A项目', 1), row('B项目', 2), row('C项目', 3)];
const find = (r: ReturnType<typeof validate>) => r.findings.filter((f) => f.code === 'count-mismatch');

describe('count-mismatch', () => {
  it('flags a declared count that differs from the table rows, with the claim and the rows as evidence', () => {
    const report = validate(buildReport({ claims: [claim.projectCount(4)], rows: three }));
    expectValidReport(report);
    const [f, ...rest] = find(report);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'error', expected: 4, actual: 3 });
    expect(f!.evidence.filter((e) => e.kind === 'claim')).toHaveLength(1);
    expect(f!.evidence.filter((e) => e.kind === 'row').map((e) => (e.kind === 'row' ? e.name : ''))).toEqual(['A项目', 'B项目', 'C项目']);
    expect(f!.message).toContain('4');
    expect(f!.messageEn).toContain('3');
  });

  it('is silent when the count agrees', () => {
    expect(find(validate(buildReport({ claims: [claim.projectCount(3)], rows: three })))).toEqual([]);
  });

  it('is silent when there are no rows to count (no-project-table speaks instead)', () => {
    const report = validate(buildReport({ claims: [claim.projectCount(10)] }));
    expect(find(report)).toEqual([]);
    expect(report.findings.map((f) => f.code)).toContain('no-project-table');
  });

  it('only notes (info) a prose list shorter than the declared count, which may be a partial list', () => {
    const [f] = find(validate(buildReport({ claims: [claim.projectCount(5)], proseRows: three })));
    expect(f).toMatchObject({ severity: 'info', expected: 5, actual: 3 });
  });

  it('flags a prose list longer than the declared count', () => {
    const [f] = find(validate(buildReport({ claims: [claim.projectCount(2)], proseRows: three })));
    expect(f).toMatchObject({ severity: 'error', expected: 2, actual: 3 });
  });

  it('counts the table, not a prose list of highlights beside it', () => {
    const report = validate(buildReport({ claims: [claim.projectCount(3)], rows: three, proseRows: [row('A项目', 1)] }));
    expect(find(report)).toEqual([]);
  });
});
