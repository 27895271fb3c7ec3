/**
 * Comparing project names: the same name after whitespace is removed, or
 * near-identical names (the same nameKey, or nearly the same nodejieba
 * tokens) — the shapes a re-listed project takes. Names that mark different
 * phases or batches of a series (一期/二期, 第一批/第二批) are different projects.
 */
import { createRequire } from 'node:module';
import { PLACE_SUFFIXES } from './lexicon.js';
import { NAME_KEY_SEPARATOR } from '../parse/lexicon.js';

/** Names compared as written, ignoring whitespace (the seed has a trailing run of spaces). */
export function normalName(name: string): string {
  return name.replace(/\s+/g, '');
}

/** Token overlap (Dice) at or above which two different names are taken as the same project. */
export const NEAR_IDENTICAL = 0.85;
/** Tokens that tell projects of a series apart (第一批/第二批, 一组/二组, 1号/2号): a difference in them is not a re-listing. */
const ORDINAL = /[0-9０-９一二三四五六七八九十百]/;
/** A phase or batch marker written in a name: 二期, 第一批, 3标段, 第二阶段. */
const PHASE = /第?[0-9０-９一二三四五六七八九十]+(?:期|批次|批|标段|阶段|号|组)/gu;

/** A token naming a place (东庄村, 城南社区): the same work in another place is another project. */
const PLACE = new RegExp(`(?:${PLACE_SUFFIXES.join('|')})$`, 'u');

function phases(name: string): string {
  return [...name.matchAll(PHASE)].map((m) => m[0].replace(/^第/, '')).sort().join('|');
}

let cut: ((text: string) => string[]) | null = null;
/** a nameKey's words are space-separated and nodejieba cuts each part on its own, so parts shared by many keys are cut once */
const partWords = new Map<string, string[]>();
const PART_CACHE_LIMIT = 50_000;

/** nodejieba loads its dictionaries on first use (about two seconds), so only when names must be compared. */
function tokens(key: string): string[] {
  if (!cut) {
    const jieba = createRequire(import.meta.url)('nodejieba') as { cut(text: string): string[] };
    cut = (t) => jieba.cut(t);
  }
  const cutPart = cut;
  return key.split(NAME_KEY_SEPARATOR).flatMap((part) => {
    let words = partWords.get(part);
    if (words === undefined) {
      words = cutPart(part).filter((t) => t.trim() !== '');
      if (partWords.size >= PART_CACHE_LIMIT) partWords.clear();
      partWords.set(part, words);
    }
    return words;
  });
}

function dice(a: readonly string[], b: readonly string[]): number {
  if (a.length + b.length === 0) return 0;
  const rest = [...b];
  let shared = 0;
  for (const t of a) {
    const i = rest.indexOf(t);
    if (i >= 0) {
      shared += 1;
      rest.splice(i, 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

/** What comparing a row's name needs, worked out once per row rather than once per pair. */
export interface NameFeatures {
  /** the name without whitespace */
  normal: string;
  /** its phase and batch markers, sorted */
  phases: string;
  nameKey: string;
  /** nodejieba words of the nameKey */
  tokens: readonly string[];
  /** the words that tell one project of a series or place from another, sorted and unique */
  markers: string;
}

export function nameFeatures(row: { name: string; nameKey: string }, tokensOf: (key: string) => readonly string[] = tokens): NameFeatures {
  const normal = normalName(row.name);
  const keyTokens = row.nameKey === '' ? [] : tokensOf(row.nameKey);
  const markers = [...new Set(keyTokens.filter((t) => ORDINAL.test(t) || PLACE.test(t)))].sort().join('|');
  return { normal, phases: phases(normal), nameKey: row.nameKey, tokens: keyTokens, markers };
}

/** Why two different names look like the same project, or null when they do not. */
export function nearIdentical(a: { name: string; nameKey: string }, b: { name: string; nameKey: string }): 'same-key' | 'tokens' | null {
  return nearIdenticalFeatures(nameFeatures(a), nameFeatures(b));
}

export function nearIdenticalFeatures(a: NameFeatures, b: NameFeatures): 'same-key' | 'tokens' | null {
  if (a.nameKey === '' || b.nameKey === '') return null;
  // nameKey drops bracket tags, so （一期） and （二期） must be compared on the names as written
  if (a.phases !== b.phases) return null;
  if (a.nameKey === b.nameKey) return 'same-key';
  // a word of an ordinal or a place in one name and not the other means another project
  if (a.markers !== b.markers) return null;
  return dice(a.tokens, b.tokens) >= NEAR_IDENTICAL ? 'tokens' : null;
}

/**
 * The pairs (i < j) among `rows` that can be near-identical, each at most
 * once. Rows are bucketed by phases and marker words (a pair differing in
 * either never is), and within a bucket only rows sharing a word of their
 * rarest words are paired: two names whose Dice overlap reaches
 * NEAR_IDENTICAL must share one of them (prefix filtering). Thousands of
 * rows of one amount with different names are then not compared all with all.
 */
export function candidatePairs(rows: readonly NameFeatures[]): [number, number][] {
  const buckets = new Map<string, number[]>();
  rows.forEach((r, i) => {
    if (r.nameKey === '' || r.tokens.length === 0) return;
    const key = `${r.phases}\u0000${r.markers}`;
    const bucket = buckets.get(key);
    if (bucket) bucket.push(i);
    else buckets.set(key, [i]);
  });
  const pairs: [number, number][] = [];
  for (const bucket of buckets.values()) {
    if (bucket.length < 2) continue;
    // each occurrence of a word is its own element (工程#0, 工程#1), so the overlap of sets is Dice's multiset overlap
    const elements = bucket.map((i) => occurrences(rows[i]!.tokens));
    const frequency = new Map<string, number>();
    for (const els of elements) for (const e of els) frequency.set(e, (frequency.get(e) ?? 0) + 1);
    const byRarity = (x: string, y: string) => frequency.get(x)! - frequency.get(y)! || (x < y ? -1 : x > y ? 1 : 0);
    const index = new Map<string, number[]>();
    const seen = new Set<number>();
    bucket.forEach((i, k) => {
      const els = elements[k]!.sort(byRarity);
      // shared ≥ t·|a|/(2−t) whatever b is, so a partner shares one of the first |a| − that + 1 elements
      const least = Math.ceil((NEAR_IDENTICAL * els.length) / (2 - NEAR_IDENTICAL) - 1e-9);
      const prefix = els.slice(0, Math.max(1, els.length - least + 1));
      seen.clear();
      for (const e of prefix) {
        const earlier = index.get(e);
        if (earlier) {
          for (const j of earlier) {
            if (seen.has(j)) continue;
            seen.add(j);
            pairs.push([j, i]);
          }
          earlier.push(i);
        } else index.set(e, [i]);
      }
    });
  }
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

function occurrences(words: readonly string[]): string[] {
  const count = new Map<string, number>();
  return words.map((w) => {
    const n = count.get(w) ?? 0;
    count.set(w, n + 1);
    return `${w}#${n}`;
  });
}
