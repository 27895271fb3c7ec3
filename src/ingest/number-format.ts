/**
 * Word's list number formats (`w:numFmt`, ECMA-376 §17.18.59): a counter
 * value → the text Word shows. Only the formats Chinese reports use are
 * spelled out; anything else falls back to Arabic digits, which keeps the
 * number readable rather than losing it.
 */
import { CHINESE_DIGITS, CHINESE_LEGAL_DIGITS, CHINESE_LEGAL_UNITS, CHINESE_UNITS, HEAVENLY_STEMS, ZODIAC_BRANCHES } from './lexicon-numbering.js';

export function formatListNumber(value: number, numFmt: string): string {
  switch (numFmt) {
    case 'decimal':
      return String(value);
    case 'decimalZero':
      return value < 10 ? `0${value}` : String(value);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return toFullWidth(String(value));
    case 'decimalHalfWidth':
      return String(value);
    case 'upperRoman':
      return toRoman(value);
    case 'lowerRoman':
      return toRoman(value).toLowerCase();
    case 'upperLetter':
      return toLetters(value);
    case 'lowerLetter':
      return toLetters(value).toLowerCase();
    case 'ordinal':
      return toOrdinal(value);
    case 'chineseCounting':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
      // Word writes 1–99 in counting form and larger values digit by digit (一〇〇).
      return value < 100 ? toChineseCounting(value, CHINESE_DIGITS, CHINESE_UNITS) : toChineseDigits(value);
    case 'chineseCountingThousand':
    case 'japaneseDigitalTenThousand':
    case 'taiwaneseCountingThousand':
      return toChineseCounting(value, CHINESE_DIGITS, CHINESE_UNITS);
    case 'chineseLegalSimplified':
    case 'ideographLegalTraditional':
      return toChineseCounting(value, CHINESE_LEGAL_DIGITS, CHINESE_LEGAL_UNITS, { keepLeadingOneTen: true });
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return toChineseDigits(value);
    case 'ideographTraditional':
      return cycle(HEAVENLY_STEMS, value);
    case 'ideographZodiac':
      return cycle(ZODIAC_BRANCHES, value);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return enclosed(value, 0x2460, 20);
    case 'decimalEnclosedParen':
      return enclosed(value, 0x2474, 20);
    case 'decimalEnclosedFullstop':
      return enclosed(value, 0x2488, 20);
    case 'ideographEnclosedCircle':
      return enclosed(value, 0x3280, 10); // ㊀..㊉
    case 'none':
      return '';
    default:
      return String(value);
  }
}

function toFullWidth(digits: string): string {
  return digits.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}

function toRoman(value: number): string {
  if (value <= 0 || value >= 4000) return String(value);
  const table: Array<[number, string]> = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let rest = value;
  let out = '';
  for (const [n, s] of table) {
    while (rest >= n) {
      out += s;
      rest -= n;
    }
  }
  return out;
}

/** Word's letter lists go A..Z, then AA..ZZ, AAA.. (the letter repeats, it is not base 26). */
function toLetters(value: number): string {
  if (value <= 0) return String(value);
  const letter = String.fromCharCode(65 + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

function toOrdinal(value: number): string {
  const tens = value % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][value % 10] ?? 'th');
  return `${value}${suffix}`;
}

/**
 * 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五, 1010 → 一千零一十.
 * Legal numerals keep the 壹 in 壹拾.
 */
function toChineseCounting(
  value: number,
  digits: readonly string[],
  units: readonly string[],
  options: { keepLeadingOneTen?: boolean } = {},
): string {
  if (!Number.isInteger(value) || value < 0 || value >= 100_000) return String(value);
  if (value === 0) return digits[0]!;
  const places = String(value).split('').map(Number);
  let out = '';
  let pendingZero = false;
  places.forEach((d, i) => {
    const unit = units[places.length - 1 - i]!;
    if (d === 0) {
      pendingZero = out !== '';
      return;
    }
    if (pendingZero) out += digits[0]!;
    pendingZero = false;
    const isLeadingTen = out === '' && d === 1 && places.length === 2 && !options.keepLeadingOneTen;
    out += (isLeadingTen ? '' : digits[d]!) + unit;
  });
  return out;
}

function toChineseDigits(value: number): string {
  return String(value).replace(/[0-9]/g, (d) => CHINESE_DIGITS_WITH_CIRCLE_ZERO[Number(d)]!);
}

const CHINESE_DIGITS_WITH_CIRCLE_ZERO = ['〇', ...CHINESE_DIGITS.slice(1)];

function cycle(symbols: readonly string[], value: number): string {
  if (value <= 0) return String(value);
  return symbols[(value - 1) % symbols.length]!;
}

/** Unicode has enclosed numbers only up to a point (①..⑳); past it Word falls back to digits. */
function enclosed(value: number, first: number, count: number): string {
  if (value < 1 || value > count) return String(value);
  return String.fromCodePoint(first + value - 1);
}
