/**
 * A Traditional-character text read as Simplified, character for character
 * (lexicon-traditional.ts), so every offset into the result is an offset into
 * the text as written and quotes can still be cut from the original.
 */
import { SIMPLIFIED, TRADITIONAL } from './lexicon-traditional.js';

const TO_SIMPLIFIED = new Map([...TRADITIONAL].map((t, i) => [t, [...SIMPLIFIED][i]!]));
const ANY_TRADITIONAL = new RegExp(`[${TRADITIONAL}]`, 'u');

/** The text with the listed Traditional characters replaced; the same string when it has none. */
export function toSimplified(text: string): string {
  if (!ANY_TRADITIONAL.test(text)) return text;
  let out = '';
  for (const ch of text) out += TO_SIMPLIFIED.get(ch) ?? ch;
  return out;
}
