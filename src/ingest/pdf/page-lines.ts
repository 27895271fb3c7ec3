/**
 * A page's text runs → visual lines: runs on one baseline (within a fraction
 * of the font size) form a line, in x order; a wide horizontal gap splits a
 * line into segments (table cells, or the two columns of a page). Text is
 * joined as a reader sees it: no space next to a Chinese character (the gap
 * Word and LibreOffice leave between Chinese and Latin text is only spacing),
 * a space between Latin words.
 */
import type { TextRun } from './open-pdf.js';

export interface Segment {
  text: string;
  x0: number;
  x1: number;
}

export interface PageLine {
  /** 1-based page */
  page: number;
  /** baseline, points from the page top */
  y: number;
  /** the line's font size (its largest run) */
  size: number;
  x0: number;
  x1: number;
  segments: Segment[];
  /** in a two-column stretch of a page: 1 left, 2 right (page-columns.ts) */
  column?: 1 | 2;
}

/** Baselines closer than this (× font size) are one line. */
const SAME_LINE = 0.4;
/** A gap wider than this (× font size) splits a line into segments: wider than any word space, narrower than a table cell's padding. */
export const SEGMENT_GAP = 0.7;
/** A gap wider than this (× font size) between two Latin runs is a word space. */
const WORD_GAP = 0.12;

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

export function isCjk(char: string | undefined): boolean {
  return char !== undefined && CJK.test(char);
}

/**
 * Whether text ending at `x1` had to wrap before `next`: the next line's first
 * unbreakable piece (a Latin word or number, or one Chinese character) would
 * not have fitted before `limit`. Widths are estimated from the font size
 * (a Chinese character is one em, a Latin one about half).
 */
export function hadToWrap(x1: number, limit: number, next: string, size: number): boolean {
  const word = /^[\x21-\x7e]+/.exec(next)?.[0];
  const needed = word ? 0.55 * size * word.length : size;
  return x1 + needed > limit - 0.5 * size;
}

/** Two pieces of one line's (or one cell's) text, joined as the reader sees them. */
export function joinText(left: string, right: string, spaced = true): string {
  if (left === '') return right;
  if (right === '') return left;
  const needsSpace = spaced && !isCjk(left.at(-1)) && !isCjk(right[0]) && !/\s$/.test(left) && !/^\s/.test(right);
  return needsSpace ? `${left} ${right}` : left + right;
}

const SPACE_NEXT_TO_CJK = new RegExp(`(?<=${CJK.source}) +| +(?=${CJK.source})`, 'g');

/** pdf.js writes the gap Word leaves between Chinese and Latin text as a space inside a run: it is spacing, not a typed space. */
function dropSpacingNextToCjk(text: string): string {
  return text.replace(SPACE_NEXT_TO_CJK, '');
}

export function pageLines(runs: readonly TextRun[], page: number): PageLine[] {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: TextRun[][] = [];
  let current: TextRun[] = [];
  let baseline = Number.NaN;
  for (const run of sorted) {
    if (current.length > 0 && Math.abs(run.y - baseline) <= SAME_LINE * Math.min(run.size, current[0]!.size)) {
      current.push(run);
      continue;
    }
    if (current.length > 0) groups.push(current);
    current = [run];
    baseline = run.y;
  }
  if (current.length > 0) groups.push(current);
  return groups.map((group) => toLine(group, page)).filter((line) => line.segments.length > 0);
}

function toLine(group: TextRun[], page: number): PageLine {
  const runs = group.sort((a, b) => a.x - b.x);
  const size = Math.max(...runs.map((r) => r.size));
  const segments: Segment[] = [];
  let open: Segment | null = null;
  for (const run of runs) {
    const text = dropSpacingNextToCjk(run.text.replace(/\s+/g, ' '));
    const x1 = run.x + Math.max(0, run.width);
    if (open) {
      const gap = run.x - open.x1;
      // the same text drawn twice, a little offset, is fake bold: keep one
      if (gap < 0 && open.text.endsWith(text.trim()) && x1 - open.x1 < 0.5 * Math.max(1, run.width)) {
        open.x1 = Math.max(open.x1, x1);
        continue;
      }
      if (gap <= SEGMENT_GAP * size) {
        const left = open.text.trimEnd();
        const right = text.trimStart();
        open.text = gap > WORD_GAP * size ? joinText(left, right) : joinText(left, right, /\s$/.test(open.text) || /^\s/.test(text));
        open.x1 = Math.max(open.x1, x1);
        continue;
      }
      segments.push(close(open));
    }
    open = { text, x0: run.x, x1 };
  }
  if (open) segments.push(close(open));
  const kept = segments.filter((s) => s.text !== '');
  return {
    page,
    y: runs.reduce((sum, r) => sum + r.y, 0) / runs.length,
    size,
    x0: kept[0]?.x0 ?? 0,
    x1: kept.at(-1)?.x1 ?? 0,
    segments: kept,
  };
}

function close(open: Segment): Segment {
  return { text: open.text.trim(), x0: open.x0, x1: open.x1 };
}
