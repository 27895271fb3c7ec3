import { describe, expect, it } from 'vitest';
import { formatListNumber } from '../../src/ingest/number-format.js';

describe('formatListNumber', () => {
  it('writes Chinese counting numbers the way Word shows them', () => {
    const shown = [1, 2, 9, 10, 11, 19, 20, 21, 99].map((n) => formatListNumber(n, 'chineseCounting'));
    expect(shown).toEqual(['一', '二', '九', '十', '十一', '十九', '二十', '二十一', '九十九']);
    // past 99 Word switches to digit-by-digit for chineseCounting
    expect(formatListNumber(100, 'chineseCounting')).toBe('一〇〇');
  });

  it('writes chineseCountingThousand with place units and 零 for gaps', () => {
    expect(formatListNumber(10, 'chineseCountingThousand')).toBe('十');
    expect(formatListNumber(100, 'chineseCountingThousand')).toBe('一百');
    expect(formatListNumber(105, 'chineseCountingThousand')).toBe('一百零五');
    expect(formatListNumber(110, 'chineseCountingThousand')).toBe('一百一十');
    expect(formatListNumber(1010, 'chineseCountingThousand')).toBe('一千零一十');
  });

  it('writes legal numerals, ideographs and stems', () => {
    expect(formatListNumber(3, 'chineseLegalSimplified')).toBe('叁');
    expect(formatListNumber(12, 'chineseLegalSimplified')).toBe('壹拾贰');
    expect(formatListNumber(2, 'ideographTraditional')).toBe('乙');
    expect(formatListNumber(11, 'ideographTraditional')).toBe('甲');
    expect(formatListNumber(205, 'ideographDigital')).toBe('二〇五');
    expect(formatListNumber(1, 'ideographZodiac')).toBe('子');
  });

  it('writes decimal variants', () => {
    expect(formatListNumber(7, 'decimal')).toBe('7');
    expect(formatListNumber(7, 'decimalZero')).toBe('07');
    expect(formatListNumber(12, 'decimalFullWidth')).toBe('１２');
    expect(formatListNumber(3, 'decimalEnclosedCircle')).toBe('③');
    expect(formatListNumber(20, 'decimalEnclosedCircle')).toBe('⑳');
    expect(formatListNumber(21, 'decimalEnclosedCircle')).toBe('21');
    expect(formatListNumber(2, 'decimalEnclosedParen')).toBe('⑵');
    expect(formatListNumber(2, 'decimalEnclosedFullstop')).toBe('⒉');
    expect(formatListNumber(3, 'ideographEnclosedCircle')).toBe('㊂');
  });

  it('writes letters, roman numerals and ordinals', () => {
    expect(['lowerLetter', 'upperLetter'].map((f) => formatListNumber(28, f))).toEqual(['bb', 'BB']);
    expect(formatListNumber(1, 'lowerLetter')).toBe('a');
    expect(formatListNumber(1994, 'upperRoman')).toBe('MCMXCIV');
    expect(formatListNumber(4, 'lowerRoman')).toBe('iv');
    expect([1, 2, 3, 4, 11, 12, 13, 21].map((n) => formatListNumber(n, 'ordinal'))).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st']);
  });

  it('shows nothing for none and digits for unknown formats', () => {
    expect(formatListNumber(5, 'none')).toBe('');
    expect(formatListNumber(5, 'someFutureFormat')).toBe('5');
  });
});
