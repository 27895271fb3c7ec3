import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/model.js';
import { validate } from '../../../src/validate/index.js';
import { buildReport, claim, level } from '../support.js';

const run = (...claims: Claim[]) =>
  validate(buildReport({ claims })).findings.filter((f) => f.code === 'distribution-sum-mismatch');

describe('distribution-sum-mismatch', () => {
  it('flags jinzhai: 10 projects, 3 at 100% plus five named = 8', () => {
    const levels = [level.exact(100, 3), level.exact(99.97, 1), level.exact(99.89, 1), level.exact(95.6, 1), level.exact(86.02, 1), level.exact(99.49, 1)];
    const [f] = run(claim.projectCount(10), claim.distribution(levels));
    expect(f).toMatchObject({ severity: 'error', expected: 10, actual: 8 });
    expect(f!.evidence.map((e) => e.kind)).toEqual(['claim', 'claim']);
  });

  it('is silent when the counts add up (the seed: 14+4+1+5 = 24 and 21+2+1 = 24)', () => {
    expect(run(claim.projectCount(24), claim.distribution([level.exact(100, 14), level.atLeast(50, 4), level.atLeast(30, 1), level.notStarted(5)]))).toEqual([]);
    expect(run(claim.projectCount(24), claim.distribution([level.exact(100, 21), level.atLeast(50, 2), level.atLeast(30, 1)]))).toEqual([]);
  });

  it('takes a single level as a remark unless it exceeds the count', () => {
    expect(run(claim.projectCount(24), claim.distribution([level.exact(100, 20)]))).toEqual([]);
    expect(run(claim.projectCount(24), claim.distribution([level.exact(100, 25)]))).toHaveLength(1);
  });

  it('needs a declared count that agrees with itself', () => {
    expect(run(claim.distribution([level.exact(100, 3), level.notStarted(1)]))).toEqual([]);
    expect(run(claim.projectCount(5), claim.projectCount(6), claim.distribution([level.exact(100, 3), level.notStarted(1)]))).toEqual([]);
  });
});
