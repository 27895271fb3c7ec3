/**
 * A key that is the same for the same project across rows, reports and
 * years: years (`2022年`, `2019-2020年`), short bracket tags (`[综]`,
 * `（预）`), punctuation and spaces are dropped, and the rest is cut into
 * words by nodejieba so keys can also be compared word by word.
 */
import nodejieba from 'nodejieba';
import { NAME_KEY_SEPARATOR, NAME_TAGS, NAME_YEARS } from './lexicon.js';
import { toHalfWidth } from './numbers.js';

// the dictionary loads once per process (about two seconds), not per name
nodejieba.load();

const cache = new Map<string, string>();
/** names repeat across a batch (the same projects every year); the cache stays bounded */
const CACHE_LIMIT = 50_000;

/** the Chinese runs of names repeat far more than whole names (…村道路硬化工程 in every row): each is cut once */
const runWords = new Map<string, string[]>();

function cutRun(run: string): string[] {
  const cached = runWords.get(run);
  if (cached !== undefined) return cached;
  const words = nodejieba.cut(run);
  if (runWords.size >= CACHE_LIMIT) runWords.clear();
  runWords.set(run, words);
  return words;
}

export function nameKey(name: string): string {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  const bare = toHalfWidth(name)
    .replace(NAME_YEARS, '')
    .replace(NAME_TAGS, '')
    // punctuation separates words (`【2022】63号`) but is not kept
    .replace(/[\p{P}\p{S}\s]+/gu, ' ');
  // runs of digits or Latin letters stay whole; only the Chinese runs are cut into words
  const tokens = (bare.match(/[0-9A-Za-z]+|[^0-9A-Za-z ]+/g) ?? []).flatMap((run) => (/^[0-9A-Za-z]+$/.test(run) ? [run] : cutRun(run)));
  const key = tokens.filter((t) => t.trim() !== '').join(NAME_KEY_SEPARATOR);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(name, key);
  return key;
}

/** The words of a key, for word-by-word comparison. */
export function keyTokens(key: string): string[] {
  return key === '' ? [] : key.split(NAME_KEY_SEPARATOR);
}
