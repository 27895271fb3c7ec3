/**
 * A cell's text as a label key, so `年初\n预算数`, `年 度 资 金 总 额：`,
 * `項(xiàng)目名稱` and `项目资金（万元）` compare with the lexicon: half width,
 * no spaces, a few Traditional characters simplified, pinyin glosses and
 * trailing colons dropped.
 */
import { toHalfWidth } from '../numbers.js';
import { SIMPLIFIED_CHARS, TRADITIONAL_CHARS } from './lexicon.js';

const simplified = new Map([...TRADITIONAL_CHARS].map((ch, i) => [ch, [...SIMPLIFIED_CHARS][i]!]));

/** pinyin glosses inside words: `項(xiàng)目` */
export const PINYIN_GLOSS = /\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,8}\)/g;

export function labelKey(text: string): string {
  const half = toHalfWidth(text).replace(PINYIN_GLOSS, '').replace(/\s+/g, '').replace(/[：:]+$/, '').replace(/^[★☆*]+/, '');
  let out = '';
  for (const ch of half) out += simplified.get(ch) ?? ch;
  return out.replace(/：/g, ':');
}

