/**
 * Which township a government name refers to: 金寨县白塔畈镇人民政府 → 白塔畈.
 * Only township-level governments are read (a name ending in 镇/乡/街道,
 * optionally followed by 人民政府/办事处/党委); county bodies (县财政局),
 * villages and phrases such as 乡村振兴 name no township.
 */
import { SUPERIOR_DIVISION_CHARS, TOWNSHIP_BODY_SUFFIXES, TOWNSHIP_SUFFIXES } from './lexicon.js';

const alt = (words: readonly string[]) => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const BODY = new RegExp(`(\\p{Script=Han}+?)(?:${alt(TOWNSHIP_SUFFIXES)})(?:${alt(TOWNSHIP_BODY_SUFFIXES)})?$`, 'u');
const SUPERIOR = new RegExp(`[${SUPERIOR_DIVISION_CHARS.join('')}]`, 'gu');

/** The part after the last superior division (县/区/市…); a town named 新市 keeps its own 市. */
function stripSuperiors(prefix: string): string {
  const cuts = [...prefix.matchAll(SUPERIOR)].map((m) => m.index! + 1);
  for (let i = cuts.length - 1; i >= 0; i--) {
    const rest = prefix.slice(cuts[i]!);
    if (rest.length > 0) return rest;
    // the name itself ends in a division character: start after the one before it
  }
  return prefix;
}

/** The township a name of a township-level body refers to, or null when it names no township. */
export function townshipOf(name: string | null): string | null {
  if (!name) return null;
  const m = BODY.exec(name.replace(/\s+/g, ''));
  if (!m) return null;
  const township = stripSuperiors(m[1]!);
  return township.length > 0 ? township : null;
}
