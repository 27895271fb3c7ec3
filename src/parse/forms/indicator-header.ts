/**
 * The indicator block's column headers (一级指标 / 二级指标 / 三级指标 /
 * 年度指标值 / 实际完成值 / 分值 / 得分 / 偏差原因…, in a template's order).
 * Two-row headers are put in reading order: the level columns first, and a
 * 年度指标值 that spans 指标性质 / 指标值 / 度量单位 replaced by them.
 */
import type { FormCell } from './cells.js';
import { gluedColumns } from './glued-columns.js';
import { INDICATOR_COLUMNS, TARGET_SUBFIELDS, type IndicatorField } from './lexicon.js';

export interface IndicatorHeader {
  start: number;
  end: number;
  /** the columns in reading order */
  columns: IndicatorField[];
}

const LEVEL_FIELDS: readonly IndicatorField[] = ['index', 'level1', 'level2', 'name'];

export function indicatorColumnOf(key: string): IndicatorField | null {
  if (key === '' || key.length > 16) return null;
  for (const [re, field] of INDICATOR_COLUMNS) {
    const m = re.exec(key);
    if (m && m.index === 0) return field;
  }
  return null;
}

export function findIndicatorHeaders(cells: readonly FormCell[]): IndicatorHeader[] {
  const headers: IndicatorHeader[] = [];
  for (let i = 0; i < cells.length; i += 1) {
    if (indicatorColumnOf(cells[i]!.key) === null) continue;
    const found: IndicatorField[] = [];
    let j = i;
    let last = i;
    while (j < cells.length) {
      const cell = cells[j]!;
      if (cell.key === '' || cell.key === '绩效指标') {
        j += 1;
        continue;
      }
      const field = indicatorColumnOf(cell.key);
      const glued = field === null && found.length > 0 ? gluedRun(cells, j) : null;
      if (field === null && glued === null) break;
      for (const f of field === null ? glued!.fields : [field]) if (f !== 'note' || found[found.length - 1] !== 'note') found.push(f);
      last = field === null ? j + glued!.cells - 1 : j;
      j = last + 1;
    }
    const levels = found.filter((f) => f === 'level1' || f === 'level2' || f === 'name').length;
    const values = found.filter((f) => f === 'target' || f === 'actual' || f === 'weight' || f === 'score').length;
    if (levels >= 2 && values >= 2) {
      headers.push({ start: i, end: last + 1, columns: ordered(found) });
      i = last;
    }
  }
  return headers;
}

/** OCR broke the rest of the header over cells: the next few cells joined are header words end to end */
function gluedRun(cells: readonly FormCell[], from: number): { fields: IndicatorField[]; cells: number } | null {
  for (let n = Math.min(6, cells.length - from); n >= 1; n -= 1) {
    const fields = gluedColumns(cells.slice(from, from + n).map((c) => c.key).join(''));
    if (fields !== null && fields.length > 0) return { fields, cells: n };
  }
  return null;
}

function ordered(found: readonly IndicatorField[]): IndicatorField[] {
  const levels = LEVEL_FIELDS.filter((f) => found.includes(f));
  let rest = found.filter((f) => !LEVEL_FIELDS.includes(f));
  const subs: IndicatorField[] = rest.filter((f) => f === 'nature' || f === 'unit');
  if (subs.length > 0) {
    // 年度指标值 over 指标性质 | 指标值 | 度量单位: the sub-headers take its place
    const withoutSubs = rest.filter((f) => f !== 'nature' && f !== 'unit');
    const at = withoutSubs.indexOf('target');
    const inner = TARGET_SUBFIELDS.filter((f) => f === 'target' || subs.includes(f));
    rest = at >= 0 ? [...withoutSubs.slice(0, at), ...inner, ...withoutSubs.slice(at + 1).filter((f) => f !== 'target')] : [...inner, ...withoutSubs];
  }
  return [...levels, ...rest];
}
