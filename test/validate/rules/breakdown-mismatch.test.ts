import { describe, expect, it } from 'vitest';
import { validate } from '../../../src/validate/index.js';
import { expectValidReport } from '../../support/schema.js';
import { buildReport, claim } from '../support.js';

const run = (...claims: ReturnType<typeof claim.breakdown>[]) => {
  const report = validate(buildReport({ claims }));
  expectValidReport(report);
  return report.findings.filter((f) => f.code === 'breakdown-mismatch');
};

describe('breakdown-mismatch', () => {
  it('finds the two jinzhai breakdowns that do not add up', () => {
    const found = run(claim.breakdown(755.19, [124.23, 370.83, 260.3]), claim.breakdown(124.23, [25, 0.71, 100, 21.24]));
    expect(found.map((f) => [f.severity, f.expected, f.actual])).toEqual([
      ['error', 755.19, 755.36],
      ['error', 124.23, 146.95],
    ]);
    expect(found[0]!.details).toMatchObject({ difference: '0.17' });
    expect(found[0]!.message).toContain('124.23 + 370.83 + 260.3 = 755.36');
    expect(found[0]!.evidence[0]).toMatchObject({ kind: 'claim' });
  });

  it('finds the tangxi components in 元', () => {
    const [f] = run(claim.breakdown(2026400, [400000, 252000, 28000, 960000, 100000], { unit: '元' }));
    expect(f).toMatchObject({ expected: 2026400, actual: 1740000 });
  });

  it('is silent when the parts add up (lanyang, tangxi executed, exact decimals)', () => {
    expect(run(claim.breakdown(1206.591, [729.976, 306, 170.615]))).toEqual([]);
    expect(run(claim.breakdown(1329120.67, [439120.67, 152000, 28000, 660000, 50000], { unit: '元' }))).toEqual([]);
    expect(run(claim.breakdown(0.3, [0.1, 0.2]))).toEqual([]);
    expect(run(claim.breakdown(260, [10.2, 249.9]))).toEqual([]); // 260.1 at the whole's precision is 260
  });

  it('only notes a shortfall in a list ending in 等, but flags one that exceeds the whole', () => {
    const [short] = run(claim.breakdown(260.3, [10, 250], { openEnded: true }));
    expect(short).toMatchObject({ severity: 'info', expected: 260.3, actual: 260 });
    const [over] = run(claim.breakdown(260.3, [10, 251], { openEnded: true }));
    expect(over).toMatchObject({ severity: 'error', actual: 261 });
  });
});
