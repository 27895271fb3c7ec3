import { describe, expect, it } from 'vitest';
import { validate } from '../../../src/validate/index.js';
import { buildForm, formReport, fundsRow } from '../support.js';

const find = (r: ReturnType<typeof validate>) => r.findings.filter((f) => f.code === 'execution-score-mismatch');

function scored(cells: [number | null, number | null, number | null], weight: number, rate: string | null, score: number, raw: { score?: string } = {}) {
  return formReport([buildForm({ funds: [fundsRow('total', cells, { weight, rate, score, raw })] })]);
}

describe('execution-score-mismatch', () => {
  it('accepts the score rounded to its own precision (langfang 9 for 8.62, sh_putuo 8.62, yn_shidian 2.9, bj_haidian 5 for 4.99)', () => {
    expect(find(validate(scored([43.2, 43.2, 37.24], 10, '86%', 9)))).toEqual([]);
    expect(find(validate(scored([250000, 250000, 215457.6], 10, '86.19%', 8.62)))).toEqual([]);
    expect(find(validate(scored([null, 650, 94], 20, '0.1', 2.9)))).toEqual([]);
    expect(find(validate(scored([310.2, null, 154.74], 10, '50%', 5)))).toEqual([]);
    expect(find(validate(scored([null, 9.48, 9.48], 10, '100%', 10)))).toEqual([]);
  });

  it('caps at the weight when execution is above the budget (gz_suiyang 108.20% and 188.81% → 10)', () => {
    expect(find(validate(scored([1172.55, null, 1268.72], 10, null, 10)))).toEqual([]);
    expect(find(validate(scored([187.36, null, 353.75], 10, null, 10)))).toEqual([]);
  });

  it('gz_suiyang: 基本支出 914.97 / 985.19 = 92.87% earns 9.29, not the full 10', () => {
    const form = buildForm({
      kind: 'department',
      funds: [
        fundsRow('total', [1172.55, null, 1268.72], { weight: 10, score: 10 }),
        fundsRow('basic', [985.19, null, 914.97], { weight: 10, score: 10 }),
        fundsRow('project', [187.36, null, 353.75], { weight: 10, score: 10 }),
      ],
    });
    const [f, ...rest] = find(validate(formReport([form])));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'error', expected: 9, actual: 10 });
    expect(f!.evidence[0]).toMatchObject({ kind: 'formCell', part: 'funds', index: 1, field: 'score' });
    expect(f!.details).toMatchObject({ computed: '9.2872' });
  });

  it('a score that is the basis cut instead of rounded (yn_linxiang 9 for 9.78) is only a note', () => {
    const [f] = find(validate(scored([null, 32.4, 31.69], 10, '97.80%', 9)));
    expect(f).toMatchObject({ severity: 'info', expected: 10, actual: 9 });
    expect(validate(scored([null, 32.4, 31.69], 10, '97.80%', 9)).summary.status).toBe('findings'); // the rate itself is wrong
  });

  it('a score above what the rate earns at the stated precision is an error', () => {
    const [f] = find(validate(scored([100, 100, 60], 10, '60%', 8)));
    expect(f).toMatchObject({ severity: 'error', expected: 6, actual: 8 });
    expect(find(validate(scored([100, 100, 60], 10, '60%', 6.1, { score: '6.1' })))).toHaveLength(1);
  });

  it('judges nothing without a weight, a score or any rate', () => {
    const none = formReport([buildForm({ funds: [fundsRow('total', [null, 30, null], { weight: 10, score: 10 })] })]);
    expect(find(validate(none))).toEqual([]);
    expect(validate(none).summary.checks.find((c) => c.code === 'execution-score-mismatch')).toMatchObject({ ran: false, reason: 'no-funds-score' });
    expect(find(validate(formReport([buildForm({ funds: [fundsRow('total', [30, 30, 30], { rate: '100%', score: 10 })] })])))).toEqual([]);
  });
});
