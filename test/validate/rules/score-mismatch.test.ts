import { describe, expect, it } from 'vitest';
import { validate } from '../../../src/validate/index.js';
import { seedReport } from '../seed-report.js';
import { buildReport, claim, row } from '../support.js';

const find = (r: ReturnType<typeof validate>) => r.findings.filter((f) => f.code === 'score-mismatch');

describe('score-mismatch', () => {
  it('reports the seed: 90 against mean 95.41 and weighted 99.35', () => {
    const [f, ...rest] = find(validate(seedReport()));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'warning', expected: 90, actual: 95.41, details: { mean: 95.41, weightedMean: 99.35 } });
    expect(f!.message).toContain('95.41');
    expect(f!.message).toContain('99.35');
  });

  it('accepts a score within 1 point of either mean', () => {
    expect(find(validate(seedReport({ score: 95 })))).toEqual([]); // near the mean
    expect(find(validate(seedReport({ score: 99 })))).toEqual([]); // near the weighted mean
    expect(find(validate(seedReport({ score: 97 })))).toHaveLength(1);
  });

  it('uses the plain mean alone when no row has an amount', () => {
    const rows = [row('甲', null, { score: 80 }), row('乙', null, { score: 90 })];
    expect(find(validate(buildReport({ claims: [claim.selfScore(85)], rows })))).toEqual([]);
    expect(find(validate(buildReport({ claims: [claim.selfScore(95)], rows })))).toHaveLength(1);
  });

  it('says nothing without row scores', () => {
    expect(find(validate(buildReport({ claims: [claim.selfScore(60)], rows: [row('甲', 1)] })))).toEqual([]);
  });
});
