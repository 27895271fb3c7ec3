/**
 * The heading lines of mammoth's style map that can match in this document.
 * mammoth parses every line on every call and tries each one, in order, on
 * every paragraph (a table cell is a paragraph too), which cost about a tenth
 * of its time on big tables; a line for a style the document does not have
 * can never match, so leaving it out changes nothing but the time.
 */
import { HEADING_STYLES } from './lexicon-styles.js';

const STYLE_NAME = /<w:name\s[^>]*?w:val\s*=\s*(["'])(.*?)\1/g;
const STYLE_ID = /\sw:styleId\s*=\s*(["'])(.*?)\1/g;
const PARAGRAPH_STYLE = /<w:pStyle\s[^>]*?w:val\s*=\s*(["'])(.*?)\1/g;

/**
 * @param stylesXml styles.xml, where mammoth finds each style's name
 * @param contentXml the parts whose paragraphs mammoth reads (document, notes, comments): the style ids they use
 */
export function headingStyleMap(stylesXml: string | null, contentXml: readonly string[]): string[] {
  const names = new Set<string>();
  const ids = new Set<string>();
  if (stylesXml !== null) {
    for (const match of stylesXml.matchAll(STYLE_NAME)) names.add(match[2]!.toUpperCase());
    for (const match of stylesXml.matchAll(STYLE_ID)) ids.add(match[2]!);
  }
  for (const xml of contentXml) for (const match of xml.matchAll(PARAGRAPH_STYLE)) ids.add(match[2]!);
  // mammoth compares names by upper case, ids exactly
  return HEADING_STYLES.filter((style) => (style.by === 'name' ? names.has(style.value.toUpperCase()) : ids.has(style.value))).map((style) => style.line);
}
