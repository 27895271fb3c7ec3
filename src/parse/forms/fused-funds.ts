/**
 * A 项目基本信息 table whose cells were fused into one run of text:
 * `计划投资额(万元)110.00实际到位资金(万元)84.74实际使用情况(万元)84.74`, then
 * its sources with each label written once per column
 * (`市县财政预算110.00市县财政预算84.74市县财政预算84.74`). A column total is
 * the figure right after its own label; a source's figures are placed by the
 * order of its repeated label, only when it is written once per column (a
 * source written fewer times, with figures, cannot be placed and stays unread).
 */
import type { FundsRole, FundsRow, Location } from '../../model.js';
import { toHalfWidth } from '../numbers.js';
import type { FormCell } from './cells.js';
import { numberOf } from './form-numbers.js';
import { FUSED_FUNDS_COLUMNS, FUSED_FUNDS_SOURCES, type FundsField } from './lexicon.js';

const FIGURE = /^\d+(?:\.\d+)?/;
const UNIT = /^\((万元|元)\)/;
const WHERE = /^其中:?/;

interface Column {
  field: FundsField | null;
  label: string;
  figure: string | null;
}

/** The funds rows of the first fused 项目基本信息 run in the cells, or none. */
export function readFusedFunds(cells: readonly FormCell[], start: number, end: number): FundsRow[] {
  for (let i = start; i < end; i += 1) {
    const rows = fusedRows(toHalfWidth(cells[i]!.text).replace(/\s+/g, ''), cells[i]!.location);
    if (rows.length > 0) return rows;
  }
  return [];
}

/** Where a column label may open the run: only there is it tried. */
const COLUMN_START = new RegExp(FUSED_FUNDS_COLUMNS.map(([re]) => re.source.replace(/^\^/, '')).join('|'), 'g');

function fusedRows(text: string, location: Location): FundsRow[] {
  for (const start of text.matchAll(COLUMN_START)) {
    const { columns, next } = readColumns(text, start.index);
    const fields = columns.map((c) => c.field);
    if (columns.length < 2 || !fields.includes('initial') || !fields.includes('executed')) continue;
    const total = row(columns[0]!.label, 'total', columns, columns.map((c) => c.figure), location);
    return [total, ...readSources(text, next, columns, location)];
  }
  return [];
}

/** Column labels at `at`, each with its unit and figure, one after another. */
function readColumns(text: string, at: number): { columns: Column[]; next: number } {
  const columns: Column[] = [];
  let pos = at;
  for (;;) {
    const rest = text.slice(pos);
    const hit = FUSED_FUNDS_COLUMNS.map(([re, field]) => ({ m: re.exec(rest), field })).find((h) => h.m !== null);
    if (!hit) break;
    let label = hit.m![0];
    const unit = UNIT.exec(rest.slice(label.length));
    if (unit) label += unit[0];
    const figure = FIGURE.exec(rest.slice(label.length))?.[0] ?? null;
    columns.push({ field: hit.field, label, figure });
    pos += label.length + (figure?.length ?? 0);
  }
  return { columns, next: pos };
}

/** The sources after the columns: each label's consecutive repeats, placed by column when written once per column. */
function readSources(text: string, from: number, columns: readonly Column[], location: Location): FundsRow[] {
  const seen: { label: string; role: FundsRole; figures: (string | null)[] }[] = [];
  let pos = from;
  for (;;) {
    let rest = text.slice(pos);
    const where = WHERE.exec(rest)?.[0] ?? '';
    rest = rest.slice(where.length);
    const hit = FUSED_FUNDS_SOURCES.map(([re, role]) => ({ m: re.exec(rest), role })).find((h) => h.m !== null);
    if (!hit) break;
    const label = hit.m![0];
    const figure = FIGURE.exec(rest.slice(label.length))?.[0] ?? null;
    const last = seen[seen.length - 1];
    if (last && last.label === label) last.figures.push(figure);
    else seen.push({ label, role: hit.role, figures: [figure] });
    pos += where.length + label.length + (figure?.length ?? 0);
  }
  return seen.map((s) => {
    const placed = s.figures.length === columns.length ? s.figures : columns.map(() => null);
    return row(s.label, s.role, columns, placed, location);
  });
}

function row(label: string, role: FundsRole, columns: readonly Column[], figures: readonly (string | null)[], location: Location): FundsRow {
  const raw: FundsRow['raw'] = { initial: null, adjusted: null, executed: null, weight: null, rate: null, score: null };
  columns.forEach((c, k) => {
    if (c.field !== null) raw[c.field] = figures[k] ?? null;
  });
  return {
    label,
    role,
    initial: numberOf(raw.initial),
    adjusted: numberOf(raw.adjusted),
    executed: numberOf(raw.executed),
    weight: null,
    rate: null,
    score: null,
    raw,
    location,
  };
}
