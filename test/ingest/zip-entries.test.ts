import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readZipDirectory, readZipEntry, writeZip, ZipFormatError, ZipSizeError } from '../../src/ingest/zip-entries.js';
import { understateFirstEntry } from './docx-builder.js';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('zip entries', () => {
  it('round-trips files, deflated and stored, with the same bytes each time', () => {
    const files = [
      { name: 'a.txt', data: encode('hello '.repeat(100)) },
      { name: '文件/中文.xml', data: encode('<x>中文</x>') },
      { name: 'empty', data: new Uint8Array(0) },
    ];
    for (const deflate of [true, false]) {
      const zip = writeZip(files, { deflate });
      expect(writeZip(files, { deflate })).toEqual(zip);
      const entries = readZipDirectory(zip);
      expect(entries.map((e) => [e.name, e.uncompressedSize, e.method])).toEqual(files.map((f) => [f.name, f.data.length, deflate ? 8 : 0]));
      entries.forEach((entry, i) => expect(Buffer.from(readZipEntry(zip, entry)).equals(files[i]!.data)).toBe(true));
    }
  });

  it('refuses to inflate past the declared size when the directory lies', () => {
    const zip = writeZip([{ name: 'bomb.xml', data: new Uint8Array(5_000_000) }], { deflate: true });
    const lying = understateFirstEntry(zip, 1000);
    const [entry] = readZipDirectory(lying);
    expect(entry!.uncompressedSize).toBe(1000);
    expect(() => readZipEntry(lying, entry!)).toThrow(ZipSizeError);
  });

  it('reports a truncated zip as a format error, not a crash', () => {
    const zip = writeZip([{ name: 'a.txt', data: encode('x'.repeat(10_000)) }], { deflate: false });
    expect(() => readZipDirectory(zip.subarray(0, zip.length - 30))).toThrow(ZipFormatError);
    const entries = readZipDirectory(zip);
    const cut = Uint8Array.from(zip);
    cut.fill(0, 40, 200); // damage the data, keep the directory
    expect(() => readZipEntry(cut, { ...entries[0]!, method: 8 })).toThrow(ZipFormatError);
  });

  it('rejects an entry whose raw deflate data is garbage', () => {
    const good = writeZip([{ name: 'a.txt', data: encode('abc') }], { deflate: true });
    const [entry] = readZipDirectory(good);
    const garbage = Uint8Array.from(good);
    garbage.set(deflateRawSync(encode('abc')).map(() => 0xff), 30 + entry!.name.length);
    expect(() => readZipEntry(garbage, entry!)).toThrow(ZipFormatError);
  });
});
