import { describe, expect, it } from 'vitest';
import type { ClaimOf, RateKind } from '../../../src/model.js';
import { percentFrom } from '../../../src/validate/rules/rate-claim-mismatch.js';
import { validate } from '../../../src/validate/index.js';
import { expectValidReport } from '../../support/schema.js';
import { buildReport } from '../support.js';

let line = 1;
function rate(kind: RateKind, written: string, of: [number, number, string] | null, sign = 1): ClaimOf<'rate'> {
  line += 1;
  return {
    id: `r${line}`,
    type: 'rate',
    value: sign * Number(written),
    unit: '%',
    kind,
    written,
    of: of && { numerator: of[0], denominator: of[1], unit: of[2], numeratorText: `${of[0]}${of[2]}`, denominatorText: `${of[1]}${of[2]}` },
    quote: `…${written}%`,
    sectionId: null,
    location: { line },
  };
}

const run = (...claims: ClaimOf<'rate'>[]) => {
  const report = validate(buildReport({ claims }));
  expectValidReport(report);
  return { findings: report.findings.filter((f) => f.code === 'rate-claim-mismatch'), check: report.summary.checks.find((c) => c.code === 'rate-claim-mismatch') };
};

describe('rate-claim-mismatch', () => {
  it('accepts a rate that rounds from its figures at its own precision', () => {
    expect(run(rate('execution', '61', [425, 700, '万元'])).findings).toEqual([]);
    expect(run(rate('execution', '60.71', [425, 700, '万元'])).findings).toEqual([]);
    expect(run(rate('execution', '100', [1050, 1050, '万元'])).findings).toEqual([]);
  });

  it('finds an over-target share its figures do not give (264 of 115 is 129.6% over, not 43%)', () => {
    const { findings } = run(rate('over-target', '43', [264, 115, '户']));
    expect(findings.map((f) => [f.severity, f.expected, f.actual])).toEqual([['error', 43, 130]]);
    expect(findings[0]!.message).toContain('264户÷115户−1 = 130%');
    expect(findings[0]!.evidence[0]).toMatchObject({ kind: 'claim' });
  });

  it('judges at the written precision: 60.70 is not 425/700', () => {
    expect(run(rate('execution', '60.70', [425, 700, '万元'])).findings.map((f) => f.actual)).toEqual([60.71]);
  });

  it('computes a change from the old figure, a fall being negative', () => {
    expect(run(rate('growth', '25', [250, 200, '人'])).findings).toEqual([]);
    expect(run(rate('growth', '25', [30, 40, '件'], -1)).findings).toEqual([]);
    expect(run(rate('growth', '20', [30, 40, '件'], -1)).findings.map((f) => f.actual)).toEqual([-25]);
  });

  it('runs only when a rate has its figures', () => {
    expect(run(rate('completion', '100', null))).toEqual({ findings: [], check: { code: 'rate-claim-mismatch', ran: false, reason: 'no-rate-with-figures' } });
    expect(run(rate('execution', '61', [425, 700, '万元'])).check).toMatchObject({ ran: true, reason: null });
  });

  it('rounds half away from zero, exactly', () => {
    expect(percentFrom(1, 8, 'execution', 1)).toEqual({ units: 125n, scale: 1 });
    expect(percentFrom(1, 8, 'execution', 0)).toEqual({ units: 13n, scale: 0 });
    expect(percentFrom(7, 8, 'growth', 1)).toEqual({ units: -125n, scale: 1 });
    expect(percentFrom(1, 0, 'execution', 0)).toBeNull();
  });
});
