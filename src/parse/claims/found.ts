/**
 * What a claim finder returns: the claim's typed value and where in the
 * paragraph its quote lies. The caller adds id, section and location.
 */
import type { Claim } from '../../model.js';
import { CLAUSE_BREAK } from '../lexicon.js';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type ClaimBody = DistributiveOmit<Claim, 'id' | 'quote' | 'sectionId' | 'location'>;

export interface Found {
  claim: ClaimBody;
  /** the quote is text.slice(start, end) of the paragraph as written */
  start: number;
  end: number;
}

/** A finder reads one paragraph (digits already half-width, same positions as written). */
export type ClaimFinder = (text: string) => Found[];

const QUOTE_REACH = 60;

/** a comma between digits is a thousands separator, not a clause break */
function breaksAt(text: string, i: number, stop: RegExp): boolean {
  const ch = text[i]!;
  if (ch === ',' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) return false;
  return stop.test(ch);
}

function expand(text: string, start: number, end: number, stop: RegExp): [number, number] {
  // the scans stop where the quote would be cut anyway, so a paragraph without breaks is not rescanned per match
  const farthestStart = Math.max(0, start - QUOTE_REACH - 1);
  const farthestEnd = Math.min(text.length, end + QUOTE_REACH);
  let s = start;
  while (s > farthestStart && !breaksAt(text, s - 1, stop)) s -= 1;
  let e = end;
  while (e < farthestEnd && !breaksAt(text, e, stop)) e += 1;
  if (e < text.length && /[。]/.test(text[e]!)) e += 1;
  // a run-on paragraph (a form flattened to one line) still gives a short quote
  if (s < start - QUOTE_REACH) {
    // begin at the cell (space-separated run) the match is in
    const run = text.slice(start - QUOTE_REACH, start).search(/\s\S*$/);
    s = run >= 0 ? start - QUOTE_REACH + run + 1 : start - QUOTE_REACH;
  }
  e = Math.min(e, end + QUOTE_REACH);
  while (s < e && /\s/.test(text[s]!)) s += 1;
  return [s, e];
}

/** The clause (between commas) around a match. */
export function clauseAround(text: string, start: number, end: number): [number, number] {
  return expand(text, start, end, CLAUSE_BREAK);
}

/** Every match of a pattern (the pattern is made global here). */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
  return [...text.matchAll(new RegExp(pattern.source, flags))];
}

/**
 * Whether `marker` was written in the run of text (since the last `stop`
 * character) that ends at a position. Asked at rising positions, as a finder
 * walks its matches, it reads the paragraph once in all; a position behind the
 * last one asked is answered by reading back to the run's start.
 */
export function markerInRun(text: string, marker: string, stop: RegExp): (at: number) => boolean {
  let scanned = 0;
  let runStart = 0;
  let lastMarker = -1;
  return (at) => {
    if (at < scanned) {
      let s = at;
      while (s > 0 && !stop.test(text[s - 1]!)) s -= 1;
      return text.slice(s, at).includes(marker);
    }
    for (; scanned < at; scanned++) {
      if (stop.test(text[scanned]!)) runStart = scanned + 1;
      else if (text.startsWith(marker, scanned - marker.length + 1) && scanned - marker.length + 1 >= runStart) lastMarker = scanned - marker.length + 1;
    }
    return lastMarker >= runStart;
  };
}
