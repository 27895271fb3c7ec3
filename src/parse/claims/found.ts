/**
 * What a claim finder returns: the claim's typed value and where in the
 * paragraph its quote lies. The caller adds id, section and location.
 */
import type { Claim } from '../../model.js';
import { CLAUSE_BREAK, SENTENCE_BREAK } from '../lexicon.js';

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
  let s = start;
  while (s > 0 && !breaksAt(text, s - 1, stop)) s -= 1;
  let e = end;
  while (e < text.length && !breaksAt(text, e, stop)) e += 1;
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

/** The sentence (between full stops and semicolons) around a match. */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  return expand(text, start, end, SENTENCE_BREAK);
}

/** Every match of a pattern (the pattern is made global here). */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
  return [...text.matchAll(new RegExp(pattern.source, flags))];
}
