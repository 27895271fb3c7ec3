/**
 * styles.xml cut down to the styles the document can reach. Templates of
 * python-docx and LibreOffice carry ~350 KB of styles (164 definitions and a
 * latentStyles table) for a document that uses a dozen; mammoth builds a DOM
 * of all of it on every file, which cost more than reading the document
 * itself. A style nobody references cannot change what mammoth or our own
 * numbering/outline readers produce, so it is left out before either sees it.
 */
import { attributeOf } from './docx-xml.js';

/** A whole `<w:style …>…</w:style>` (or self-closing) element; styles never nest. */
const STYLE_ELEMENT = /<w:style(?=[\s>/])([^>]*?)(?:\/>|>([\s\S]*?)<\/w:style\s*>)/g;
const LATENT_STYLES = /<w:latentStyles(?=[\s>/])[^>]*?(?:\/>|>[\s\S]*?<\/w:latentStyles\s*>)/;
/** Where a part names a style by id: paragraphs, runs, tables, numbering links, and a style's own relatives. */
const STYLE_REFERENCE = /<w:(?:pStyle|rStyle|tblStyle|numStyleLink|styleLink|basedOn|link|next)\s[^>]*?w:val\s*=\s*(["'])(.*?)\1/g;
const WORD_MAIN_NAMESPACE = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

interface StyleDefinition {
  id: string | undefined;
  isDefault: boolean;
  xml: string;
  references: string[];
}

function referencesIn(xml: string): string[] {
  return [...xml.matchAll(STYLE_REFERENCE)].map((match) => match[2]!);
}

/**
 * @param stylesXml styles.xml as written
 * @param referencingXml the parts that name styles (document, notes, comments, numbering)
 * @returns styles.xml with only the default styles and those reachable from the parts (through basedOn,
 *   link and next); the original when it is not shaped as expected (another namespace prefix, say)
 */
export function usedStylesXml(stylesXml: string | null, referencingXml: readonly string[]): string | null {
  if (stylesXml === null || !stylesXml.includes(WORD_MAIN_NAMESPACE)) return stylesXml;
  const definitions: StyleDefinition[] = [];
  let first = -1;
  let last = -1;
  for (const match of stylesXml.matchAll(STYLE_ELEMENT)) {
    if (first < 0) first = match.index;
    last = match.index + match[0].length;
    const attributes = match[1] ?? '';
    definitions.push({
      id: attributeOf(attributes, 'w:styleId'),
      isDefault: /^(?:1|true|on)$/.test(attributeOf(attributes, 'w:default') ?? ''),
      xml: match[0],
      references: referencesIn(match[2] ?? ''),
    });
  }
  if (first < 0) return stylesXml;

  const byId = new Map(definitions.flatMap((d) => (d.id === undefined ? [] : [[d.id, d] as const])));
  const wanted = new Set<string>();
  const queue = referencingXml.flatMap(referencesIn);
  for (const d of definitions) if (d.isDefault && d.id !== undefined) queue.push(d.id);
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (wanted.has(id)) continue;
    wanted.add(id);
    queue.push(...(byId.get(id)?.references ?? []));
  }

  const kept = definitions.filter((d) => d.id === undefined || wanted.has(d.id)).map((d) => d.xml);
  const head = stylesXml.slice(0, first).replace(LATENT_STYLES, '');
  return head + kept.join('') + stylesXml.slice(last);
}
