/**
 * Government names as written in full (`金寨县白塔畈镇人民政府`,
 * `池州市贵池区棠溪镇人民政府`): found by their suffix, then read backwards
 * through the administrative units that precede it, stopping at words that
 * never belong to a place name.
 */
import { COUNTY_LEVELS, COUNTY_NAME_MAX, COUNTY_OFFICES, GOVERNMENT_SUFFIXES, NAME_STOP_CHARS, NAME_STOP_WORDS, PLACE_NAME_MAX, TOWNSHIP_LEVELS, UPPER_LEVELS } from './lexicon.js';

export interface GovernmentName {
  /** the full name as written */
  name: string;
  start: number;
  end: number;
  township: string | null;
  county: string | null;
}

const LEVEL_WORDS: string[] = [...TOWNSHIP_LEVELS, ...COUNTY_LEVELS, ...UPPER_LEVELS].sort((a, b) => b.length - a.length);

function isNameChar(ch: string): boolean {
  return /\p{Script=Han}/u.test(ch) && !NAME_STOP_CHARS.includes(ch);
}

/** The level word (`镇`, `县`, `自治区`…) that ends `text` at `end`, if any. */
function levelEndingAt(text: string, end: number): string | null {
  return LEVEL_WORDS.find((w) => text.slice(Math.max(0, end - w.length), end) === w) ?? null;
}

/** a word ends here that a place name never runs back into: a parent government (`…区人民政府学院路街道`), `部门` */
function afterGovernment(text: string, at: number): boolean {
  return NAME_STOP_WORDS.some((s) => text.slice(Math.max(0, at - s.length), at) === s);
}

/**
 * Read administrative units backwards from `end` (exclusive): each unit is
 * a short name followed by its level word. Returns the units, outermost first.
 * A name is only taken when something ends it (a stop, a level word, the
 * start of the text): a run of name characters cut by the length limit is a
 * fragment of a sentence (`财政部门原州区`), not a place.
 */
export function unitsBefore(text: string, end: number): { unit: string; level: string; start: number }[] {
  const units: { unit: string; level: string; start: number }[] = [];
  let at = end;
  for (;;) {
    const level = levelEndingAt(text, at);
    if (!level) break;
    let start = at - level.length;
    // the name part: back over name characters until a level word or a stop
    let taken = 0;
    while (
      start > 0 &&
      taken < PLACE_NAME_MAX &&
      isNameChar(text[start - 1]!) &&
      !(taken > 0 && levelEndingAt(text, start)) &&
      !afterGovernment(text, start)
    ) {
      start -= 1;
      taken += 1;
    }
    if (taken === 0) break;
    const bounded = start === 0 || !isNameChar(text[start - 1]!) || levelEndingAt(text, start) !== null || afterGovernment(text, start);
    if (!bounded) break;
    units.unshift({ unit: text.slice(start, at), level, start });
    at = start;
  }
  return units;
}

/** A county's name is short unless a city or province above it bounds it. */
function plausibleCounty(units: readonly { unit: string; level: string }[], k: number): boolean {
  const u = units[k]!;
  return u.unit.length - u.level.length <= COUNTY_NAME_MAX || k > 0;
}

/** Every position where `word` occurs in `text`. */
function occurrences(text: string, word: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) at.push(i);
  return at;
}

export function governmentNames(text: string): GovernmentName[] {
  const found: GovernmentName[] = [];
  for (const suffix of GOVERNMENT_SUFFIXES) {
    for (const at of occurrences(text, suffix)) {
      const from = at + suffix.length;
      const units = unitsBefore(text, at);
      const town = units.at(-1);
      if (!town || !(TOWNSHIP_LEVELS as readonly string[]).includes(town.level)) continue;
      // `各乡镇人民政府` names no township
      if (LEVEL_WORDS.includes(town.unit.slice(0, -town.level.length))) continue;
      const k = units.findLastIndex((u) => (COUNTY_LEVELS as readonly string[]).includes(u.level));
      const county = k >= 0 && plausibleCounty(units, k) ? units[k]!.unit : null;
      found.push({ name: text.slice(units[0]!.start, from), start: units[0]!.start, end: from, township: town.unit, county });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A county named through one of its offices: `根据满城区财政局…` → 满城区. */
export function countyFromOffices(text: string): string | null {
  for (const office of COUNTY_OFFICES) {
    for (const at of occurrences(text, office)) {
      const units = unitsBefore(text, at);
      const last = units.at(-1);
      if (last && (COUNTY_LEVELS as readonly string[]).includes(last.level) && plausibleCounty(units, units.length - 1)) return last.unit;
    }
  }
  return null;
}
