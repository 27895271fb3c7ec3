/**
 * The indicators under an indicator header. Level cells (一级/二级) set the
 * levels of the rows after them; a name starts a row, and the cells after it
 * fill the header's columns in order, each column taking only what it can
 * hold (a weight or score a number, 指标性质 an operator, 度量单位 a unit).
 * Placeholder rows (`指标2：`, `……`, `/`) and a row's `其中` breakdown are not
 * indicators. A blank score is null, never 0.
 */
import type { Indicator, IndicatorGroup } from '../../model.js';
import type { FormCell } from './cells.js';
import { formValue, isGarbledFigure, numberOf } from './form-numbers.js';
import { indicatorColumnOf, type IndicatorHeader } from './indicator-header.js';
import { isKnownLabel } from './known-label.js';
import { bareGroupWeight, levelOf, type LevelLabel } from './levels.js';
import { GROUP_WEIGHT, INDICATOR_STOP, LEVEL_NAMES, MEASURE_UNIT, PLACEHOLDER, TARGET_NATURE, type IndicatorField } from './lexicon.js';
import { fundsColumnOf } from './funds-header.js';

export interface IndicatorBlock {
  indicators: Indicator[];
  groups: IndicatorGroup[];
  /** index of the cell that ended the block (总分, the next form, or the end) */
  end: number;
}

/** a score sheet's group: a short name and its weight (`基础信息 (3分)`) */
const WEIGHTED_GROUP = /^([^\d(]{2,8})\((\d+(?:\.\d+)?)分\)$/;
/** OCR debris: a name with figures glued to its end (`…申报的数量12.51`) or several figure runs inside */
const DEBRIS = /[\u4e00-\u9fff][\d.]{3,}$|(\d[^\d]+){3,}\d/;

const AFTER_NAME: readonly IndicatorField[] = ['nature', 'unit', 'target', 'actual', 'weight', 'score', 'note', 'other'];

export function readIndicatorBlock(cells: readonly FormCell[], header: IndicatorHeader, limit: number): IndicatorBlock {
  const columns = header.columns.filter((c) => AFTER_NAME.includes(c));
  const indicators: Indicator[] = [];
  const groups: IndicatorGroup[] = [];
  let level1: string | null = null;
  let level2: string | null = null;
  const boundary = (k: number): boolean => k >= limit || isBoundary(cells[k]!);

  let i = header.end;
  while (i < limit) {
    const cell = cells[i]!;
    if (INDICATOR_STOP.test(cell.key)) break;
    const level: LevelLabel | null = cell.key === '' ? null : levelOf(cell.key, cell.text) ?? weightedGroup(cell, level1);
    if (level) {
      let weight = level.weight;
      if (weight === null && i + 1 < limit) {
        const bare = bareGroupWeight(cells[i + 1]!.key);
        if (bare !== null) {
          weight = bare;
          i += 1;
        }
      }
      if (level.level === 1) {
        level1 = level.name;
        level2 = null;
      } else level2 = level.name;
      // a merged level cell repeats down its rows: one group
      const last = groups[groups.length - 1];
      const repeated = last && last.name === level.name && last.level === level.level && last.weight === weight;
      if (weight !== null && !repeated) groups.push({ name: level.name, level: level.level, weight, location: cell.location });
      i += 1;
      continue;
    }
    // inside the indicator block a funds word is no header: with a figure after it, or a value that is no label
    // (预算执行率 | ≥90% | …), it is an indicator's name (a score sheet's 预算执行率 | 5 | …)
    const namedLikeFunds = fundsColumnOf(cell.key) !== null && i + 1 < limit && namesARow(cell, cells[i + 1]!);
    if (cell.key === '' || PLACEHOLDER.test(cell.key) || (isKnownLabel(cell.key) && !namedLikeFunds) || bareGroupWeight(cell.key) !== null || formValue(cell.text).kind !== 'text') {
      i += 1;
      continue;
    }
    // a name: the cells after it fill the columns
    const filled: Partial<Record<IndicatorField, string>> = {};
    let j = i + 1;
    for (const [c, column] of columns.entries()) {
      if (boundary(j)) break;
      const next = cells[j]!;
      const value = formValue(next.text);
      if (column === 'nature' || column === 'unit') {
        const fits = column === 'nature' ? TARGET_NATURE.test(next.key) : MEASURE_UNIT.test(next.key);
        if (fits || next.key === '') {
          filled[column] = next.text;
          j += 1;
        }
        continue;
      }
      if (column === 'weight' || column === 'score') {
        // a figure cut out of glued OCR text may be several (`2020` = 20 | 20): the row's figures stay unread
        if (next.fused && value.kind === 'number') break;
        // a figure with a letter in it (`1O`) is this column's value, unreadable: kept as written so it is reported, never summed
        if (value.kind === 'text' && !isGarbledFigure(next.text)) continue;
        if (value.kind === 'number' && value.percent) continue;
        filled[column] = next.text;
        j += 1;
        continue;
      }
      if (column === 'other') {
        // a criteria or method column (指标解释, 评分标准) holds any text
        if (value.kind === 'number') continue;
        filled[column] = next.text;
        j += 1;
        continue;
      }
      if (column === 'note') {
        // a last text cell is this row's note only when a row boundary follows; otherwise it names the next row
        const isLast = columns.slice(c + 1).every((f) => f === 'note' || f === 'other');
        if (next.key !== '' && !(boundary(j + 1) || (isLast && cells[j + 1]!.lineStart && !next.lineStart))) break;
        filled[column] = next.text;
        j += 1;
        continue;
      }
      filled[column] = next.text;
      j += 1;
    }
    const name = cell.text;
    // a text with nothing after it, before the end, is no row of the table (criteria text); nor is OCR debris
    // nor a level label the excerpt cut short (`满意`)
    const cutLabel = j === i + 1 && LEVEL_NAMES.some((l) => l.startsWith(cell.key));
    if ((j === i + 1 && j < limit) || cutLabel || DEBRIS.test(cell.key)) {
      i += 1;
      continue;
    }
    const weightText = present(filled.weight);
    // a row's 其中 breakdown (target and actual only) details the indicator above it
    if (!(/^其中/.test(cell.key) && weightText === null)) {
      const target = [filled.nature, filled.target, filled.unit].map(present).filter((t): t is string => t !== null).join('') || null;
      indicators.push({
        level1,
        level2,
        name,
        target,
        actual: present(filled.actual),
        weight: numberOf(weightText),
        score: numberOf(present(filled.score)),
        note: present(filled.note),
        raw: { weight: weightText, score: present(filled.score) },
        location: cell.location,
      });
    }
    i = Math.max(j, i + 1);
  }
  return { indicators, groups, end: i };
}

/** In a score sheet every group carries its weight (`基础信息 (3分)`): a short name with a weight is a level of its own. */
function weightedGroup(cell: FormCell, level1: string | null): LevelLabel | null {
  const m = WEIGHTED_GROUP.exec(cell.key);
  if (!m) return null;
  return { level: level1 === null ? 1 : 2, name: cell.text.replace(GROUP_WEIGHT, '').trim(), weight: Number(m[2]) };
}

function isBoundary(cell: FormCell): boolean {
  if (cell.key === '') return false;
  return levelOf(cell.key, cell.text) !== null || WEIGHTED_GROUP.test(cell.key) || PLACEHOLDER.test(cell.key) || INDICATOR_STOP.test(cell.key) || bareGroupWeight(cell.key) !== null;
}

/** a funds word followed by a figure, or by a written value when the word is no indicator column (分值, 得分) itself */
function namesARow(cell: FormCell, next: FormCell): boolean {
  const value = formValue(next.text);
  if (value.kind === 'number') return true;
  return value.kind === 'text' && indicatorColumnOf(cell.key) === null && !isKnownLabel(next.key) && !isBoundary(next);
}

function present(text: string | undefined): string | null {
  if (text === undefined) return null;
  const t = text.trim();
  return t === '' ? null : t;
}
