/**
 * A PDF's text layer can emit an indicator table column by column: the
 * column headers (with a level or name cell caught among them), then every
 * row's figures in one run (target | actual | 分值 | 得分 …, then 总分's
 * weight and score), and only then the level and name cells. The run is read
 * back only when it cuts into whole rows whose 分值 and 得分 are figures, the
 * pair after it is 总分's, and that 总分 is exactly the rows' weights and
 * scores plus the funds row's — and when there are as many names (a wrapped
 * name's one-character tail joined back) as rows, taken in order; 二级指标
 * too when there are as many. Otherwise nothing is read.
 */
import { add, equals, fromNumber, type Decimal } from '../../decimal.js';
import type { Form, FundsRow, Indicator } from '../../model.js';
import type { FormCell } from './cells.js';
import { formValue, numberOf } from './form-numbers.js';
import { indicatorColumnOf } from './indicator-header.js';
import { isKnownLabel } from './known-label.js';
import { levelOf } from './levels.js';
import { TOTAL_LABEL, type IndicatorField } from './lexicon.js';

export interface ScrambledIndicators {
  indicators: Indicator[];
  total: NonNullable<Form['total']>;
}

const VALUE_COLUMNS: readonly IndicatorField[] = ['target', 'actual', 'weight', 'score'];

export function readScrambledIndicators(cells: readonly FormCell[], from: number, end: number, funds: readonly FundsRow[]): ScrambledIndicators | null {
  let i = from;
  while (i < end && indicatorColumnOf(cells[i]!.key) !== 'level1') i += 1;
  if (i >= end) return null;
  const headerAt = i;
  // the header: column headers with level and name pieces among them, up to the first cell after 分值 and 得分 that is no header
  const columns: IndicatorField[] = [];
  const pieces: FormCell[] = [];
  for (; i < end && formValue(cells[i]!.text).kind === 'text'; i += 1) {
    const column = indicatorColumnOf(cells[i]!.key);
    if (column === null && columns.includes('weight') && columns.includes('score')) break;
    if (column !== null) columns.push(column);
    else pieces.push(cells[i]!);
  }
  const valueColumns = columns.filter((c) => VALUE_COLUMNS.includes(c));
  if (!columns.includes('name') || !valueColumns.includes('weight') || !valueColumns.includes('score') || valueColumns.length !== columns.length - columns.filter((c) => c === 'level1' || c === 'level2' || c === 'name').length) return null;

  // the run: whole rows whose weight and score are figures, then 总分's two figures
  const rows: string[][] = [];
  const width = valueColumns.length;
  const fits = (row: readonly FormCell[]) =>
    row.length === width &&
    row.every((c, k) => (valueColumns[k] === 'weight' || valueColumns[k] === 'score' ? numberOf(c.text) !== null : c.key !== '' && !isKnownLabel(c.key)));
  while (i + width <= end && fits(cells.slice(i, i + width))) {
    rows.push(cells.slice(i, i + width).map((c) => c.text));
    i += width;
  }
  const [weightCell, scoreCell] = [cells[i], cells[i + 1]];
  if (rows.length === 0 || !weightCell || !scoreCell || numberOf(weightCell.text) === null || numberOf(scoreCell.text) === null) return null;
  if (i + 2 < end && formValue(cells[i + 2]!.text).kind !== 'text') return null;

  // the level and name cells, up to 总分
  let k = i + 2;
  const level2: string[] = [];
  for (; k < end && !TOTAL_LABEL.test(cells[k]!.key); k += 1) {
    const cell = cells[k]!;
    if (formValue(cell.text).kind !== 'text') return null;
    pieces.push(cell);
  }
  if (k >= end) return null;
  const names: string[] = [];
  for (const p of pieces) {
    const level = levelOf(p.key, p.text);
    if (level?.level === 2) level2.push(level.name);
    if (level || isKnownLabel(p.key)) continue;
    // a wrapped name's last character, emitted apart
    if (p.key.length === 1 && names.length > 0) names[names.length - 1] += p.text;
    else names.push(p.text);
  }
  if (names.length !== rows.length) return null;

  const weights = rows.map((r) => r[valueColumns.indexOf('weight')]!);
  const scores = rows.map((r) => r[valueColumns.indexOf('score')]!);
  if (!addsUp(weights, weightCell.text, funds.find((f) => f.role === 'total')?.raw.weight ?? null)) return null;
  if (!addsUp(scores, scoreCell.text, funds.find((f) => f.role === 'total')?.raw.score ?? null)) return null;

  const at = (field: IndicatorField, row: readonly string[]) => (valueColumns.includes(field) ? row[valueColumns.indexOf(field)]! : null);
  const indicators: Indicator[] = rows.map((row, r) => ({
    level1: null,
    level2: level2.length === rows.length ? level2[r]! : null,
    name: names[r]!,
    target: at('target', row),
    actual: at('actual', row),
    weight: numberOf(at('weight', row)),
    score: numberOf(at('score', row)),
    note: null,
    raw: { weight: at('weight', row), score: at('score', row) },
    location: cells[headerAt]!.location,
  }));
  const total = { weight: numberOf(weightCell.text), score: numberOf(scoreCell.text), raw: { weight: weightCell.text, score: scoreCell.text }, location: cells[k]!.location };
  return { indicators, total };
}

/** The rows' figures plus the funds row's (when it has one) are exactly the stated total. */
function addsUp(parts: readonly string[], totalText: string, fundsText: string | null): boolean {
  const decimals = [...parts, ...(fundsText === null ? [] : [fundsText])].map((t) => numberOf(t));
  if (decimals.some((d) => d === null)) return false;
  const sum = decimals.reduce<Decimal>((s, d) => add(s, fromNumber(d!)), { units: 0n, scale: 0 });
  return equals(sum, fromNumber(numberOf(totalText)!));
}
