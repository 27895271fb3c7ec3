/**
 * Bytes → string for text files. Reports arrive as UTF-8 (with or without a
 * BOM), UTF-16 with a BOM, or GB18030/GBK from older Chinese Windows tools.
 * A BOM decides; otherwise UTF-8 is tried strictly first (it rarely decodes
 * by accident) and GB18030 second. Bytes that are not text at all are refused
 * rather than turned into garbage paragraphs.
 */
import { IngestError } from './ingest-error.js';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/**
 * Above this share of suspicious characters (controls other than layout
 * whitespace, replacement characters, private-use code points) the "text" is
 * binary that happened to decode. Real reports have none or a stray one.
 */
const MAX_SUSPICIOUS_SHARE = 0.02;

export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = byteOrderMark(bytes);
  if (bom !== null) {
    const text = strictDecode(bom.label, bytes.subarray(bom.length));
    if (text === null) throw notText(`声明为 ${bom.encoding} 编码（有字节顺序标记），但内容不是有效的 ${bom.encoding}`, `it declares ${bom.encoding} (byte-order mark) but the bytes are not valid ${bom.encoding}`);
    return checked({ text, encoding: bom.encoding });
  }
  // NUL never occurs in UTF-8 or GB18030 text; outside UTF-16 it means binary.
  if (bytes.includes(0)) {
    throw notText('含有空字节（NUL），是二进制文件或不带字节顺序标记的 UTF-16', 'it contains NUL bytes: a binary file, or UTF-16 without a byte-order mark');
  }
  const utf8 = strictDecode('utf-8', bytes);
  if (utf8 !== null) return checked({ text: utf8, encoding: 'utf-8' });
  const gb = strictDecode('gb18030', bytes);
  if (gb !== null) return checked({ text: gb, encoding: 'gb18030' });
  throw notText('既不是有效的 UTF-8，也不是有效的 GB18030/GBK 文本', 'it is neither valid UTF-8 nor valid GB18030/GBK text');
}

interface Bom {
  encoding: TextEncoding;
  label: string;
  length: number;
}

function byteOrderMark(b: Uint8Array): Bom | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8-bom', label: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', label: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', label: 'utf-16be', length: 2 };
  return null;
}

function strictDecode(label: string, bytes: Uint8Array): string | null {
  try {
    // ignoreBOM: the BOM (if any) was already cut off; a second one is content.
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function checked(decoded: DecodedText): DecodedText {
  const suspicious = countSuspicious(decoded.text);
  if (suspicious >= 2 && suspicious > decoded.text.length * MAX_SUSPICIOUS_SHARE) {
    throw notText(`解码后含有大量控制字符或无效字符（${suspicious} 个），是二进制文件`, `after decoding it is full of control or invalid characters (${suspicious}): a binary file`);
  }
  return decoded;
}

function countSuspicious(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // tab, LF, VT, FF, CR are layout (Word writes VT for a soft line break)
    if ((c < 0x20 && (c < 0x09 || c > 0x0d)) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff)) n++;
  }
  return n;
}

function notText(zhWhat: string, enWhat: string): IngestError {
  return new IngestError(
    'binary',
    `该文件不是可读的文本：${zhWhat}。请确认提交的是自评报告本身，另存为 .docx 或 UTF-8 编码的 .txt 后重新提交。`,
    `The file is not readable text: ${enWhat}. Check that it is the self-evaluation report itself, save it as .docx or as UTF-8 .txt, and submit it again.`,
  );
}
