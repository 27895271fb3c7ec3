import { describe, expect, it } from 'vitest';
import { formatCell, formatNumber } from '../../src/ingest/xlsx-cell-text.js';

describe('a number as Excel shows it', () => {
  it.each([
    [0.9997, '0.00%', '99.97%'],
    [0.5, '0%', '50%'],
    [1, '0.0%', '100.0%'],
    [0.1 + 0.2, 'General', '0.3'],
    [17.994600000000002, 'General', '17.9946'],
    [1.005, '0.00', '1.01'],
    [2735.649088, '#,##0.00', '2,735.65'],
    [1234567, '#,##0', '1,234,567'],
    [-3.5, '0.0', '-3.5'],
    [-3.5, '0.0;(0.0)', '3.5'],
    [12.21, '0.00_ ', '12.21'],
    [100, '"¥"#,##0.00', '100.00'],
    [-0.001, '0.00', '0.00'],
  ])('%s formatted %s reads %s', (n, format, shown) => {
    expect(formatNumber(n, format)).toBe(shown);
  });

  it('a formula shows its saved result; one never calculated reads empty and is flagged', () => {
    expect(formatCell({ value: { formula: 'A1/B1', result: 0.9997 }, numFmt: '0.00%' })).toEqual({ text: '99.97%', uncalculated: false });
    expect(formatCell({ value: { formula: 'A1/B1' } as never })).toEqual({ text: '', uncalculated: true });
  });

  it('rich text, errors, booleans and dates', () => {
    expect(formatCell({ value: { richText: [{ text: '项目' }, { text: '名称' }] } }).text).toBe('项目名称');
    expect(formatCell({ value: { error: '#DIV/0!' } as never }).text).toBe('#DIV/0!');
    expect(formatCell({ value: true }).text).toBe('TRUE');
    expect(formatCell({ value: new Date(Date.UTC(2024, 0, 5)), numFmt: 'yyyy-mm-dd' }).text).toBe('2024-01-05');
    expect(formatCell({ value: new Date(Date.UTC(2024, 0, 5)), numFmt: 'yyyy"年"m"月"d"日"' }).text).toBe('2024年1月5日');
  });
});
