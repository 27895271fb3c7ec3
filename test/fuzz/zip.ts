/**
 * Just enough zip to take a .docx apart and put it back together with a
 * valid central directory, so a mutation reaches the XML inside instead of
 * stopping at the zip layer. Stored or deflated entries only (what Word and
 * the `docx` package write).
 */
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  data: Buffer;
}

export function readZip(zip: Uint8Array): ZipEntry[] {
  const buf = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip: no end of central directory');
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(at + 10);
    const compressedSize = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const localOffset = buf.readUInt32LE(at + 42);
    const name = buf.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataStart = localOffset + 30 + buf.readUInt16LE(localOffset + 26) + buf.readUInt16LE(localOffset + 28);
    const raw = buf.subarray(dataStart, dataStart + compressedSize);
    entries.push({ name, data: method === 0 ? Buffer.from(raw) : inflateRawSync(raw) });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** A zip of the entries, deflated (or stored when `store`), with correct sizes and CRCs. */
export function writeZip(entries: readonly ZipEntry[], options: { store?: boolean } = {}): Buffer {
  return writeRawZip(
    entries.map((entry) => ({
      name: entry.name,
      body: options.store ? entry.data : deflateRawSync(entry.data),
      method: options.store ? 0 : 8,
      crc: crc32(entry.data) >>> 0,
      size: entry.data.length,
    })),
  );
}

/** An already-compressed entry, with whatever sizes and CRC the caller claims (a zip bomb may lie). */
export interface RawZipEntry {
  name: string;
  body: Buffer;
  method: 0 | 8;
  crc: number;
  /** the uncompressed size written in the headers */
  size: number;
}

export function writeRawZip(entries: readonly RawZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.crc, 14);
    local.writeUInt32LE(entry.body.length, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.crc, 16);
    central.writeUInt32LE(entry.body.length, 20);
    central.writeUInt32LE(entry.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.body);
    centrals.push(central, name);
    offset += local.length + name.length + entry.body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The same zip with one entry's bytes replaced. */
export function replaceEntry(zip: Uint8Array, name: string, data: Buffer): Buffer {
  const entries = readZip(zip);
  if (!entries.some((e) => e.name === name)) throw new Error(`no ${name} in the zip`);
  return writeZip(entries.map((e) => (e.name === name ? { name, data } : e)));
}

export function entryText(zip: Uint8Array, name: string): string {
  const entry = readZip(zip).find((e) => e.name === name);
  if (!entry) throw new Error(`no ${name} in the zip`);
  return entry.data.toString('utf8');
}
