/**
 * Pages set in two columns: a run of lines that all leave one strip in the
 * middle of the page empty, with prose on both sides (one wide piece of text
 * per side, not a row of cells), is read as the left column top to bottom,
 * then the right one. Lines outside such a run stay as they are.
 */
import type { PageLine, Segment } from './page-lines.js';

/** The gutter lies in this middle share of the text width. */
const MIDDLE = [0.3, 0.7] as const;
/** A gutter is at least this wide (× font size). */
const GUTTER = 0.8;
/** A column run has at least this many lines. */
const MIN_LINES = 5;
/** Most of the run's lines write on both sides. */
const BOTH_SIDES = 0.6;
/** Prose fills its column: a side's text is at least this share of the side's width on average. */
const FILLED = 0.6;

export function readColumns(lines: readonly PageLine[]): PageLine[] {
  if (lines.length < MIN_LINES) return [...lines];
  const left = Math.min(...lines.map((l) => l.x0));
  const right = Math.max(...lines.map((l) => l.x1));
  const zone = { x0: left + MIDDLE[0] * (right - left), x1: left + MIDDLE[1] * (right - left) };
  const out: PageLine[] = [];
  let i = 0;
  while (i < lines.length) {
    let free = freeIn(lines[i]!, zone);
    let j = i + 1;
    while (free && j < lines.length) {
      const next = intersect(free, freeIn(lines[j]!, zone));
      if (!next || next.x1 - next.x0 < GUTTER * lines[j]!.size) break;
      free = next;
      j++;
    }
    const run = lines.slice(i, j);
    if (free && free.x1 - free.x0 >= GUTTER * run[0]!.size && isTwoColumnProse(run, free, left, right)) {
      const gutter = (free.x0 + free.x1) / 2;
      out.push(...side(run, (s) => s.x1 <= gutter, 1), ...side(run, (s) => s.x0 >= gutter, 2));
      i = j;
    } else {
      out.push(lines[i]!);
      i++;
    }
  }
  return out;
}

interface Span {
  x0: number;
  x1: number;
}

/** The widest stretch of the zone that the line leaves empty. */
function freeIn(line: PageLine, zone: Span): Span | null {
  let best: Span | null = null;
  let from = zone.x0;
  for (const s of [...line.segments, { x0: zone.x1, x1: zone.x1 } as Segment]) {
    const to = Math.min(s.x0, zone.x1);
    if (to > from && (!best || to - from > best.x1 - best.x0)) best = { x0: from, x1: to };
    from = Math.max(from, s.x1);
    if (from >= zone.x1) break;
  }
  return best;
}

function intersect(a: Span, b: Span | null): Span | null {
  if (!b) return null;
  const span = { x0: Math.max(a.x0, b.x0), x1: Math.min(a.x1, b.x1) };
  return span.x1 > span.x0 ? span : null;
}

function isTwoColumnProse(run: readonly PageLine[], free: Span, left: number, right: number): boolean {
  if (run.length < MIN_LINES) return false;
  const sides = run.map((line) => ({
    left: line.segments.filter((s) => s.x1 <= free.x0),
    right: line.segments.filter((s) => s.x0 >= free.x1),
  }));
  // a row of cells has several pieces on a side; prose has one
  if (sides.some((s) => s.left.length > 1 || s.right.length > 1)) return false;
  if (sides.filter((s) => s.left.length === 1 && s.right.length === 1).length < BOTH_SIDES * run.length) return false;
  const fill = (pieces: Segment[][], width: number): number => {
    const widths = pieces.filter((p) => p.length === 1).map((p) => p[0]!.x1 - p[0]!.x0);
    return widths.reduce((a, b) => a + b, 0) / Math.max(1, widths.length) / width;
  };
  return fill(sides.map((s) => s.left), free.x0 - left) >= FILLED && fill(sides.map((s) => s.right), right - free.x1) >= FILLED;
}

function side(run: readonly PageLine[], keep: (s: Segment) => boolean, column: 1 | 2): PageLine[] {
  return run.flatMap((line) => {
    const segments = line.segments.filter(keep);
    if (segments.length === 0) return [];
    return [{ ...line, segments, x0: segments[0]!.x0, x1: segments.at(-1)!.x1, column }];
  });
}
