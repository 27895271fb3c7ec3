/**
 * The unpacked parts of a .docx as mammoth's document file: mammoth reads
 * parts through an object with `exists` and `read` (what it builds itself
 * from a zip), and accepts one as `{ file }`. Handing it our parts means
 * mammoth never sees the zip: nothing is inflated twice, nothing is re-zipped,
 * and every byte it reads is one we inflated under the size bounds.
 */
import type { ZipFile } from './zip-entries.js';

export interface DocxParts {
  exists(name: string): boolean;
  read(name: string, encoding?: string): Promise<string | Uint8Array>;
  /** mammoth only writes when embedding a style map, which we never do */
  write(name: string, contents: string): void;
  toArrayBuffer(): Promise<ArrayBuffer>;
}

const UTF8 = /^utf-?8$/i;

/**
 * Parts by name (of two entries with one name the last wins, as in a zip
 * reader); `texts` are parts already decoded, or rewritten, served as they are
 * when mammoth asks for UTF-8 text.
 */
export function docxParts(files: readonly ZipFile[], texts: ReadonlyMap<string, string> = new Map()): DocxParts {
  const byName = new Map(files.map((file) => [file.name, file.data]));
  return {
    exists: (name) => byName.has(name) || texts.has(name),
    read: async (name, encoding) => {
      const text = texts.get(name);
      if (text !== undefined && encoding !== undefined && UTF8.test(encoding)) return text;
      const data = byName.get(name) ?? (text === undefined ? undefined : new TextEncoder().encode(text));
      if (data === undefined) throw new Error(`no part ${name} in the document`);
      if (encoding === 'base64') return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('base64');
      return encoding ? new TextDecoder(encoding).decode(data) : data;
    },
    write: () => {
      throw new Error('the document is read-only');
    },
    toArrayBuffer: () => Promise.reject(new Error('the document is read-only')),
  };
}
