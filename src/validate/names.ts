/**
 * Comparing project names: the same name after whitespace is removed, or
 * near-identical names (the same nameKey, or nearly the same nodejieba
 * tokens) — the shapes a re-listed project takes. Names that mark different
 * phases or batches of a series (一期/二期, 第一批/第二批) are different projects.
 */
import { createRequire } from 'node:module';
import { PLACE_SUFFIXES } from './lexicon.js';

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

/** nodejieba loads its dictionaries on first use (about two seconds), so only when names must be compared. */
function tokens(text: string): string[] {
  if (!cut) {
    const jieba = createRequire(import.meta.url)('nodejieba') as { cut(text: string): string[] };
    cut = (t) => jieba.cut(t);
  }
  return cut(text).filter((t) => t.trim() !== '');
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

function differingTokens(a: readonly string[], b: readonly string[]): string[] {
  return [...a.filter((t) => !b.includes(t)), ...b.filter((t) => !a.includes(t))];
}

/** Why two different names look like the same project, or null when they do not. */
export function nearIdentical(a: { name: string; nameKey: string }, b: { name: string; nameKey: string }): 'same-key' | 'tokens' | null {
  const ka = a.nameKey;
  const kb = b.nameKey;
  if (ka === '' || kb === '') return null;
  // nameKey drops bracket tags, so （一期） and （二期） must be compared on the names as written
  if (phases(normalName(a.name)) !== phases(normalName(b.name))) return null;
  if (ka === kb) return 'same-key';
  const ta = tokens(ka);
  const tb = tokens(kb);
  if (differingTokens(ta, tb).some((t) => ORDINAL.test(t) || PLACE.test(t))) return null;
  return dice(ta, tb) >= NEAR_IDENTICAL ? 'tokens' : null;
}
