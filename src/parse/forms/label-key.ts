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

const TRADITIONAL = new RegExp(`[${TRADITIONAL_CHARS}]`, 'g');
/** labels are short: a long text (prose, a goal) only needs its spaces dropped to be told apart from one */
const LABEL_LENGTH = 60;

export function labelKey(text: string): string {
  if (text.length > LABEL_LENGTH) return text.replace(/\s+/g, '');
  const half = toHalfWidth(text).replace(PINYIN_GLOSS, '').replace(/\s+/g, '').replace(/[：:]+$/, '').replace(/^[★☆*]+/, '');
  return half.replace(TRADITIONAL, (ch) => simplified.get(ch)!).replace(/：/g, ':');
}

