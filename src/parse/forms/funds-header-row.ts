/**
 * OCR may read a funds row's label into the header row (`年度资金总额 | 全年预算数
 * | (A)300 | 全年执行数(B) …`): the label stands right before the header, and a
 * figure glued to a header's bracket (`(A)300`) is that row's value under the
 * column the bracket belongs to. Only figures so written are read.
 */
import type { FundsRow } from '../../model.js';
import type { FormCell } from './cells.js';
import { fundsRoleOf, fundsRow } from './funds-block.js';
import { fundsColumnOf, type FundsHeader } from './funds-header.js';
import { formValue } from './form-numbers.js';
import type { FundsField } from './lexicon.js';

const BRACKETED_FIGURE = /^[(（][A-Za-z/＋+\-－]{1,5}[)）]\s*([\d.,]+(?:万元|元|%)?)$/;

export function rowInHeader(cells: readonly FormCell[], header: FundsHeader): FundsRow | null {
  const label = cells[header.start - 1];
  if (!label || label.key === '') return null;
  const role = fundsRoleOf(label.key);
  if (role === null) return null;
  const placed: Partial<Record<FundsField, string>> = {};
  let column: FundsField | null = null;
  for (let i = header.start; i < header.end; i += 1) {
    const cell = cells[i]!;
    const field = fundsColumnOf(cell.key);
    if (field !== null) {
      column = field === 'other' ? null : field;
      continue;
    }
    const m = BRACKETED_FIGURE.exec(cell.text.trim());
    if (m && column !== null && formValue(m[1]!).kind === 'number' && placed[column] === undefined) placed[column] = m[1]!;
  }
  return Object.keys(placed).length > 0 ? fundsRow(label, role, placed) : null;
}
