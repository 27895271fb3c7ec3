import { describe, expect, it } from 'vitest';
import { validate } from '../../../src/validate/index.js';
import { expectValidReport } from '../../support/schema.js';
import { buildForm, formReport, fundsRow } from '../support.js';

const find = (r: ReturnType<typeof validate>) => r.findings.filter((f) => f.code === 'execution-rate-mismatch');

function rated(cells: [number | null, number | null, number | null], rate: string | null, unit: '万元' | '元' = '万元') {
  return formReport([buildForm({ unit, funds: [fundsRow('total', cells, { weight: 10, rate })] })]);
}

describe('execution-rate-mismatch', () => {
  it('sh_putuo: 86.19% does not round from 215457.6 / 250000 (86.183%)', () => {
    const report = validate(rated([250000, 250000, 215457.6], '86.19%', '元'));
    expectValidReport(report);
    const [f, ...rest] = find(report);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'error', expected: 86.18, actual: 86.19 });
    expect(f!.details).toMatchObject({ denominator: 'adjusted', truncated: false });
    expect(f!.evidence[0]).toMatchObject({ kind: 'formCell', formId: 'f1', part: 'funds', index: 0, field: 'rate', text: '86.19%' });
  });

  it('yn_linxiang: 97.80% is 97.809% cut, not rounded — a finding, said to be truncation', () => {
    const [f] = find(validate(rated([null, 32.4, 31.69], '97.80%')));
    expect(f).toMatchObject({ expected: 97.81, actual: 97.8 });
    expect(f!.details).toMatchObject({ truncated: true });
    expect(f!.message).toContain('截断');
  });

  it('accepts rounding at the stated precision (langfang 86% for 86.2%, bj_haidian 50% for 49.88%, nx_yuanzhou 86.5% for 86.48%)', () => {
    expect(find(validate(rated([43.2, 43.2, 37.24], '86%')))).toEqual([]);
    expect(find(validate(rated([310.2, null, 154.74], '50%')))).toEqual([]);
    expect(find(validate(rated([null, 300, 259.45], '86.5%')))).toEqual([]);
    expect(find(validate(rated([null, 387664.62, 387664.62], '100%', '元')))).toEqual([]);
  });

  it('reads a fraction at its own precision (yn_shidian 0.1 for 94 / 650) and a bare 1 as 100%', () => {
    expect(find(validate(rated([null, 650, 94], '0.1')))).toEqual([]);
    expect(find(validate(rated([null, 650, 94], '0.2')))).toHaveLength(1);
    expect(find(validate(rated([null, 9.48, 9.48], '1')))).toEqual([]);
    expect(find(validate(rated([null, 10, 6], '1')))).toHaveLength(1);
  });

  it('accepts 年初预算数 as the denominator where it is the one that matches, and says which was used otherwise', () => {
    expect(find(validate(rated([238.93, 251.89, 238.93], '100.00%')))).toEqual([]);
    const [f] = find(validate(rated([238.93, 251.89, 200], '90%')));
    expect(f!.details).toMatchObject({ denominator: 'adjusted', denominatorsTried: ['adjusted', 'initial'] });
    expect(f!.message).toContain('全年预算数');
  });

  it('accepts 100% over execution above the budget (the cap), and judges nothing without figures', () => {
    expect(find(validate(rated([1172.55, null, 1268.72], '100%')))).toEqual([]);
    expect(find(validate(rated([0, 0, 0], '0')))).toEqual([]);
    expect(find(validate(rated([null, 30, null], '100%')))).toEqual([]);
    expect(find(validate(rated([30, 30, 30], null)))).toEqual([]);
  });

  it('reports a 其中 row that repeats the total row with the same rate once, pointing at both', () => {
    const form = buildForm({
      funds: [fundsRow('total', [null, 32.4, 31.69], { weight: 10, rate: '97.80%', score: 9 }), fundsRow('fiscal', [null, 32.4, 31.69], { weight: 10, rate: '97.80%', score: 9 })],
    });
    const found = find(validate(formReport([form])));
    expect(found).toHaveLength(1);
    expect(found[0]!.evidence.filter((e) => e.kind === 'formCell' && e.field === 'rate').map((e) => (e as { index: number }).index)).toEqual([0, 1]);
  });

  it('needs a form with a stated rate and its figures', () => {
    expect(validate(formReport([])).summary.checks.find((c) => c.code === 'execution-rate-mismatch')).toMatchObject({ ran: false, reason: 'no-form' });
    const noRate = validate(rated([30, 30, 30], null));
    expect(noRate.summary.checks.find((c) => c.code === 'execution-rate-mismatch')).toMatchObject({ ran: false, reason: 'no-funds-rate' });
    expect(validate(rated([30, 30, 30], '100%')).summary.checks.find((c) => c.code === 'execution-rate-mismatch')).toMatchObject({ ran: true });
  });
});
