/**
 * A form cell read as a figure: a number and a short unit and nothing else
 * (`85%`, `32万元`, `12万株`), and a 年度指标值 with the direction it points
 * (≥90% at least, ≤30万元 at most, =1个 exactly). Text is never a figure.
 */
import type { Decimal } from '../decimal.js';
import { toHalfWidth } from '../parse/numbers.js';
import { plainDecimal } from './forms.js';
import {
  TARGET_AT_LEAST_PREFIXES,
  TARGET_AT_LEAST_SUFFIXES,
  TARGET_AT_MOST_PREFIXES,
  TARGET_AT_MOST_SUFFIXES,
  TARGET_EXACT_PREFIXES,
} from './lexicon.js';

export type Direction = 'atLeast' | 'atMost' | 'exact';

export interface Figure {
  value: Decimal;
  /** the unit written after the number (`%`, `个`, `万元`), '' when none */
  unit: string;
}

/** A number and a short unit and nothing else: `85%`, `32万元`, `0个`. Text (效果明显, 约30万) is not a figure. */
const FIGURE = /^(\d+(?:,\d{3})*(?:\.\d+)?)([^\d\s.,]{0,4})$/u;

function figure(text: string): Figure | null {
  const m = FIGURE.exec(text);
  if (!m) return null;
  const value = plainDecimal(m[1]!);
  if (!value) return null;
  const unit = m[2]!;
  // a unit is a measure, not a word: 效果明显 after a number is not a unit
  if (/[的了是为好明显较高提升]/u.test(unit)) return null;
  return { value, unit };
}

function clean(text: string | null): string | null {
  if (text === null) return null;
  return toHalfWidth(text).replace(/\s+/gu, '');
}

/** `≥90%` → at least 90 %; null when the target has no stated direction or is not a plain figure. */
export function readTarget(text: string | null): { direction: Direction; figure: Figure } | null {
  let t = clean(text);
  if (!t) return null;
  let direction: Direction | null = null;
  const prefixes: [readonly string[], Direction][] = [
    [TARGET_AT_LEAST_PREFIXES, 'atLeast'],
    [TARGET_AT_MOST_PREFIXES, 'atMost'],
    [TARGET_EXACT_PREFIXES, 'exact'],
  ];
  for (const [words, dir] of prefixes) {
    const word = [...words].sort((a, b) => b.length - a.length).find((w) => t!.startsWith(w));
    if (word) {
      direction = dir;
      t = t.slice(word.length);
      break;
    }
  }
  const suffixes: [readonly string[], Direction][] = [
    [TARGET_AT_LEAST_SUFFIXES, 'atLeast'],
    [TARGET_AT_MOST_SUFFIXES, 'atMost'],
  ];
  for (const [words, dir] of suffixes) {
    const word = [...words].sort((a, b) => b.length - a.length).find((w) => t!.endsWith(w));
    if (word) {
      if (direction !== null && direction !== dir) return null;
      direction = dir;
      t = t.slice(0, -word.length);
      break;
    }
  }
  if (direction === null) return null;
  const f = figure(t);
  return f ? { direction, figure: f } : null;
}

/** A plain figure with no direction: an 实际完成值, or a bare 年度指标值 (`15`, `12万株`). */
export function readActual(text: string | null): Figure | null {
  const t = clean(text);
  return t ? figure(t) : null;
}

/** A cell's figure whether or not it states a direction (`≥120米` or `120米`). */
export function readFigure(text: string | null): Figure | null {
  return readTarget(text)?.figure ?? readActual(text);
}
