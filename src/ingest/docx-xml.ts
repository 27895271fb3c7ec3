/**
 * Small helpers for reading and rewriting WordprocessingML with cheerio in
 * XML mode (entities left as written, so a rewrite changes only what we touch).
 */
import * as cheerio from 'cheerio';
import type { CheerioAPI } from 'cheerio';

/** a cheerio selection of XML nodes */
export type XmlSelection = ReturnType<CheerioAPI>;

export function loadXml(xml: string): CheerioAPI {
  return cheerio.load(xml, { xml: { xmlMode: true, decodeEntities: false } });
}

/** the `w:val` of the first node */
export function val(node: XmlSelection): string | undefined {
  return node.first().attr('w:val');
}

export function intVal(node: XmlSelection): number | undefined {
  return toInt(val(node));
}

export function intAttr(node: XmlSelection, name: string): number | undefined {
  return toInt(node.attr(name));
}

function toInt(text: string | undefined): number | undefined {
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
  const $ = loadXml(stylesXml);
  $('w\\:style').each((_, node) => {
    const style = $(node);
    const id = style.attr('w:styleId');
    if (id === undefined) return;
    const pPr = style.children('w\\:pPr');
    const numPr = pPr.children('w\\:numPr');
    styles.set(id, {
      numId: val(numPr.children('w\\:numId')) ?? null,
      ilvl: intVal(numPr.children('w\\:ilvl')) ?? null,
      outlineLvl: intVal(pPr.children('w\\:outlineLvl')) ?? null,
      basedOn: val(style.children('w\\:basedOn')) ?? null,
    });
  });
  return styles;
}
