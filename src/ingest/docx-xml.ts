/**
 * Small helpers for reading WordprocessingML parts (styles.xml,
 * numbering.xml) as text, without building a DOM: the elements read here
 * never nest inside themselves, so each is one match. Values are returned as
 * written (entities left alone).
 */

/** One element: its attributes (the text inside the start tag) and its content ('' when self-closing). */
export interface XmlElement {
  attributes: string;
  content: string;
}

const patterns = new Map<string, RegExp>();

function elementPattern(name: string): RegExp {
  let pattern = patterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`<${name}(?=[\\s>/])([^>]*?)(?:/>|>([\\s\\S]*?)</${name}\\s*>)`, 'g');
    patterns.set(name, pattern);
  }
  return pattern;
}

/** Every `<name …>` element in `xml`, in order (for elements that never contain another of their name). */
export function elementsOf(xml: string, name: string): XmlElement[] {
  return [...xml.matchAll(elementPattern(name))].map((match) => ({ attributes: match[1] ?? '', content: match[2] ?? '' }));
}

/** The first `<name …>` element in `xml`, or undefined. */
export function firstElement(xml: string, name: string): XmlElement | undefined {
  const pattern = elementPattern(name);
  pattern.lastIndex = 0;
  const match = pattern.exec(xml);
  pattern.lastIndex = 0;
  return match ? { attributes: match[1] ?? '', content: match[2] ?? '' } : undefined;
}

/** `xml` without the `<name>` elements in it (blanked, so they cannot be mistaken for direct children). */
export function without(xml: string, ...names: string[]): string {
  return names.reduce((text, name) => (text.includes(`<${name}`) ? text.replace(elementPattern(name), '') : text), xml);
}

/** an attribute's value as written */
export function attributeOf(attributes: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  return match ? (match[1] ?? match[2]) : undefined;
}

/** the `w:val` of the first `<name …>` element in `xml` */
export function val(xml: string, name: string): string | undefined {
  const element = firstElement(xml, name);
  return element ? attributeOf(element.attributes, 'w:val') : undefined;
}

export function intVal(xml: string, name: string): number | undefined {
  return toInt(val(xml, name));
}

export function toInt(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number.parseInt(text, 10);
  return Number.isFinite(n) ? n : undefined;
}

/** A style and the styles it is based on, nearest first (bounded: a `basedOn` loop must not hang us). */
export function styleChain<S extends { basedOn: string | null }>(styleId: string | null | undefined, styles: Map<string, S>): S[] {
  const chain: S[] = [];
  let id: string | null = styleId ?? null;
  while (id !== null && chain.length < 20) {
    const style = styles.get(id);
    if (!style) break;
    chain.push(style);
    id = style.basedOn;
  }
  return chain;
}

/** What a paragraph style says about numbering and outline level (`w:style/w:pPr`). */
export interface ParagraphStyle {
  numId: string | null;
  ilvl: number | null;
  outlineLvl: number | null;
  basedOn: string | null;
}

/** The paragraph styles of styles.xml by style id. */
export function readParagraphStyles(stylesXml: string | null): Map<string, ParagraphStyle> {
  const styles = new Map<string, ParagraphStyle>();
  if (stylesXml === null) return styles;
  for (const style of elementsOf(stylesXml, 'w:style')) {
    const id = attributeOf(style.attributes, 'w:styleId');
    if (id === undefined) continue;
    // only the style's own paragraph properties: not a table style's per-region ones, not a tracked change's old ones
    const own = without(style.content, 'w:tblStylePr', 'w:pPrChange');
    const pPr = firstElement(own, 'w:pPr')?.content ?? '';
    const numPr = firstElement(pPr, 'w:numPr')?.content ?? '';
    styles.set(id, {
      numId: val(numPr, 'w:numId') ?? null,
      ilvl: intVal(numPr, 'w:ilvl') ?? null,
      outlineLvl: intVal(pPr, 'w:outlineLvl') ?? null,
      basedOn: val(own, 'w:basedOn') ?? null,
    });
  }
  return styles;
}
