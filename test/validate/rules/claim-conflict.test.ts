import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/model.js';
import { validate } from '../../../src/validate/index.js';
import { expectValidReport } from '../../support/schema.js';
import { seedReport } from '../seed-report.js';
import { buildReport, claim, level } from '../support.js';

const run = (...claims: Claim[]) => {
  const report = validate(buildReport({ claims }));
  expectValidReport(report);
  return report.findings.filter((f) => f.code === 'claim-conflict');
};

describe('claim-conflict', () => {
  it('finds the seed: section 一 says 14 at 100%, section 二 says 21', () => {
    const found = validate(seedReport()).findings.filter((f) => f.code === 'claim-conflict');
    expect(found).toHaveLength(1);
    expect(found[0]!.evidence.map((e) => e.kind === 'claim' && e.location.line)).toEqual([11, 14]);
    expect(found[0]!.message).toContain('14个');
    expect(found[0]!.message).toContain('21个');
  });

  it('flags two different project counts and two different scores, one finding per disagreement', () => {
    expect(run(claim.projectCount(10), claim.projectCount(10), claim.projectCount(12))).toHaveLength(1);
    const [f] = run(claim.selfScore(90), claim.selfScore(95));
    expect(f).toMatchObject({ expected: 90, actual: 95 });
    expect(f!.evidence).toHaveLength(2);
  });

  it('compares project totals at the precision of the coarser one', () => {
    const total = (v: number, line: number) => [claim.projectCount(24, { line }), claim.totalAmount(v, '万元', { line })];
    expect(run(...total(2735.649088, 7), ...total(2735.65, 20))).toEqual([]);
    expect(run(...total(2735.649088, 7), ...total(2735.6, 20))).toEqual([]);
    expect(run(...total(2735.649088, 7), ...total(2736.65, 20))).toHaveLength(1);
  });

  it('does not compare totals of different things (budget vs spent)', () => {
    expect(run(claim.totalAmount(202.64), claim.totalAmount(132.912))).toEqual([]);
  });

  it('does not count a level one distribution leaves out as a disagreement', () => {
    const a = claim.distribution([level.exact(100, 21), level.atLeast(50, 2), level.atLeast(30, 1)]);
    const b = claim.distribution([level.exact(100, 21), level.atLeast(50, 2), level.atLeast(30, 1), level.notStarted(0)]);
    expect(run(a, b)).toEqual([]);
  });
});
