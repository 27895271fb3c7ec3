import { describe, expect, it } from 'vitest';
import { toString } from '../../src/decimal.js';
import { cellValue, parseChineseNumeral, parseCount, readAmount, readNumberCell, toHalfWidth, toWan, toYuan } from '../../src/parse/numbers.js';

describe('numbers as written', () => {
  it('reads commas, full-width digits, percent, points and units', () => {
    expect(cellValue('12.21')).toBe(12.21);
    expect(cellValue('1,546.02')).toBe(1546.02);
    expect(cellValue('１２．２１')).toBe(12.21);
    expect(cellValue('100%')).toBe(100);
    expect(cellValue('100.00%')).toBe(100);
    expect(cellValue('９０分')).toBe(90);
    expect(readNumberCell('12万元')).toMatchObject({ kind: 'number', value: 12, unit: '万元' });
    expect(readNumberCell('27,356,490.88元')).toMatchObject({ kind: 'number', value: 27356490.88, unit: '元' });
  });

  it('reads null markers as empty, never zero, and garbage as unparsed', () => {
    for (const blank of ['', ' ', '—', '/', '-', '——', '／']) expect(readNumberCell(blank)).toEqual({ kind: 'empty' });
    expect(readNumberCell('0')).toMatchObject({ kind: 'number', value: 0 });
    expect(readNumberCell('约12')).toEqual({ kind: 'unparsed' });
    expect(readNumberCell('12.2.1')).toEqual({ kind: 'unparsed' });
    expect(cellValue('见附表')).toBeNull();
  });

  it('reads counts in Chinese numerals and both digit widths', () => {
    expect(parseChineseNumeral('二十四')).toBe(24);
    expect(parseChineseNumeral('十')).toBe(10);
    expect(parseChineseNumeral('十二')).toBe(12);
    expect(parseChineseNumeral('一百零五')).toBe(105);
    expect(parseChineseNumeral('两')).toBe(2);
    expect(parseChineseNumeral('项目')).toBeNull();
    expect(parseCount('２４')).toBe(24);
    expect(parseCount('6')).toBe(6);
  });

  it('keeps positions when turning full-width characters half-width', () => {
    const text = '预算项目２４个，涉及资金２７３５．６４９０８８万元（含）';
    expect(toHalfWidth(text)).toHaveLength(text.length);
    expect(toHalfWidth(text)).toBe('预算项目24个，涉及资金2735.649088万元(含)');
  });

  it('converts units exactly', () => {
    const d = readAmount('173.870369')!;
    expect(toString(toYuan(d, '万元'))).toBe('1738703.69');
    expect(toString(toWan(readAmount('2,026,400')!, '元'))).toBe('202.64');
  });
});
