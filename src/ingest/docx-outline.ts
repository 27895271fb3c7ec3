/**
 * Outline levels (大纲级别): WPS and Word users often make a heading by
 * giving a paragraph, or a custom style, an outline level instead of using a
 * heading style, and mammoth ignores it. Each such paragraph gets its level
 * (1–9) as a marker run (see docx-markers.ts); the HTML stage uses it when no
 * heading style gave one. Level 10 (`w:outlineLvl w:val="9"`) is body text.
 */
import { markerRun, OUTLINE_CLOSE, OUTLINE_OPEN } from './docx-markers.js';
import { eachReadParagraph, intVal, loadXml, prependRun, readParagraphStyles, styleChain, val, type ParagraphStyle } from './docx-xml.js';

/** document.xml with an outline-level marker run first in every paragraph that has a level 1–9. */
export function markOutlineLevels(documentXml: string, stylesXml: string | null): string {
  // a document that never mentions an outline level is left as it is
  if (!documentXml.includes('w:outlineLvl') && !(stylesXml ?? '').includes('w:outlineLvl')) return documentXml;
  const styles = readParagraphStyles(stylesXml);
  const $ = loadXml(documentXml);
  let changed = false;
  eachReadParagraph($, (p) => {
    const pPr = p.children('w\\:pPr');
    const level = intVal(pPr.children('w\\:outlineLvl')) ?? styleOutline(val(pPr.children('w\\:pStyle')), styles);
    if (level === null || level < 0 || level > 8) return;
    changed = true;
    prependRun(p, markerRun(OUTLINE_OPEN + String(level + 1) + OUTLINE_CLOSE));
  });
  return changed ? $.xml() : documentXml;
}

/** the nearest outline level along the style's `basedOn` chain */
function styleOutline(styleId: string | undefined, styles: Map<string, ParagraphStyle>): number | null {
  return styleChain(styleId, styles).find((style) => style.outlineLvl !== null)?.outlineLvl ?? null;
}
