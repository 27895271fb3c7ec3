/**
 * What the XML rewrite tells the HTML stage, carried through mammoth inside
 * the paragraph text: a run of private-use characters at the paragraph's start.
 * A marker travels with its paragraph whatever mammoth does around it, which
 * counting paragraphs on both sides would not survive (mammoth drops empty
 * paragraphs and flattens text boxes).
 *
 *   U+E000 number U+E001   the paragraph's restored list number
 *   U+E002 level  U+E003   the paragraph's outline level (1–9), when no heading style says it
 */
export const LIST_NUMBER_OPEN = '\uE000';
export const LIST_NUMBER_CLOSE = '\uE001';
export const OUTLINE_OPEN = '\uE002';
export const OUTLINE_CLOSE = '\uE003';

const ANY_MARKER = /[\uE000-\uE003]/g;

/** A WordprocessingML run carrying `text` (already wrapped in markers). */
export function markerRun(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<w:r><w:t xml:space="preserve">${escaped}</w:t></w:r>`;
}

/** What stands between `open` and `close` (the first pair), or null. */
export function markedValue(text: string, open: string, close: string): string | null {
  const start = text.indexOf(open);
  const end = start >= 0 ? text.indexOf(close, start) : -1;
  return start >= 0 && end > start ? text.slice(start + 1, end) : null;
}

/** The text with the list number kept and every marker character removed. */
export function withoutMarkers(text: string): string {
  const outline = markedValue(text, OUTLINE_OPEN, OUTLINE_CLOSE);
  const rest = outline === null ? text : text.replace(OUTLINE_OPEN + outline + OUTLINE_CLOSE, '');
  return rest.replace(ANY_MARKER, '');
}
