/**
 * Mutations of real reports, as plain functions of a file and a few numbers
 * fast-check draws: byte flips, truncation, reordered table rows, odd
 * Unicode, numbers split by spaces or commas. The docx forms apply the same
 * idea to the XML inside the zip and re-zip it, so the mutation reaches the
 * reader instead of stopping at a broken zip.
 */
import fc from 'fast-check';
import { entryText, readZip, replaceEntry, writeZip } from './zip.js';

/** Characters that break naive text handling: zero-width, BOM, bidi marks, combining marks, odd spaces. */
export const ODD_CHARS = [
  '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u200E', '\u200F', '\u202E', '\u202D', '\u0301', '\u0308',
  '\u3000', '\u00A0', '\u2028', '\uFFFD', '\u0000', '\uD83D\uDCB0', '％', '．', '，',
] as const;

export interface Flip {
  at: number;
  xor: number;
}
export interface Insertion {
  at: number;
  char: string;
}

export const flipsArb = fc.array(fc.record({ at: fc.nat(), xor: fc.integer({ min: 1, max: 255 }) }), { minLength: 1, maxLength: 12 });
export const insertionsArb = fc.array(fc.record({ at: fc.nat(), char: fc.constantFrom(...ODD_CHARS) }), { minLength: 1, maxLength: 30 });
export const picksArb = fc.array(fc.nat(), { minLength: 1, maxLength: 20 });
export const fractionArb = fc.double({ min: 0, max: 1, noNaN: true });

export function flipBytes(bytes: Uint8Array, flips: readonly Flip[]): Buffer {
  const out = Buffer.from(bytes);
  for (const { at, xor } of flips) if (out.length > 0) out[at % out.length]! ^= xor;
  return out;
}

export function truncate(bytes: Uint8Array, fraction: number): Buffer {
  return Buffer.from(bytes.subarray(0, Math.floor(bytes.length * fraction)));
}

export function injectChars(text: string, insertions: readonly Insertion[]): string {
  const chars = [...text];
  for (const { at, char } of insertions) chars.splice(at % (chars.length + 1), 0, char);
  return chars.join('');
}

/** Some ASCII digits become full-width (２４ for 24), as typed on a Chinese keyboard. */
export function fullWidthDigits(text: string, picks: readonly number[]): string {
  const digits = [...text.matchAll(/[0-9]/g)].map((m) => m.index);
  if (digits.length === 0) return text;
  const chosen = new Set(picks.map((p) => digits[p % digits.length]));
  return text.replace(/[0-9]/g, (d, index: number) => (chosen.has(index) ? String.fromCharCode(d.charCodeAt(0) + 0xfee0) : d));
}

const SPLITTERS = [' ', ',', '，', '\u00A0', ' , '] as const;

/** Some numbers of two or more digits get a space or comma inside (`27 35.6`, `1,546`). */
export function splitNumbers(text: string, picks: readonly number[]): string {
  const runs = [...text.matchAll(/[0-9]{2,}/g)].map((m) => m.index);
  if (runs.length === 0) return text;
  const chosen = new Map(picks.map((p) => [runs[p % runs.length], p]));
  return text.replace(/[0-9]{2,}/g, (run, index: number) => {
    const p = chosen.get(index);
    if (p === undefined) return run;
    const cut = 1 + (p % (run.length - 1));
    return `${run.slice(0, cut)}${SPLITTERS[p % SPLITTERS.length]}${run.slice(cut)}`;
  });
}

/** Moves table rows of a seed-style text (tab-prefixed cells, rows split by blank lines) by the given swaps. */
export function reorderTextRows(text: string, picks: readonly number[]): string {
  const parts = text.split(/(\n\n+)/);
  const rowIndexes = parts.flatMap((part, i) => (/^\t/.test(part) && part.includes('\n\t') ? [i] : []));
  return swapAt(parts, rowIndexes, picks).join('');
}

/** Moves `<w:tr>` rows of the document's tables by the given swaps (rows stay inside table bodies). */
export function reorderDocxRows(xml: string, picks: readonly number[]): string {
  // Top-level rows only: a row holding a nested table would not survive a regex split.
  const parts = xml.split(/(<w:tr(?:\s[^>]*)?>(?:(?!<w:tbl[\s>]).)*?<\/w:tr>)/s);
  const rowIndexes = parts.flatMap((part, i) => (part.startsWith('<w:tr') ? [i] : []));
  return swapAt(parts, rowIndexes, picks).join('');
}

function swapAt(parts: string[], indexes: readonly number[], picks: readonly number[]): string[] {
  if (indexes.length < 2) return parts;
  const out = [...parts];
  for (let k = 0; k + 1 < picks.length; k += 2) {
    const a = indexes[picks[k]! % indexes.length]!;
    const b = indexes[picks[k + 1]! % indexes.length]!;
    [out[a], out[b]] = [out[b]!, out[a]!];
  }
  return out;
}

/** Applies a text transformation to the character data of an XML document only, leaving tags intact. */
export function mapXmlText(xml: string, transform: (text: string) => string): string {
  const pieces = xml.split(/(<[^>]*>)/);
  // Gather the text runs, transform them as one string, then hand the characters back run by run.
  const SEP = '\u0001';
  const texts = pieces.filter((_, i) => i % 2 === 0);
  const changed = transform(texts.join(SEP)).split(SEP);
  if (changed.length !== texts.length) return xml;
  return pieces.map((piece, i) => (i % 2 === 0 ? escapeXmlText(changed[i / 2] ?? '') : piece)).join('');
}

// Injected characters are text: the XML ones must be escaped, and NUL/\u0001-style controls are not allowed in XML 1.0.
function escapeXmlText(text: string): string {
  return text.replace(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g, '&amp;').replace(/</g, '&lt;').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
}

export const DOCUMENT_XML = 'word/document.xml';

export function mapDocumentXml(docx: Uint8Array, transform: (xml: string) => string): Buffer {
  return replaceEntry(docx, DOCUMENT_XML, Buffer.from(transform(entryText(docx, DOCUMENT_XML)), 'utf8'));
}

/** Flips bytes inside one zip entry (chosen by `entryPick`), then re-zips with a valid directory. */
export function flipInsideEntry(docx: Uint8Array, entryPick: number, flips: readonly Flip[]): Buffer {
  const entries = readZip(docx);
  // Half the time the document body, where the content is; otherwise any part (styles, numbering, rels, content types).
  const index = entryPick % 2 === 0 ? entries.findIndex((e) => e.name === DOCUMENT_XML) : entryPick % entries.length;
  return writeZip(entries.map((e, i) => (i === index ? { name: e.name, data: flipBytes(e.data, flips) } : e)));
}

/** Truncates one zip entry's content (chosen by `entryPick`), then re-zips. */
export function truncateEntry(docx: Uint8Array, entryPick: number, fraction: number): Buffer {
  const entries = readZip(docx);
  const index = entryPick % 2 === 0 ? entries.findIndex((e) => e.name === DOCUMENT_XML) : entryPick % entries.length;
  return writeZip(entries.map((e, i) => (i === index ? { name: e.name, data: truncate(e.data, fraction) } : e)));
}
