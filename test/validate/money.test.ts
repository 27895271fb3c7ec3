import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDecimal, roundTo, sum, toNumber, toString, type Decimal } from '../../src/decimal.js';
import { agrees, convert, gapWords, sumRows } from '../../src/validate/money.js';
import { validate } from '../../src/validate/index.js';
import { buildReport, claim, row } from './support.js';

/** A written amount: up to 6 decimals, as reports write 万元 (173.870369). */
const amount = fc
  .tuple(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 999999 }))
  .map(([int, scale, frac]) => parseDecimal(scale === 0 ? String(int) : `${int}.${String(frac % 10 ** scale).padStart(scale, '0')}`)!);

const totalFindings = (amounts: Decimal[], declared: number, unit: '万元' | '元' = '万元') =>
  validate(
    buildReport({
      claims: [claim.projectCount(amounts.length, { line: 7 }), claim.totalAmount(declared, unit, { line: 7 })],
      rows: amounts.map((a, i) => row(`项目${i + 1}号工程款`, toNumber(a), { completion: 100, score: 100 })),
    }),
  ).findings.filter((f) => f.code === 'total-mismatch');

describe('exact money in the rules', () => {
  it('a total rounded to any precision from the exact sum agrees; one unit off at that precision does not', () => {
    fc.assert(
      fc.property(fc.array(amount, { minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: 6 }), (amounts, scale) => {
        const exactSum = sum(amounts);
        const declared = roundTo(exactSum, scale);
        expect(totalFindings(amounts, toNumber(declared))).toEqual([]);
        const off = { units: declared.units + 1n, scale: declared.scale };
        // a number cannot keep trailing zeros (2736.0 reads as 2736, a coarser precision): only test an off value that keeps its scale
        fc.pre(off.units % 10n !== 0n || off.scale === 0);
        expect(totalFindings(amounts, toNumber(off))).toHaveLength(1);
      }),
      { numRuns: 60 },
    );
  });

  it('the same total in 元 agrees with rows in 万元', () => {
    fc.assert(
      fc.property(fc.array(amount, { minLength: 1, maxLength: 8 }), (amounts) => {
        const yuan = convert(sum(amounts), '万元', '元');
        expect(totalFindings(amounts, toNumber(yuan), '元')).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('sums rows exactly where floats would drift', () => {
    const rows = buildReport({ rows: [0.1, 0.2, 0.7].map((a, i) => row(`r${i}`, a)) }).projects;
    expect(toString(sumRows(rows, '万元').total)).toBe('1');
    expect(agrees(2735.65, parseDecimal('2735.649088')!)).toBe(true);
    expect(agrees(2735.6, parseDecimal('2735.64')!)).toBe(true);
    expect(agrees(2736, parseDecimal('2735.4')!)).toBe(false);
    expect(gapWords(755.19, parseDecimal('755.36')!, '万元')).toEqual({ zh: '多0.17万元', en: '0.17 万元 more' });
    expect(gapWords(2026400, parseDecimal('1740000')!, '元')).toEqual({ zh: '少286400元', en: '286400 元 less' });
  });

  it('never judges a figure that is not a finite number', () => {
    const report = buildReport({ claims: [claim.projectCount(1, { line: 7 }), claim.totalAmount(Number.NaN, '万元', { line: 7 })], rows: [row('甲', 1)] });
    expect(() => validate(report)).not.toThrow();
  });
});
