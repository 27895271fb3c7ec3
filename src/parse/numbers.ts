/**
 * Numbers as people write them in reports: `12.21`, `1,546.02`, `２４`,
 * `二十四`, `100%`, `90分`, `12.21万元`. A null marker (`—`, `/`, `-`, an
 * empty cell) is null, never zero; text that should be a number but is not
 * is also null (its raw text is kept by the caller).
 */
import { parseDecimal, shift, toNumber, type Decimal } from '../decimal.js';
import { AMOUNT_UNITS, CHINESE_DIGITS, CHINESE_MULTIPLIERS, NULL_MARKERS } from './lexicon.js';
import type { AmountUnit } from '../model.js';

/**
 * Full-width digits, signs and brackets to their ASCII forms, one character
 * for one character, so positions in the result are positions in the input.
 */
export function toHalfWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xfee0); // ０-９
    else if (ch === '％') out += '%';
    else if (ch === '．') out += '.';
    else if (ch === '（') out += '(';
    else if (ch === '）') out += ')';
    else if (ch === '：') out += ':';
    else if (ch === '＋') out += '+';
    else if (ch === '\u3000') out += ' ';
    else out += ch;
  }
  return out;
}

/** `二十四` → 24, `十` → 10, `一百零五` → 105; null when not a Chinese numeral. */
export function parseChineseNumeral(text: string): number | null {
  if (text === '') return null;
  let total = 0;
  let digit: number | null = null;
  for (const ch of text) {
    const d = CHINESE_DIGITS[ch];
    const m = CHINESE_MULTIPLIERS[ch];
    if (d !== undefined) digit = d;
    else if (m !== undefined) {
      total += (digit ?? 1) * m;
      digit = null;
    } else return null;
  }
  return total + (digit ?? 0);
}

/** A count written in digits (either width) or in Chinese numerals. */
export function parseCount(text: string): number | null {
  const t = toHalfWidth(text.trim());
  if (/^\d+$/.test(t)) return Number(t);
  return parseChineseNumeral(t);
}

export function isNullMarker(text: string | null | undefined): boolean {
  if (text == null) return true;
  const t = text.replace(/\s+/g, '');
  return (NULL_MARKERS as readonly string[]).includes(t);
}

/** What a number cell says: nothing, a number (with the unit it carries), or something unreadable. */
export type CellNumber =
  | { kind: 'empty' }
  | { kind: 'number'; decimal: Decimal; value: number; unit: AmountUnit | '%' | '分' | null }
  | { kind: 'unparsed' };

/** Read a table cell or a written figure: `1,546.02`, `１２.２１`, `100%`, `90分`, `12万元`, `—`. */
export function readNumberCell(text: string | null | undefined): CellNumber {
  if (isNullMarker(text)) return { kind: 'empty' };
  let t = toHalfWidth(text!).replace(/\s+/g, '');
  let unit: AmountUnit | '%' | '分' | null = null;
  const suffix = /(万元|元|%|分)$/.exec(t);
  if (suffix) {
    unit = suffix[1] as AmountUnit | '%' | '分';
    t = t.slice(0, -suffix[1]!.length);
  }
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, '');
  const decimal = parseDecimal(t);
  if (!decimal) return { kind: 'unparsed' };
  return { kind: 'number', decimal, value: toNumber(decimal), unit };
}

/** The number a cell holds, or null (empty or unreadable). */
export function cellValue(text: string | null | undefined): number | null {
  const cell = readNumberCell(text);
  return cell.kind === 'number' ? cell.value : null;
}

/** An amount in its written unit to 元, exactly (万元 is a shift by four decimal places). */
export function toYuan(decimal: Decimal, unit: AmountUnit): Decimal {
  return shift(decimal, AMOUNT_UNITS[unit]);
}

/** An amount in its written unit to 万元, exactly. */
export function toWan(decimal: Decimal, unit: AmountUnit): Decimal {
  return shift(decimal, AMOUNT_UNITS[unit] - AMOUNT_UNITS['万元']);
}

/** A written amount (`27,356,490.88`) as an exact decimal. */
export function readAmount(digits: string): Decimal | null {
  return parseDecimal(toHalfWidth(digits).replace(/,/g, ''));
}
