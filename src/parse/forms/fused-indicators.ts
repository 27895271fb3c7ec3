/**
 * An indicator block whose cells OCR fused into runs of text
 * (`产出指标(40分)数量指标指标1免费发放原原种8550万粒550万粒8指标2…`): the
 * cells are joined again and read as a stream of level names (with their group
 * weights), empty template rows (`指标2:`) and runs of rows, each run read by
 * fused-rows.ts. A run no single reading explains is one indicator left
 * unread, its text kept as its weight so no sum is made without it.
 */
import type { Indicator, IndicatorGroup, Location } from '../../model.js';
import type { FormCell } from './cells.js';
import { readFusedRun, type FusedRow } from './fused-rows.js';
import type { IndicatorHeader } from './indicator-header.js';
import { labelKey } from './label-key.js';
import { levelOf } from './levels.js';
import { FUSED_PLACEHOLDER, INDICATOR_STOP, LEVEL_NAMES, MEASURE_UNIT, type IndicatorField } from './lexicon.js';

export interface FusedBlock {
  indicators: Indicator[];
  groups: IndicatorGroup[];
  /** index of the cell that ended the block */
  end: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// longest first: 服务对象满意度指标 before 满意度指标, 经济效益指标 before 效益指标
const LEVEL_TOKEN = new RegExp(`(?:${[...LEVEL_NAMES].sort((a, b) => b.length - a.length).map(escape).join('|')})(?:[(（]\\d+(?:\\.\\d+)?分[)）])?`, 'g');
/** a 度量单位 left between a name and its figures (`演出设备成本件/件2万元`) is the unit column, not the name */
const UNIT_RATIO = /\/([\u4e00-\u9fff%]{1,3})$/;

export function readFusedIndicators(cells: readonly FormCell[], header: IndicatorHeader, limit: number): FusedBlock {
  let end = header.end;
  while (end < limit && !INDICATOR_STOP.test(cells[end]!.key)) end += 1;
  // the joined text, and where each cell starts in it (for locations)
  let text = '';
  const starts: number[] = [];
  for (let i = header.end; i < end; i += 1) {
    starts.push(text.length);
    text += cells[i]!.text.replace(/\s+/g, '');
  }
  const locationAt = (offset: number): Location => {
    let k = 0;
    while (k + 1 < starts.length && starts[k + 1]! <= offset) k += 1;
    return cells[header.end + k]?.location ?? {};
  };

  const tokens = [...text.matchAll(LEVEL_TOKEN)].map((m) => ({ at: m.index, text: m[0], level: true }));
  for (const m of text.matchAll(FUSED_PLACEHOLDER)) tokens.push({ at: m.index, text: m[0], level: false });
  tokens.sort((a, b) => a.at - b.at);

  const indicators: Indicator[] = [];
  const groups: IndicatorGroup[] = [];
  let level1: string | null = null;
  let level2: string | null = null;
  let groupWeight: number | null = null;
  let from = 0;
  const readRun = (to: number) => {
    const run = text.slice(from, to);
    if (run !== '') indicators.push(...runIndicators(run, header.columns, { level1, level2, groupWeight }, locationAt(from)));
  };
  for (const token of tokens) {
    if (token.at < from) continue;
    readRun(token.at);
    from = token.at + token.text.length;
    if (!token.level) continue;
    const level = levelOf(labelKey(token.text), token.text);
    if (!level) continue;
    if (level.level === 1) {
      level1 = level.name;
      level2 = null;
      groupWeight = level.weight;
      if (level.weight !== null) groups.push({ name: level.name, level: 1, weight: level.weight, location: locationAt(token.at) });
    } else {
      level2 = level.name;
      if (level.weight !== null) groups.push({ name: level.name, level: 2, weight: level.weight, location: locationAt(token.at) });
    }
  }
  readRun(text.length);
  return { indicators, groups, end };
}

interface Levels {
  level1: string | null;
  level2: string | null;
  groupWeight: number | null;
}

function runIndicators(run: string, columns: readonly IndicatorField[], levels: Levels, location: Location): Indicator[] {
  const after = columns.slice(columns.indexOf('name') + 1);
  const read = readFusedRun(run, { columns: after, groupWeight: levels.groupWeight, note: after.includes('note') });
  const out = read.rows.map((row) => indicatorOf(row, levels, location));
  if (read.tail !== null) {
    // nothing in it reads as a row's values: a text with no figure at all (a row cut off by the excerpt) holds no weight
    const figures = /\d/.test(read.tail);
    out.push({ level1: levels.level1, level2: levels.level2, name: read.tail, target: null, actual: null, weight: null, score: null, note: null, raw: { weight: figures ? read.tail : null, score: null }, location });
  }
  return out;
}

function indicatorOf(row: FusedRow, levels: Levels, location: Location): Indicator {
  const name = withoutUnit(row.name);
  const { target, actual, weight, score } = row.values;
  return {
    level1: levels.level1,
    level2: levels.level2,
    name,
    target: target ?? null,
    actual: actual ?? null,
    weight: weight === undefined ? null : Number(weight),
    score: score === undefined ? null : Number(score),
    note: row.note,
    raw: { weight: weight ?? null, score: score ?? null },
    location,
  };
}

function withoutUnit(name: string): string {
  const m = UNIT_RATIO.exec(name);
  if (!m || !MEASURE_UNIT.test(m[1]!)) return name;
  for (let n = 1; n <= 3 && n < m.index; n += 1) if (MEASURE_UNIT.test(name.slice(m.index - n, m.index))) return name.slice(0, m.index - n);
  return name;
}
