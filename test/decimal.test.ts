import { describe, expect, it } from 'vitest';
import { agreesAtPrecision, fromNumber, parseDecimal, shift, sum, toNumber, toString, roundTo } from '../src/decimal.js';

const d = (s: string) => {
  const v = parseDecimal(s);
  if (!v) throw new Error(s);
  return v;
};

describe('decimal', () => {
  it('adds the seed amounts exactly where floats drift', () => {
    const amounts = [12.21, 18, 9.72, 30.564, 72.5, 3.7328, 3, 10, 20, 300, 17.832, 173.870369, 5, 10, 10, 10, 1546.024119, 15, 12, 16.75, 360.2358, 12.21, 23, 44];
    expect(amounts.reduce((a, b) => a + b, 0)).not.toBe(2735.649088);
    expect(toString(sum(amounts.map(fromNumber)))).toBe('2735.649088');
  });

  it('judges agreement at the declared precision', () => {
    expect(agreesAtPrecision(d('2735.65'), d('2735.649088'))).toBe(true);
    expect(agreesAtPrecision(d('2735.6'), d('2735.64'))).toBe(true);
    expect(agreesAtPrecision(d('2735.6'), d('2735.7'))).toBe(false);
    expect(agreesAtPrecision(d('2736'), d('2735.4'))).toBe(false);
    expect(agreesAtPrecision(d('755.19'), d('755.36'))).toBe(false);
  });

  it('converts units exactly and rounds half away from zero', () => {
    expect(toString(shift(d('1546.024119'), 4))).toBe('15460241.19');
    expect(toNumber(shift(d('2026400'), -4))).toBe(202.64);
    expect(toString(roundTo(d('-0.125'), 2))).toBe('-0.13');
    expect(toString(fromNumber(1e-7))).toBe('0.0000001');
    expect(parseDecimal('1,2')).toBeNull();
  });
});
