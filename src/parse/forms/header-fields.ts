/**
 * A form's header fields: 项目名称, 主管部门, 实施单位 (or a department form's
 * 部门（单位）名称 / 单位（盖章）), read from the cell after the label or the
 * text after its colon; a neighbouring label is never a value.
 */
import type { FormCell } from './cells.js';
import { isKnownLabel } from './known-label.js';
import { HEADER_FIELDS, UNIT_CODE_PREFIX, type HeaderField } from './lexicon.js';
import { labelKey, PINYIN_GLOSS } from './label-key.js';

export type HeaderFields = Record<HeaderField, string | null>;

export function fieldOf(key: string): HeaderField | null {
  for (const [re, field] of HEADER_FIELDS) if (re.test(key)) return field;
  return null;
}

export function readHeaderFields(cells: readonly FormCell[], start: number, end: number): HeaderFields {
  const out: HeaderFields = { projectName: null, department: null, implementer: null, unit: null };
  for (let i = start; i < end; i += 1) {
    const cell = cells[i]!;
    const colon = /^([^:：]{2,14})[:：](.*)$/.exec(cell.text);
    let field = fieldOf(cell.key);
    let value: string | null = null;
    if (field === null && colon) {
      field = fieldOf(labelKey(colon[1]!));
      if (field !== null) value = colon[2]!.trim() || null;
    }
    if (field === null || out[field] !== null) continue;
    if (value === null) {
      const next = nextFilled(cells, i + 1, end);
      if (next !== null && !isKnownLabel(next.key) && fieldOf(next.key) === null && !/^[:：]/.test(next.text)) value = next.text;
    }
    // a unit's name is compared across reports: a pinyin gloss inside it (`古城區(qū)`) is not part of it; a project name stays as written
    out[field] = value === null ? null : clean(field === 'projectName' ? value : value.replace(PINYIN_GLOSS, ''));
  }
  return out;
}

function nextFilled(cells: readonly FormCell[], from: number, end: number): FormCell | null {
  for (let i = from; i < Math.min(end, from + 3); i += 1) if (cells[i]!.key !== '') return cells[i]!;
  return null;
}

/** `219001-池州市贵池区棠溪镇人民政府` → the name; a value that is itself only punctuation is none. */
function clean(value: string): string | null {
  const v = value.replace(UNIT_CODE_PREFIX, '').trim();
  return /[\p{L}\p{N}]/u.test(v) ? v : null;
}
