/**
 * The funds rows under a funds header: 年度资金总额, its 其中 rows, and a
 * department form's 基本支出 / 项目支出. Each label takes the value cells
 * after it; when fewer values than columns are written (merged or blank cells
 * lost), the stated 执行率 (a `%` cell) anchors them: amounts sit before it,
 * right-aligned (年初预算数 is the one left blank), 得分 after it. When the
 * values cannot be placed for sure, the cells stay unread (null), never guessed.
 */
import type { FundsRole, FundsRow } from '../../model.js';
import type { FormCell } from './cells.js';
import { amountUnitOf, formValue, numberOf, rateOf, type FormValue } from './form-numbers.js';
import type { FundsHeader } from './funds-header.js';
import { labelKey } from './label-key.js';
import { rowInHeader } from './funds-header-row.js';
import { agreedGluedFunds } from './glued-funds-agreed.js';
import { splitGluedFunds } from './glued-numbers.js';
import { placeScrambled } from './scrambled-rows.js';
import { FUNDS_GROUP_PREFIX, FUNDS_ROWS, GOAL_ACHIEVED, GOAL_PLANNED, LEVEL1, type FundsField } from './lexicon.js';

const FIELDS: readonly FundsField[] = ['initial', 'adjusted', 'executed', 'weight', 'rate', 'score'];

export function fundsRoleOf(key: string): FundsRole | null {
  // OCR debris before a 其中 label (`…上限。其中：本年…拨款`) is not part of it
  const at = key.indexOf('其中:');
  if (at > 0) return fundsRoleOf(key.slice(at));
  if (key.length > 24 || /^\d/.test(key)) return null;
  const grouped = FUNDS_GROUP_PREFIX.exec(key);
  if (grouped) return fundsRoleOf(key.slice(grouped[0].length));
  const bare = key.replace(/^其中:?/, '');
  for (const [re, role] of FUNDS_ROWS) if (re.test(key) || re.test(bare)) return role;
  return null;
}

/** Where the funds block ends: the goals, the indicator block or a form's next part. */
function endsFunds(cell: FormCell): boolean {
  const k = cell.key;
  return GOAL_PLANNED.test(k) || GOAL_ACHIEVED.test(k) || k === '年度总体目标' || k === '绩效指标' || LEVEL1.test(k) || /^[一二三]级指标/.test(k);
}

export interface FundsBlock {
  rows: FundsRow[];
  /** index one past the last cell read */
  end: number;
}

export function readFundsBlock(cells: readonly FormCell[], header: FundsHeader, limit: number): FundsBlock {
  const columns = header.columns.filter((c): c is FundsField => c !== 'other');
  let rows: FundsRow[] = [];
  let i = header.end;
  while (i < limit && cells[i]!.key === '') i += 1;
  // figures before any row label: the text is not in reading order (a PDF's text layer); placed only if certain (scrambled-rows.ts)
  const scrambled = i < limit && formValue(cells[i]!.text).kind === 'number';
  const runAt = i;
  const labelAt: number[] = [];
  while (i < limit) {
    const cell = cells[i]!;
    if (endsFunds(cell)) break;
    const role = cell.key === '' ? null : fundsRoleOf(cell.key);
    if (role === null) {
      i += 1;
      continue;
    }
    // OCR glued the row's figures to its label (`资金总额10001000100%20`): split them as a fused cell
    const own = gluedToLabel(cell.text, columns);
    if (own) {
      rows.push(fundsRow({ ...cell, text: own.label, key: labelKey(own.label) }, role, scrambled ? {} : own.values));
      i += 1;
      continue;
    }
    const values: string[] = [];
    let glued: Partial<Record<FundsField, string>> | null = null;
    let j = i + 1;
    while (j < limit && values.length < columns.length) {
      const next = cells[j]!;
      const v = formValue(next.text);
      // a figure no form holds (`303010100%`) is figures glued together
      const fused = v.kind === 'number' && ((next.fused && !oneFigure(next.text, v)) || (v.percent && v.value > 1000) || next.text.replace(/\D/g, '').length > 14);
      if (v.kind === 'text' || fused) {
        // OCR glues a row's figures into one cell (`303010100%`): split it when only one reading fits, or else read
        // the figures every reading agrees on
        const run = /^\s*([\d.]+%[\d.]*)(?=[^\d.%]|$)/.exec(next.text)?.[1];
        glued = values.length === 0 && run ? (splitGluedFunds(run, columns) ?? agreedGluedFunds(run, columns)) : null;
        if (glued) j += 1;
        break;
      }
      values.push(next.text);
      j += 1;
    }
    rows.push(fundsRow(cell, role, scrambled ? {} : glued ?? place(values, columns)));
    labelAt.push(i);
    i = j;
  }
  if (scrambled) {
    const placed = placeScrambled(cells, columns, runAt, limit, labelAt.map((at, k) => ({ at, total: rows[k]!.role === 'total' })));
    rows = rows.map((r, k) => (placed.has(labelAt[k]!) ? fundsRow(cells[labelAt[k]!]!, r.role, placed.get(labelAt[k]!)!) : r));
  }
  const inHeader = rowInHeader(cells, header);
  // a row read in the header row comes first, unless the block has that row itself
  return { rows: inHeader && !rows.some((r) => r.role === inHeader.role) ? [inHeader, ...rows] : rows, end: i };
}

function gluedToLabel(text: string, columns: readonly FundsField[]): { label: string; values: Partial<Record<FundsField, string>> } | null {
  const m = /^(\D+?)\s*([\d.]+%[\d.]*)(?=[^\d.%]|$)/.exec(text.trim());
  if (!m || fundsRoleOf(labelKey(m[1]!)) === null) return null;
  const values = splitGluedFunds(m[2]!, columns) ?? agreedGluedFunds(m[2]!, columns);
  return values ? { label: m[1]!.trim(), values } : null;
}

/** A figure cut out of fused text that is still one figure: an amount written with its unit (`300万元`), a rate up to 100%. */
function oneFigure(text: string, value: FormValue): boolean {
  if (value.kind !== 'number') return false;
  return value.percent ? value.value <= 100 : amountUnitOf(text) !== null;
}

/** The value cells of one row, placed in their columns; null where a cell is blank or its column is unsure. */
export function place(values: readonly string[], columns: readonly FundsField[]): Partial<Record<FundsField, string>> {
  const out: Partial<Record<FundsField, string>> = {};
  const n = values.length;
  const m = columns.length;
  if (n >= m) {
    columns.forEach((c, k) => (out[c] = values[k]!));
    return out;
  }
  const rateColumn = columns.indexOf('rate');
  const percentAt = values.findIndex((v) => /%\s*$/.test(v));
  if (percentAt >= 0 && rateColumn >= 0) {
    const before = values.slice(0, percentAt);
    const after = values.slice(percentAt + 1);
    if (before.length > rateColumn || after.length > m - rateColumn - 1) return out;
    // with a score after the rate the row has its weight too: right-align; without, the cells are its amounts: left-align
    const from = after.length > 0 ? rateColumn - before.length : 0;
    before.forEach((v, k) => (out[columns[from + k]!] = v));
    out.rate = values[percentAt]!;
    after.forEach((v, k) => (out[columns[rateColumn + 1 + k]!] = v));
    return out;
  }
  if (percentAt >= 0) return out;
  // no stated rate: the amounts come first; a bare number where the rate would be is unsure, so it and what follows stay unread
  for (let k = 0; k < n; k += 1) {
    const column = columns[k]!;
    if (column === 'rate' && formValue(values[k]!).kind !== 'blank' && !/^\s*(0(\.\d+)?|1(\.0+)?)\s*$/.test(values[k]!)) break;
    out[column] = values[k]!;
  }
  return out;
}

export function fundsRow(label: FormCell, role: FundsRole, placed: Partial<Record<FundsField, string>>): FundsRow {
  const raw = Object.fromEntries(FIELDS.map((f) => [f, rawOf(placed[f])])) as FundsRow['raw'];
  return {
    label: label.key.indexOf('其中:') > 0 ? label.text.slice(label.text.search(/其中\s*[:：]/)) : label.text.replace(/^\s*按[收支][入出]性质分\s*[:：]\s*/, ''),
    role,
    initial: numberOf(raw.initial),
    adjusted: numberOf(raw.adjusted),
    executed: numberOf(raw.executed),
    weight: numberOf(raw.weight),
    rate: rateOf(raw.rate),
    score: numberOf(raw.score),
    raw,
    location: label.location,
  };
}

function rawOf(text: string | undefined): string | null {
  return text === undefined || text.trim() === '' ? null : text.trim();
}
