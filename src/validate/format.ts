/** Small formatting helpers so every rule writes figures the same way in both languages. */
import { fromNumber, roundTo, toString } from '../decimal.js';
import type { Location, Project } from '../model.js';

/** A number as written, without float noise: 2735.649088, 12.21, 90. */
export function num(value: number): string {
  return Number.isFinite(value) ? toString(fromNumber(value)) : String(value);
}

/** Rounded half away from zero to `decimals` places, trailing zeros kept (95.41, 90.00). */
export function fixed(value: number, decimals = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const d = roundTo(fromNumber(value), decimals);
  const digits = (d.units < 0n ? -d.units : d.units).toString().padStart(decimals + 1, '0');
  const int = digits.slice(0, digits.length - decimals);
  const frac = digits.slice(digits.length - decimals);
  return `${d.units < 0n ? '-' : ''}${int}${decimals > 0 ? `.${frac}` : ''}`;
}

/** `第3行「村级办公经费」` / `row 3 "村级办公经费"` */
export function rowLabelZh(row: Project): string {
  return `第${row.row}行「${row.name}」`;
}

export function rowLabelEn(row: Project): string {
  return `row ${row.row} "${row.name}"`;
}

/** At most `limit` items, then a count of the rest, so messages stay readable. */
export function listZh(items: readonly string[], limit = 5): string {
  const shown = items.slice(0, limit).join('、');
  return items.length > limit ? `${shown}等${items.length}项` : shown;
}

export function listEn(items: readonly string[], limit = 5): string {
  const shown = items.slice(0, limit).join(', ');
  return items.length > limit ? `${shown} and ${items.length - limit} more` : shown;
}

/** `行` vs `项` in prose: a table has rows, a prose list has items. */
export function rowWordZh(rows: readonly Project[]): string {
  return rows.every((r) => r.tableId === null) ? '文中列出的项目' : '项目表';
}

export function rowWordEn(rows: readonly Project[]): string {
  return rows.every((r) => r.tableId === null) ? 'the projects listed in the text' : 'the project table';
}

/** Where a claim sits, as a person finds it: 第11行 in a text file, 第5段 in a Word file. */
export function whereZh(location: Location): string {
  if (location.line !== undefined) return `第${location.line}行`;
  if (location.block !== undefined) return `第${location.block + 1}段`;
  return '';
}

export function whereEn(location: Location): string {
  if (location.line !== undefined) return `line ${location.line}`;
  if (location.block !== undefined) return `block ${location.block + 1}`;
  return '';
}
