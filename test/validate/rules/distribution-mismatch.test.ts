import { describe, expect, it } from 'vitest';
import { validate } from '../../../src/validate/index.js';
import { expectValidReport } from '../../support/schema.js';
import { seedReport } from '../seed-report.js';
import { buildReport, claim, level, row } from '../support.js';

const find = (r: ReturnType<typeof validate>) => r.findings.filter((f) => f.code === 'distribution-mismatch');

describe('distribution-mismatch', () => {
  it('reads the seed: section 一 (14/4/1/5) against the table (21 at 100, 2 in [50,100), 1 in [30,50), 0 not started)', () => {
    const report = validate(seedReport());
    expectValidReport(report);
    const [f, ...rest] = find(report);
    expect(rest).toEqual([]); // section 二 (21/2/1) agrees with the table
    expect(f!.evidence[0]).toMatchObject({ kind: 'claim', location: { line: 11 } });
    const levels = (f!.details as { levels: { level: string; declared: number; actual: number; rows: number[] }[] }).levels;
    expect(levels.map((l) => [l.level, l.declared, l.actual])).toEqual([
      ['100%', 14, 21],
      ['50%', 4, 2],
      ['30%', 1, 1],
      ['not-started', 5, 0],
    ]);
    expect(levels[1]!.rows).toEqual([9, 13]); // 60% and 50%
    expect(levels[2]!.rows).toEqual([16]); // 34%
    expect(f!.expected).toBe('达到100%：14个，在50%：4个，在30%：1个，未开展：5个');
    expect(f!.actual).toBe('达到100%：21个，在50%：2个，在30%：1个，未开展：0个');
  });

  it('counts rows with no completion as not started, and bands stop at the next stated level', () => {
    const rows = [row('甲', 1, { completion: 100 }), row('乙', 1, { completion: 80 }), row('丙', 1, { completion: 0 }), row('丁', 1, { completion: null })];
    const ok = buildReport({ claims: [claim.distribution([level.exact(100, 1), level.atLeast(50, 1), level.notStarted(2)])], rows });
    expect(find(validate(ok))).toEqual([]);
    // without a 100% level, 在50% covers 100 as well
    const open = buildReport({ claims: [claim.distribution([level.atLeast(50, 2), level.notStarted(2)])], rows });
    expect(find(validate(open))).toEqual([]);
  });

  it('treats an exact level as exactly that percent', () => {
    const rows = [row('甲', 1, { completion: 99.97 }), row('乙', 1, { completion: 100 })];
    const report = buildReport({ claims: [claim.distribution([level.exact(100, 2)])], rows });
    const [f] = find(validate(report));
    expect(f!.evidence.filter((e) => e.kind === 'row')).toHaveLength(1);
  });

  it('says nothing when no row has a completion value, or the rows are a partial prose list', () => {
    const noCompletion = buildReport({ claims: [claim.distribution([level.exact(100, 3)])], rows: [row('甲', 1), row('乙', 2)] });
    expect(find(validate(noCompletion))).toEqual([]);
    const partial = buildReport({
      claims: [claim.projectCount(10), claim.distribution([level.exact(100, 3), level.exact(99.97, 1)])],
      proseRows: [row('农业农村生态环境支出', null, { completion: 99.97 })],
    });
    expect(find(validate(partial))).toEqual([]);
  });
});
