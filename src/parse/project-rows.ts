/**
 * The rows of a project table as projects: names exactly as written,
 * amounts exact (amountYuan shifted by decimal places, never by float
 * multiplication), completion in percent, scores. A title row above the
 * header and header rows repeated mid-table are skipped; `合计`/`总计`
 * rows become tableTotal claims, `小计` rows are skipped (a subtotal is
 * neither a project nor the table's total).
 */
import { toNumber } from '../decimal.js';
import type { AmountUnit, Location, Project, TableBlock } from '../model.js';
import type { ClaimBody } from './claims/index.js';
import { SUBTOTAL_ROW, TOTAL_ROW } from './lexicon.js';
import { nameKey } from './name-key.js';
import { readNumberCell, toYuan } from './numbers.js';
import { headerText, isHeaderRow, type TableLayout } from './project-table.js';

export interface TableTotal {
  claim: ClaimBody;
  quote: string;
  location: Location;
}

export interface TableRows {
  projects: Project[];
  totals: TableTotal[];
}

function cellOf(row: readonly string[], index: number): string | null {
  return index < 0 ? null : (row[index] ?? null);
}

/** An amount cell in its column's unit, a unit written in the cell winning. */
function readAmountCell(text: string | null, columnUnit: AmountUnit | null) {
  const cell = readNumberCell(text);
  if (cell.kind !== 'number') return null;
  const unit = cell.unit === '万元' || cell.unit === '元' ? cell.unit : columnUnit;
  if (cell.unit === '%' || cell.unit === '分') return null;
  return { decimal: cell.decimal, value: cell.value, unit };
}

export function readProjectRows(table: TableBlock, layout: TableLayout, tableId: string): TableRows {
  const at = (role: string) => layout.columns.findIndex((c) => c.role === role);
  const nameAt = at('name');
  const amountAt = at('amount');
  const completionAt = at('completion');
  const scoreAt = at('score');
  const departmentAt = at('department');
  const indexAt = at('index');
  const projects: Project[] = [];
  const totals: TableTotal[] = [];
  let department: string | null = null;
  for (let r = layout.headerRow + 1; r < table.rows.length; r += 1) {
    const row = table.rows[r]!;
    const location: Location = { ...(table.rowLocations[r] ?? table.location), row: r };
    if (row.every((c) => c.trim() === '') || isHeaderRow(row)) continue;
    const name = (cellOf(row, nameAt) ?? '').trim();
    const label = [cellOf(row, indexAt), cellOf(row, departmentAt), name].map((c) => headerText(c ?? '')).find((c) => c !== '') ?? '';
    const amountText = cellOf(row, amountAt);
    const amount = readAmountCell(amountText, layout.amountUnit);
    if (TOTAL_ROW.test(label)) {
      if (amount && amount.unit) {
        totals.push({
          claim: { type: 'tableTotal', value: amount.value, unit: amount.unit, tableId },
          quote: row.map((c) => c.trim()).filter((c) => c !== '').join(' '),
          location,
        });
      }
      continue;
    }
    if (SUBTOTAL_ROW.test(label)) continue;
    const departmentCell = cellOf(row, departmentAt)?.trim();
    // a merged department cell flattened to text may leave later rows blank
    if (departmentCell) department = departmentCell;
    const completionText = cellOf(row, completionAt);
    const scoreText = cellOf(row, scoreAt);
    if (name === '' && readNumberCell(amountText).kind === 'empty' && readNumberCell(completionText).kind === 'empty') continue;
    const completion = readNumberCell(completionText);
    const score = readNumberCell(scoreText);
    projects.push({
      tableId,
      row: projects.length + 1,
      department: departmentAt >= 0 ? department : null,
      name,
      nameKey: nameKey(name),
      amount: amount?.value ?? null,
      amountUnit: amount?.unit ?? null,
      amountYuan: amount?.unit ? toNumber(toYuan(amount.decimal, amount.unit)) : null,
      completion: completion.kind === 'number' && completion.unit !== '分' ? completion.value : null,
      score: score.kind === 'number' && score.unit !== '%' ? score.value : null,
      raw: {
        amount: amountText === null ? null : amountText.trim(),
        completion: completionText === null ? null : completionText.trim(),
        score: scoreText === null ? null : scoreText.trim(),
      },
      location,
    });
  }
  return { projects, totals };
}
