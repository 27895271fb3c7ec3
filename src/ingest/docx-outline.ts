/**
 * Outline levels (大纲级别): WPS and Word users often make a heading by
 * giving a paragraph, or a custom style, an outline level instead of using a
 * heading style, and mammoth ignores it. Each such paragraph gets its level
 * (1–9) as a marker run (see docx-markers.ts); the HTML stage uses it when no
 * heading style gave one. Level 10 (`w:outlineLvl w:val="9"`) is body text.
 */
import { markerRun, OUTLINE_CLOSE, OUTLINE_OPEN } from './docx-markers.js';
import { rewriteParagraphs } from './docx-paragraphs.js';
import { readParagraphStyles, styleChain, type ParagraphStyle } from './docx-xml.js';

/** document.xml with an outline-level marker run first in every paragraph that has a level 1–9. */
export function markOutlineLevels(documentXml: string, stylesXml: string | null): string {
  // a document that never mentions an outline level is left as it is
  if (!documentXml.includes('w:outlineLvl') && !(stylesXml ?? '').includes('w:outlineLvl')) return documentXml;
  const styles = readParagraphStyles(stylesXml);
  return rewriteParagraphs(documentXml, (properties) => {
    const level = properties.outlineLvl ?? styleOutline(properties.pStyle, styles);
    if (level === null || level < 0 || level > 8) return null;
    return { insertRuns: markerRun(OUTLINE_OPEN + String(level + 1) + OUTLINE_CLOSE), dropNumbering: false };
  });
}

/** the nearest outline level along the style's `basedOn` chain */
function styleOutline(styleId: string | null, styles: Map<string, ParagraphStyle>): number | null {
  return styleChain(styleId, styles).find((style) => style.outlineLvl !== null)?.outlineLvl ?? null;
}
