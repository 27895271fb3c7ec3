/**
 * Project tables: a table whose header names a project column and at least
 * one of amount, completion or score, by synonyms. The header's unit
 * (`（万元）`, `（元）`, `%`) is read with it. Tables of single-project forms
 * (indicators, funds) are not project tables.
 */
import type { ColumnRole, ProjectTable, TableBlock } from '../model.js';
import { CAPTION_UNIT, FORM_TABLE_WORDS, HEADER_ROLES, HEADER_UNITS } from './lexicon.js';
import { toHalfWidth } from './numbers.js';

export type Column = ProjectTable['columns'][number];

export interface TableLayout {
  columns: Column[];
  /** index of the header row in the grid */
  headerRow: number;
  /** the unit of the amount column, from its header or the table's caption */
  amountUnit: '万元' | '元' | null;
}

/** Header cells are compared without spaces and line breaks (`资金数额 （万元）`). */
export function headerText(cell: string): string {
  return toHalfWidth(cell).replace(/\s+/g, '');
}

/** A header cell's role, by synonyms; the unit in brackets is not part of the words. */
export function columnRole(cell: string): ColumnRole {
  const words = headerText(cell).replace(/\([^)]*\)/g, '');
  if (words === '') return 'other';
  return HEADER_ROLES.find((r) => r.pattern.test(words))?.role ?? 'other';
}

export function columnUnit(cell: string): string | null {
  const text = headerText(cell);
  return HEADER_UNITS.find((u) => u.pattern.test(text))?.unit ?? null;
}

function columnsOf(row: readonly string[]): Column[] {
  return row.map((header) => ({ header: header.trim(), role: columnRole(header), unit: columnUnit(header) }));
}

/** A header row: one name column, a figure column, and at least two thirds of its headers recognised. */
export function isHeaderRow(row: readonly string[]): boolean {
  const columns = columnsOf(row);
  const filled = columns.filter((c) => c.header !== '');
  const known = filled.filter((c) => c.role !== 'other');
  const names = columns.filter((c) => c.role === 'name').length;
  const figures = columns.filter((c) => c.role === 'amount' || c.role === 'completion' || c.role === 'score').length;
  return names === 1 && figures >= 1 && known.length * 3 >= filled.length * 2;
}

const HEADER_SEARCH_ROWS = 4;

/** `caption`: the paragraph just before the table, which may say `单位：万元`. */
export function readProjectTable(table: TableBlock, caption: string | null): TableLayout | null {
  const headerRow = table.rows.slice(0, HEADER_SEARCH_ROWS).findIndex(isHeaderRow);
  if (headerRow < 0) return null;
  // a single-project form's table lists indicators, never projects
  if (table.rows.some((row) => row.some((cell) => FORM_TABLE_WORDS.test(headerText(cell))))) return null;
  const columns = columnsOf(table.rows[headerRow]!);
  const amountColumn = columns.find((c) => c.role === 'amount');
  const captionUnit = [caption ?? '', ...table.rows.slice(0, headerRow).flat()]
    .map((t) => CAPTION_UNIT.exec(headerText(t))?.[1])
    .find((u) => u !== undefined);
  const headerUnit = amountColumn?.unit === '万元' || amountColumn?.unit === '元' ? amountColumn.unit : null;
  const amountUnit = (headerUnit ?? captionUnit ?? null) as '万元' | '元' | null;
  if (amountColumn && amountColumn.unit === null && amountUnit) amountColumn.unit = amountUnit;
  return { columns, headerRow, amountUnit };
}
