/**
 * What a file is, from its first bytes: the name is only what someone typed
 * (legacy .doc files renamed to .docx are common).
 */
import { readZipDirectory } from './zip-entries.js';

export type SniffedFormat = 'empty' | 'zip' | 'ole2' | 'pdf' | 'text';

const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
/** OLE2 compound file: legacy .doc/.wps, and also an encrypted (password-protected) .docx */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46]; // %PDF

export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  if (isBlank(bytes)) return 'empty';
  if (startsWith(bytes, ZIP_LOCAL) || startsWith(bytes, ZIP_EMPTY)) return 'zip';
  if (startsWith(bytes, OLE2)) return 'ole2';
  if (startsWith(bytes, PDF, skipLeadingWhitespace(bytes))) return 'pdf';
  return 'text';
}

/**
 * A zip whose directory names an Excel workbook part (.xlsx). When the
 * directory is damaged (a truncated download), the part names in the local
 * headers still say which it was meant to be, so the refusal names the right format.
 */
export function isWorkbook(bytes: Uint8Array): boolean {
  try {
    return readZipDirectory(bytes).some((entry) => entry.name === 'xl/workbook.xml');
  } catch {
    const names = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return names.includes('xl/workbook.xml') && !names.includes('word/document.xml');
  }
}

function startsWith(bytes: Uint8Array, magic: readonly number[], from = 0): boolean {
  return magic.every((b, i) => bytes[from + i] === b);
}

function skipLeadingWhitespace(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length && i < 1024 && isWhitespaceByte(bytes[i]!)) i++;
  return i;
}

/** Zero bytes, or nothing but whitespace (ASCII, a BOM, UTF-16 zeros, full-width spaces). */
function isBlank(bytes: Uint8Array): boolean {
  // A real file shows a non-blank character within its first bytes: only a blank head is worth decoding whole.
  // (streaming decode of the head, so a character cut at the boundary is not counted)
  const blank = (part: Uint8Array): boolean => decodeLoosely(part).replace(/[\s\u3000\ufeff\u0000]/g, '') === '';
  return blank(bytes.subarray(0, 4096)) && (bytes.length <= 4096 || blank(bytes));
}

function decodeLoosely(bytes: Uint8Array): string {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  return new TextDecoder(encoding).decode(bytes, { stream: true });
}

function isWhitespaceByte(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
}
