/**
 * A spreadsheet cell → the text Excel shows for it. A form's figures are
 * checked as written, so `0.9997` formatted `0.00%` must read `99.97%`, a
 * formula its saved result, and `0.1 + 0.2` must not read
 * `0.30000000000000004`. Only the number formats forms use are rendered
 * (percent, fixed decimals, thousands separators, dates); any other format
 * shows the number as Excel's General format would.
 */
import type ExcelJS from 'exceljs';

export interface ShownCell {
  text: string;
  /** a formula with no saved result (the file was never calculated): read as empty */
  uncalculated: boolean;
}

type CellValue = ExcelJS.CellValue;

export function formatCell(cell: { value: CellValue; numFmt?: string | undefined }): ShownCell {
  const value = cell.value;
  if (isFormula(value)) {
    const result = value.result;
    if (result === undefined || result === null) return { text: '', uncalculated: true };
    return { text: formatValue(result as CellValue, cell.numFmt), uncalculated: false };
  }
  return { text: formatValue(value, cell.numFmt), uncalculated: false };
}

function isFormula(value: CellValue): value is ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue {
  return typeof value === 'object' && value !== null && !(value instanceof Date) && ('formula' in value || 'sharedFormula' in value);
}

function formatValue(value: CellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatNumber(value, numFmt ?? 'General');
  if (typeof value === 'string') return value.replace(/\r\n?/g, '\n').trim();
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return formatDate(value, numFmt ?? '');
  if ('richText' in value) return value.richText.map((run) => run.text).join('').replace(/\r\n?/g, '\n').trim();
  if ('error' in value) return String(value.error);
  if ('text' in value && typeof value.text === 'string') return value.text.trim();
  return '';
}

/** The section of a format for a value (`pos;neg;zero;text`), with quoted text, colours and padding removed. */
function section(numFmt: string, n: number): string {
  const sections = numFmt.split(';');
  const chosen = (n < 0 && sections[1] !== undefined ? sections[1] : n === 0 && sections[2] !== undefined ? sections[2] : sections[0]) ?? '';
  return chosen.replace(/"[^"]*"|\[[^\]]*\]|_.|\\./g, '');
}

export function formatNumber(n: number, numFmt: string): string {
  if (!Number.isFinite(n)) return String(n);
  const format = section(numFmt, n);
  if (/^general$/i.test(format.trim()) || !/[0#?]/.test(format)) return general(n);
  const percent = format.includes('%');
  const decimals = /\.([0#?]+)/.exec(format)?.[1]?.length ?? 0;
  const grouped = /[0#?],[0#?]/.test(format);
  // a negative section shows the sign only through its own text; the first section shows a minus
  const negativeSection = n < 0 && numFmt.split(';').length > 1;
  const value = Math.abs(percent ? n * 100 : n);
  // round the exact decimal the number prints as, not the binary float (1.005 → 1.01 as Excel does)
  let text = roundDecimal(Number(value.toPrecision(15)), decimals);
  if (grouped) text = text.replace(/^(\d+)/, (int) => int.replace(/\B(?=(\d{3})+$)/g, ','));
  const sign = n < 0 && !negativeSection && Number(text.replace(/,/g, '')) !== 0 ? '-' : '';
  return `${sign}${text}${percent ? '%' : ''}`;
}

/** Excel's General format: up to 15 significant digits, no float noise. */
function general(n: number): string {
  return String(Number(n.toPrecision(15)));
}

function roundDecimal(value: number, decimals: number): string {
  const shown = general(value);
  // exponent forms (1e21, 1e-7) are outside what a form holds: toFixed is exact enough there
  const [int = '0', frac = ''] = (/e/i.test(shown) ? value.toFixed(decimals) : shown).split('.');
  if (frac.length <= decimals) return decimals === 0 ? int : `${int}.${frac.padEnd(decimals, '0')}`;
  // half-up on the decimal digits
  const digits = `${int}${frac.slice(0, decimals)}`;
  const roundUp = frac.charCodeAt(decimals) - 48 >= 5;
  const units = BigInt(digits) + (roundUp ? 1n : 0n);
  const text = units.toString().padStart(decimals + 1, '0');
  return decimals === 0 ? text : `${text.slice(0, -decimals)}.${text.slice(-decimals)}`;
}

/** exceljs gives dates as UTC instants of the serial date; a form shows the calendar day. */
function formatDate(date: Date, numFmt: string): string {
  if (Number.isNaN(date.getTime())) return '';
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  const hasTime = /h|s/i.test(numFmt.replace(/"[^"]*"/g, ''));
  const time = hasTime ? ` ${String(date.getUTCHours()).padStart(2, '0')}:${String(date.getUTCMinutes()).padStart(2, '0')}` : '';
  if (numFmt.includes('年')) return `${y}年${m}月${d}日${time}`;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}${time}`;
}
