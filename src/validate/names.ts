/**
 * Comparing project names: the same name after whitespace is removed, or
 * near-identical names (same nameKey, one key inside the other, or nearly the
 * same nodejieba tokens) — the shapes a re-listed project takes.
 */
import { createRequire } from 'node:module';

/** Names compared as written, ignoring whitespace (the seed has a trailing run of spaces). */
export function normalName(name: string): string {
  return name.replace(/\s+/g, '');
}

/** Token overlap (Dice) at or above which two different names are taken as the same project. */
export const NEAR_IDENTICAL = 0.85;
/** A key contained in another counts only when it is at least this long (so 经费 is not inside everything). */
const MIN_CONTAINED = 4;
/** Tokens that tell projects of a series apart (第一批/第二批, 一组/二组, 1号/2号): a difference in them is not a re-listing. */
const ORDINAL = /[0-9０-９一二三四五六七八九十百]/;

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
export function nearIdentical(a: { name: string; nameKey: string }, b: { name: string; nameKey: string }): 'same-key' | 'contained' | 'tokens' | null {
  const ka = a.nameKey;
  const kb = b.nameKey;
  if (ka === '' || kb === '') return null;
  if (ka === kb) return 'same-key';
  const ta = tokens(ka);
  const tb = tokens(kb);
  if (differingTokens(ta, tb).some((t) => ORDINAL.test(t))) return null;
  const [short, long] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  if (short.length >= MIN_CONTAINED && long.includes(short)) return 'contained';
  return dice(ta, tb) >= NEAR_IDENTICAL ? 'tokens' : null;
}
