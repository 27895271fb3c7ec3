/**
 * One form from its region of cells: header fields, year, the funds block
 * and its unit, the goals, the indicators with their group weights, and 总分.
 */
import type { Form, FundsRow, Location } from '../../model.js';
import type { FormCell } from './cells.js';
import { amountUnitOf, formValue, numberOf } from './form-numbers.js';
import { readFundsBlock } from './funds-block.js';
import type { FundsHeader } from './funds-header.js';
import { readFusedFunds } from './fused-funds.js';
import { readFusedTargets } from './fused-targets.js';
import { fieldOf, readHeaderFields } from './header-fields.js';
import { readFusedIndicators } from './fused-indicators.js';
import { splitFusedTotal } from './fused-total.js';
import { readIndicatorBlock } from './indicator-block.js';
import type { IndicatorHeader } from './indicator-header.js';
import { isKnownLabel } from './known-label.js';
import { DEPARTMENT_TITLE, FUNDS_UNIT, GOAL_ACHIEVED, GOAL_PLANNED, GROUP_WEIGHT, STATED_TOTAL_SCORE, TOTAL_LABEL } from './lexicon.js';
import { readScrambledIndicators } from './scrambled-indicators.js';

export interface FormRegion {
  start: number;
  end: number;
  funds: FundsHeader | null;
  indicators: IndicatorHeader | null;
}

export function readForm(cells: readonly FormCell[], region: FormRegion, id: string): Form {
  const { start, end } = region;
  const firstHeader = Math.min(region.funds?.start ?? end, region.indicators?.start ?? end);
  const fields = readHeaderFields(cells, start, firstHeader);
  const funds = region.funds ? withStatedWeight(readFundsBlock(cells, region.funds, region.indicators?.start ?? end).rows, cells, start, region.funds) : readFusedFunds(cells, start, firstHeader);
  const block = region.indicators ? indicatorBlock(cells, region.indicators, end) : null;
  const scrambled = block ? null : readScrambledIndicators(cells, region.funds?.end ?? start, end, funds);
  const regionText = cells.slice(start, end).map((c) => c.key);
  const department = funds.some((f) => f.role === 'basic' || f.role === 'project') || regionText.some((k) => DEPARTMENT_TITLE.test(k)) || /^按(收入|支出)性质分/.test(regionText.join('|'));
  return {
    id,
    kind: department ? 'department' : 'project',
    projectName: department ? null : fields.projectName,
    department: fields.department ?? (department ? fields.unit : null),
    implementer: fields.implementer,
    year: readYear(cells, start, end),
    unit: readUnit(cells, start, region.funds?.end ?? firstHeader, funds),
    funds,
    goals: readGoals(cells, region.funds?.end ?? start, region.indicators?.start ?? end),
    indicators: [...readFusedTargets(cells, start, firstHeader), ...(block?.indicators ?? scrambled?.indicators ?? [])],
    groups: block?.groups ?? [],
    total: (block ? readTotal(cells, block.end, end) : scrambled?.total ?? null) ?? statedTotal(cells, start, firstHeader),
    location: formLocation(cells, start, firstHeader),
  };
}

/** The indicator block; where OCR fused its cells so no row's figures could be read, the fused text read again. */
function indicatorBlock(cells: readonly FormCell[], header: IndicatorHeader, end: number) {
  const block = readIndicatorBlock(cells, header, end);
  const figures = (b: { indicators: readonly { weight: number | null; score: number | null }[] }) => b.indicators.filter((i) => i.weight !== null || i.score !== null).length;
  // without a 分值 column a fused score has nothing to bound it: such a block is not split
  if (figures(block) > 0 || !header.columns.includes('weight') || !cells.slice(header.end, block.end).some((c) => c.fused)) return block;
  const fused = readFusedIndicators(cells, header, end);
  return figures(fused) > 0 ? fused : block;
}

/** Where the form is: its first header field (项目名称), or its first column header; not the page chrome before it. */
function formLocation(cells: readonly FormCell[], start: number, firstHeader: number): Location {
  for (let i = start; i < firstHeader; i += 1) if (fieldOf(cells[i]!.key) !== null) return cells[i]!.location;
  return cells[firstHeader]?.location ?? cells[start]?.location ?? {};
}

/** A funds block without a 分值 column states its weight in its label (`预算执行情况（万元）（20分）`): the total row's weight. */
function withStatedWeight(rows: FundsRow[], cells: readonly FormCell[], start: number, header: FundsHeader): FundsRow[] {
  if (header.columns.includes('weight')) return rows;
  const total = rows.find((r) => r.role === 'total');
  if (!total || total.weight !== null) return rows;
  for (let i = Math.max(start, header.start - 3); i < header.end; i += 1) {
    const cell = cells[i]!;
    const m = GROUP_WEIGHT.exec(cell.key);
    // the label may end in the cell before its weight (`…预算执行情况(万元)` `(20分)预算数(A)`)
    if (m && (/预算执行|资金/.test(cell.key) || (m.index === 0 && /(预算执行|资金)[^()]*(\((万元|元)\))?$/.test(cells[i - 1]?.key ?? '')))) {
      return rows.map((r) => (r === total ? { ...r, weight: Number(m[1]), raw: { ...r.raw, weight: m[0] } } : r));
    }
  }
  return rows;
}

function readYear(cells: readonly FormCell[], start: number, end: number): number | null {
  for (let i = Math.max(0, start - 3); i < Math.min(end, start + 40); i += 1) {
    const m = /((?:19|20)\d{2})年度/.exec(cells[i]!.key);
    if (m) return Number(m[1]);
  }
  return null;
}

function readUnit(cells: readonly FormCell[], start: number, headerEnd: number, funds: readonly FundsRow[]): Form['unit'] {
  for (let i = start; i < headerEnd; i += 1) {
    const key = cells[i]!.key.replace(/萬/g, '万');
    const m = FUNDS_UNIT.exec(key);
    if (m && /资金|预算|金额|单位/.test(key)) return m[1] as '万元' | '元';
  }
  for (const row of funds) {
    for (const text of Object.values(row.raw)) {
      const unit = text ? amountUnitOf(text) : null;
      if (unit) return unit;
    }
  }
  return null;
}

function readGoals(cells: readonly FormCell[], start: number, end: number): Form['goals'] {
  let i = start;
  while (i < end && !GOAL_PLANNED.test(cells[i]!.key)) i += 1;
  if (i >= end) return goalsUnheaded(cells, start, end);
  let j = i + 1;
  while (j < end && (cells[j]!.key === '' || !GOAL_ACHIEVED.test(cells[j]!.key))) j += 1;
  if (j >= end) return null;
  const texts: string[] = [];
  for (let k = j + 1; k < end && texts.length < 2; k += 1) {
    const cell = cells[k]!;
    if (cell.key === '' || cell.key === '年度总体目标') continue;
    if (isKnownLabel(cell.key)) break;
    texts.push(cell.text);
  }
  return { planned: texts[0] ?? null, achieved: texts[1] ?? null };
}

/** A template without 预期目标 / 实际完成情况 headers: the text after 年度总体目标 is the planned goal, nothing says what was achieved. */
function goalsUnheaded(cells: readonly FormCell[], start: number, end: number): Form['goals'] {
  for (let i = start; i + 1 < end; i += 1) {
    if (cells[i]!.key !== '年度总体目标') continue;
    const next = cells[i + 1]!;
    return next.key === '' || isKnownLabel(next.key) || formValue(next.text).kind !== 'text' ? null : { planned: next.text, achieved: null };
  }
  return null;
}

/** A total stated beside the title (`项目总得分99分`) when the form has no 总分 row: its score. */
function statedTotal(cells: readonly FormCell[], start: number, firstHeader: number): Form['total'] {
  for (let i = start; i < firstHeader; i += 1) {
    // the label may be cut into cells (`…项目总` `得分` `99分`): read it across three
    const joined = cells.slice(i, i + 3).map((c) => c.key).join('');
    const m = STATED_TOTAL_SCORE.exec(joined);
    if (m && joined.indexOf(m[0]) < cells[i]!.key.length) return { weight: null, score: Number(m[1]), raw: { weight: null, score: `${m[1]}分` }, location: cells[i]!.location };
  }
  return null;
}

/** 总分 | 100 | 96 (| 优): weight and score; a lone figure is the weight only when it is 100. */
function readTotal(cells: readonly FormCell[], from: number, end: number): Form['total'] {
  let i = from;
  while (i < end && !TOTAL_LABEL.test(cells[i]!.key)) i += 1;
  if (i >= end) return null;
  const label = cells[i]!;
  const values: string[] = [];
  let fused = false;
  for (let k = i + 1; k < end && values.length < 2; k += 1) {
    const v = formValue(cells[k]!.text);
    if (v.kind === 'text') break;
    if (v.kind === 'number') values.push(cells[k]!.text.trim());
    fused ||= cells[k]!.fused;
  }
  // OCR glued weight and score (`10098`): split when one cut fits
  const split = values.length === 1 && fused && numberOf(values[0]!) !== null && numberOf(values[0]!)! > 100 ? splitFusedTotal(values[0]!) : null;
  if (split) return { weight: numberOf(split.weight), score: numberOf(split.score), raw: split, location: label.location };
  const [a, b] = values;
  const [weight, score] = values.length === 2 ? [a!, b!] : a !== undefined && numberOf(a) === 100 ? [a, null] : [null, a ?? null];
  return { weight: numberOf(weight), score: numberOf(score), raw: { weight, score }, location: label.location };
}
