/**
 * The funds block's column headers (年初预算数 / 全年预算数 / 全年执行数 /
 * 分值 / 执行率 / 得分, or a template's synonyms): a run of header cells with
 * at least a budget and an execution column is where a form's funds block is.
 */
import type { FormCell } from './cells.js';
import { FUNDS_COLUMNS, type FundsField } from './lexicon.js';

export interface FundsHeader {
  /** index of the first header cell and one past the last */
  start: number;
  end: number;
  /** the columns in order; `other` for text columns (得分计算方法, 原因) */
  columns: (FundsField | 'other')[];
}

export function fundsColumnOf(key: string): FundsField | 'other' | null {
  // the block's weight glued before its first header (`(20分)预算数`) is not part of it
  key = key.replace(/^\(\d+(?:\.\d+)?分\)(?=.)/, '');
  for (const [re, field] of FUNDS_COLUMNS) {
    const m = re.exec(key);
    if (m && m.index === 0 && /^(\(.*)?$/.test(key.slice(m[0].length))) return field;
  }
  return null;
}

export function findFundsHeaders(cells: readonly FormCell[]): FundsHeader[] {
  const headers: FundsHeader[] = [];
  for (let i = 0; i < cells.length; i += 1) {
    if (fundsColumnOf(cells[i]!.key) === null || fundsColumnOf(cells[i]!.key) === 'other') continue;
    const columns: (FundsField | 'other')[] = [];
    let j = i;
    let last = i;
    while (j < cells.length) {
      const cell = cells[j]!;
      // blanks, a weight under its header (`(10分)`) and OCR's broken brackets (`(B/A1`, `(A)300` with a figure glued on)
      // sit between header cells
      if (cell.key === '' || (fundsColumnOf(cell.key) === null && (/^\(/.test(cell.key) || /^[(（]/.test(cell.text)))) {
        j += 1;
        continue;
      }
      const field = fundsColumnOf(cell.key);
      if (field === null || (field !== 'other' && columns.includes(field))) break;
      columns.push(field);
      last = j;
      j += 1;
    }
    const fields = new Set(columns);
    const budget = fields.has('initial') || fields.has('adjusted');
    if (budget && (fields.has('executed') || fields.has('rate')) && fields.size >= 3) {
      headers.push({ start: i, end: last + 1, columns });
      i = last;
    }
  }
  return headers;
}
