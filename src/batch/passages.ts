/**
 * A report's prose as passages (sentences of its paragraphs, tables left
 * out), each with a comparison key: half-width, the report's own names
 * (entity, township, county) and self-references replaced by one mark,
 * figures masked, spaces and punctuation dropped. Two reports that say the
 * same thing about different bodies then have the same keys.
 */
import type { Location, Meta, SourceDocument } from '../model.js';
import { toHalfWidth } from '../parse/numbers.js';
import { KEY_FIGURES, KEY_NOISE, PASSAGE_BREAK, SELF_REFERENCE } from './lexicon.js';
import { MIN_PASSAGE_CHARS } from './thresholds.js';

export interface Passage {
  /** the sentence as written (trimmed) */
  text: string;
  key: string;
  location: Location;
}

// a private-use character: never in a real text, and not punctuation (which the key drops)
const SELF = '\uE000';

function ownNames(meta: Meta): string[] {
  const names = [meta.entity, meta.township, meta.county].filter((n): n is string => n !== null && n.trim().length >= 2);
  // longest first, so 神星镇人民政府 is replaced whole before 神星镇
  return [...new Set(names.map((n) => toHalfWidth(n.trim())))].sort((a, b) => b.length - a.length);
}

export function passageKey(text: string, names: readonly string[]): string {
  let key = toHalfWidth(text);
  for (const name of names) key = key.split(name).join(SELF);
  return key.replace(SELF_REFERENCE, SELF).replace(KEY_FIGURES, 'N').replace(KEY_NOISE, '');
}

export function prosePassages(doc: SourceDocument, meta: Meta): Passage[] {
  const names = ownNames(meta);
  const passages: Passage[] = [];
  for (const block of doc.blocks) {
    if (block.type !== 'paragraph') continue;
    for (const sentence of block.text.split(PASSAGE_BREAK)) {
      const text = sentence.trim();
      const key = passageKey(text, names);
      if (key.length >= MIN_PASSAGE_CHARS) passages.push({ text, key, location: block.location });
    }
  }
  return passages;
}
