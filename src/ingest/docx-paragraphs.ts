/**
 * Visiting and rewriting the paragraphs of document.xml as text, without
 * building a DOM: a report with a few thousand table rows has tens of
 * thousands of paragraphs, and a DOM round trip over them cost seconds where
 * this costs milliseconds. Only each paragraph's own properties (`w:pPr`) are
 * read, and the only edits are dropping its `w:numPr` and putting runs first.
 *
 * Paragraphs inside `mc:Choice` are skipped: text boxes are stored twice (a
 * DrawingML choice and a VML fallback) and mammoth reads the fallback.
 */

export interface ParagraphProperties {
  numId: string | null;
  ilvl: number | null;
  pStyle: string | null;
  outlineLvl: number | null;
}

export interface ParagraphEdit {
  /** WordprocessingML runs to put first in the paragraph */
  insertRuns: string;
  /** remove the paragraph's own `w:numPr` (so mammoth does not render a list item) */
  dropNumbering: boolean;
}

const PARAGRAPH_OPEN = /<w:p(?=[\s>/])[^>]*>/g;
const PPR_TAG = /<(\/?)w:pPr(?=[\s>/])[^>]*?(\/?)>/g;
const CHOICE_TAG = /<(\/?)mc:Choice(?=[\s>/])[^>]*?(\/?)>/g;
const PPR_CHANGE = /<w:pPrChange(?=[\s>/])[\s\S]*?<\/w:pPrChange>/;
const NUM_PR = /<w:numPr(?=[\s>/])(?:[^>]*\/>|[\s\S]*?<\/w:numPr>)/;

export function rewriteParagraphs(xml: string, edit: (properties: ParagraphProperties) => ParagraphEdit | null): string {
  const choices = elementRanges(xml, CHOICE_TAG);
  const pieces: string[] = [];
  let copiedTo = 0;
  let choice = 0;
  for (const open of xml.matchAll(PARAGRAPH_OPEN)) {
    const start = open.index;
    const afterOpen = start + open[0].length;
    if (open[0].endsWith('/>')) continue; // an empty paragraph
    while (choice < choices.length && choices[choice]![1] <= start) choice++;
    if (choice < choices.length && choices[choice]![0] <= start) continue;

    const pPr = paragraphProperties(xml, afterOpen);
    // a pPrChange holds the properties before a tracked change: not the ones in force
    const own = !pPr ? '' : pPr.text.includes('<w:pPrChange') ? pPr.text.replace(PPR_CHANGE, (change) => ' '.repeat(change.length)) : pPr.text;
    const change = edit(readProperties(own));
    if (!change) continue;

    const insertAt = pPr ? pPr.end : afterOpen;
    if (pPr && change.dropNumbering) {
      const numPr = NUM_PR.exec(own);
      if (numPr) {
        pieces.push(xml.slice(copiedTo, pPr.start + numPr.index));
        copiedTo = pPr.start + numPr.index + numPr[0].length;
      }
    }
    pieces.push(xml.slice(copiedTo, insertAt), change.insertRuns);
    copiedTo = insertAt;
  }
  if (copiedTo === 0) return xml;
  pieces.push(xml.slice(copiedTo));
  return pieces.join('');
}

/** The paragraph's `w:pPr` element, when it comes first in the paragraph (it always does in valid XML). */
function paragraphProperties(xml: string, from: number): { start: number; end: number; text: string } | null {
  let at = from;
  while (at < xml.length && /\s/.test(xml[at]!)) at++;
  if (!/^<w:pPr[\s>/]/.test(xml.slice(at, at + 8))) return null;
  PPR_TAG.lastIndex = at;
  let depth = 0;
  for (let tag = PPR_TAG.exec(xml); tag; tag = PPR_TAG.exec(xml)) {
    const closing = tag[1] === '/';
    const selfClosing = tag[2] === '/';
    if (!closing && !selfClosing) depth++;
    if (closing) depth--;
    if (depth === 0) {
      const end = tag.index + tag[0].length;
      return { start: at, end, text: xml.slice(at, end) };
    }
  }
  return null;
}

function readProperties(pPr: string): ParagraphProperties {
  if (pPr === '') return { numId: null, ilvl: null, pStyle: null, outlineLvl: null };
  const numPr = pPr.includes('<w:numPr') ? (NUM_PR.exec(pPr)?.[0] ?? '') : '';
  return {
    numId: attributeOf(numPr, NUM_ID),
    ilvl: toInt(attributeOf(numPr, ILVL)),
    pStyle: attributeOf(pPr, P_STYLE),
    outlineLvl: toInt(attributeOf(pPr, OUTLINE_LVL)),
  };
}

const NUM_ID = /<w:numId(?=[\s>/])[^>]*>/;
const ILVL = /<w:ilvl(?=[\s>/])[^>]*>/;
const P_STYLE = /<w:pStyle(?=[\s>/])[^>]*>/;
const OUTLINE_LVL = /<w:outlineLvl(?=[\s>/])[^>]*>/;
const VAL = /\sw:val="([^"]*)"/;

/** the `w:val` of the first element matched by `element` in `xml` */
function attributeOf(xml: string, element: RegExp): string | null {
  if (xml === '') return null;
  const tag = element.exec(xml)?.[0];
  return tag ? (VAL.exec(tag)?.[1] ?? null) : null;
}

function toInt(text: string | null): number | null {
  if (text === null) return null;
  const n = Number.parseInt(text, 10);
  return Number.isFinite(n) ? n : null;
}

/** [start, end) of every outermost element matched by `tags` (an open/close tag pattern). */
function elementRanges(xml: string, tags: RegExp): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let depth = 0;
  let start = 0;
  for (const tag of xml.matchAll(new RegExp(tags.source, 'g'))) {
    if (tag[2] === '/') continue;
    if (tag[1] !== '/') {
      if (depth === 0) start = tag.index;
      depth++;
    } else if (depth > 0 && --depth === 0) {
      ranges.push([start, tag.index + tag[0].length]);
    }
  }
  return ranges;
}
