/**
 * A form cell as a number: amounts (万元/元, full width, thousands commas),
 * weights and scores (`10`, `10.00`, `90分`), rates (`100%`, `99.97%`, a
 * fraction `1` → 100). Blank and `—`/`-`/`/` are no value, never zero;
 * anything else is text.
 */
import { shift, toNumber } from '../../decimal.js';
import { isNullMarker, readNumberCell } from '../numbers.js';
import { labelKey } from './label-key.js';

export type FormValue = { kind: 'blank' } | { kind: 'number'; value: number; percent: boolean } | { kind: 'text' };

export function formValue(text: string): FormValue {
  const t = labelKey(text).replace(/萬元/g, '万元');
  if (isNullMarker(t)) return { kind: 'blank' };
  const cell = readNumberCell(t);
  if (cell.kind !== 'number') return { kind: 'text' };
  return { kind: 'number', value: cell.value, percent: cell.unit === '%' };
}

/** A plain number cell (amount, weight, score), or null. */
export function numberOf(text: string | null): number | null {
  if (text === null) return null;
  const v = formValue(text);
  return v.kind === 'number' && !v.percent ? v.value : null;
}

/** 执行率 in percent: `86.19%` → 86.19; a fraction up to 1 (`1`, `0.1`) → ×100; a bare `100` → 100. */
export function rateOf(text: string | null): number | null {
  if (text === null) return null;
  const t = labelKey(text);
  if (isNullMarker(t)) return null;
  const cell = readNumberCell(t);
  if (cell.kind !== 'number') return null;
  if (cell.unit === '%') return cell.value;
  if (cell.unit !== null) return null;
  return cell.value <= 1 ? toNumber(shift(cell.decimal, 2)) : cell.value;
}

/** The amount unit a value cell carries itself (`372.29万元`). */
export function amountUnitOf(text: string): '万元' | '元' | null {
  const t = labelKey(text).replace(/萬元/g, '万元');
  const m = /\d(万元|元)$/.exec(t);
  return m ? (m[1] as '万元' | '元') : null;
}

/** OCR and typing swap digits for look-alike letters (`1O`, `l0`, `2.S`): a short figure so written holds a value nobody can read. */
const LOOKALIKE_FIGURE = /^(?=.*\d)(?=.*[OoIlSB])[\dOoIlSB.]{2,8}$/;

export function isGarbledFigure(text: string): boolean {
  return LOOKALIKE_FIGURE.test(labelKey(text));
}
