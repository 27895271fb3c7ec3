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

// sticky patterns: each is matched where the scan stands, without copying the rest of the text
const sticky = (re: RegExp) => new RegExp(re.source.replace(/(^|\|)\^/g, '$1'), 'y');
const FIGURE = /\d+(?:\.\d+)?/y;
const UNIT = /\((?:万元|元)\)/y;
const WHERE = /其中:?/y;
const COLUMNS = FUSED_FUNDS_COLUMNS.map(([re, field]) => [sticky(re), field] as const);
const SOURCES = FUSED_FUNDS_SOURCES.map(([re, role]) => [sticky(re), role] as const);

/** The text `re` matches at `at`, or null. */
function at(re: RegExp, text: string, pos: number): string | null {
  re.lastIndex = pos;
  return re.exec(text)?.[0] ?? null;
}

interface Column {
  field: FundsField | null;
  label: string;
  figure: string | null;
}

/** The funds rows of the first fused 项目基本信息 run in the cells, or none. */
export function readFusedFunds(cells: readonly FormCell[], start: number, end: number): FundsRow[] {
  for (let i = start; i < end; ) {
    // the pieces a glued text was cut into (labels split out of it) are one run again
    let j = i + 1;
    while (j < end && cells[j - 1]!.fused && cells[j]!.fused && !cells[j]!.lineStart) j += 1;
    const text = cells.slice(i, j).map((c) => toHalfWidth(c.text).replace(/\s+/g, '')).join('');
    const rows = fusedRows(text, cells[i]!.location);
    if (rows.length > 0) return rows;
    i = j;
  }
  return [];
}

/** Where a column label may open the run: only there is it tried. */
const COLUMN_START = new RegExp(FUSED_FUNDS_COLUMNS.map(([re]) => re.source.replace(/(^|\|)\^/g, '$1')).join('|'), 'g');

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

/** Column labels at `from`, each with its unit and figure, one after another. */
function readColumns(text: string, from: number): { columns: Column[]; next: number } {
  const columns: Column[] = [];
  let pos = from;
  for (;;) {
    const hit = COLUMNS.map(([re, field]) => ({ m: at(re, text, pos), field })).find((h) => h.m !== null);
    if (!hit) break;
    const label = hit.m! + (at(UNIT, text, pos + hit.m!.length) ?? '');
    const figure = at(FIGURE, text, pos + label.length);
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
    const where = at(WHERE, text, pos) ?? '';
    const hit = SOURCES.map(([re, role]) => ({ m: at(re, text, pos + where.length), role })).find((h) => h.m !== null);
    if (!hit) break;
    const label = hit.m!;
    const figure = at(FIGURE, text, pos + where.length + label.length);
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
