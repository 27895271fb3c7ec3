/**
 * Reading a zip (a .docx) without trusting it: the central directory is read
 * first so sizes can be checked before anything is inflated, and every entry is
 * inflated with a hard output bound so a directory that lies about sizes still
 * cannot make us allocate more than it declared.
 */
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate */
  method: number;
  compressedSize: number;
  /** as declared by the central directory: not trusted until inflated */
  uncompressedSize: number;
  localHeaderOffset: number;
  /** general-purpose bit 0: the entry is encrypted */
  encrypted: boolean;
}

/** The zip's structure is broken (truncated download, cut-off copy): not a size or safety problem. */
export class ZipFormatError extends Error {
  override readonly name = 'ZipFormatError';
}

/** An entry inflated past what the central directory declared. */
export class ZipSizeError extends Error {
  override readonly name = 'ZipSizeError';
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const ZIP64_MARKER = 0xffffffff;

/** Lists the entries from the central directory, reading no entry data. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) throw new ZipFormatError('end of central directory not found (the file is truncated or not a zip)');
  const count = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (directoryOffset === ZIP64_MARKER || directoryOffset + directorySize > eocd) {
    throw new ZipFormatError('central directory is outside the file');
  }
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_SIGNATURE) {
      throw new ZipFormatError(`central directory entry ${i} is damaged`);
    }
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const entry: ZipEntry = {
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      encrypted: (flags & 1) === 1,
    };
    if (entry.compressedSize === ZIP64_MARKER || entry.uncompressedSize === ZIP64_MARKER) {
      throw new ZipFormatError(`entry ${entry.name} uses zip64 sizes, which a Word document never needs`);
    }
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  return -1;
}

/**
 * The entry's bytes, inflated with `maxOutputLength` set to the declared size:
 * a directory that understates a bomb's size makes this throw instead of
 * allocating.
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_SIGNATURE) {
    throw new ZipFormatError(`local header of ${entry.name} is damaged`);
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipFormatError(`${entry.name} is cut off`);
  const data = bytes.subarray(start, end);
  if (entry.method === 0) {
    if (data.length !== entry.uncompressedSize) throw new ZipFormatError(`${entry.name} has the wrong size`);
    return data;
  }
  if (entry.method !== 8) throw new ZipFormatError(`${entry.name} uses compression method ${entry.method}`);
  if (entry.uncompressedSize === 0) return new Uint8Array(0);
  let out: Buffer;
  try {
    out = inflateRawSync(data, { maxOutputLength: entry.uncompressedSize });
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new ZipSizeError(`${entry.name} inflates past its declared ${entry.uncompressedSize} bytes`);
    }
    throw new ZipFormatError(`${entry.name} cannot be inflated (${(error as Error).message})`);
  }
  if (out.length !== entry.uncompressedSize) throw new ZipFormatError(`${entry.name} has the wrong size`);
  return out;
}

export interface ZipFile {
  name: string;
  data: Uint8Array;
}

/**
 * Writes a zip with fixed timestamps (1980-01-01), so the same files always
 * give the same bytes. `deflate: false` stores entries, which is what we hand
 * to mammoth: there is nothing left for it to inflate.
 */
export function writeZip(files: readonly ZipFile[], options: { deflate: boolean }): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.name, 'utf8');
    const data = options.deflate ? deflateRawSync(file.data, { level: 9 }) : Buffer.from(file.data);
    const method = options.deflate ? 8 : 0;
    const crc = crc32(file.data);
    // From "version needed" to "name length" the local and central headers share one layout.
    const shared = { method, crc, compressedSize: data.length, size: file.data.length, nameLength: name.length };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_SIGNATURE, 0);
    writeSharedFields(local, 4, shared);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL_SIGNATURE, 0);
    central.writeUInt16LE(20, 4); // version made by
    writeSharedFields(central, 6, shared);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD_SIGNATURE, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const DOS_DATE_1980_01_01 = (0 << 9) | (1 << 5) | 1;

function writeSharedFields(
  header: Buffer,
  at: number,
  fields: { method: number; crc: number; compressedSize: number; size: number; nameLength: number },
): void {
  header.writeUInt16LE(20, at); // version needed: 2.0
  header.writeUInt16LE(0x0800, at + 2); // names are UTF-8
  header.writeUInt16LE(fields.method, at + 4);
  header.writeUInt16LE(0, at + 6); // time 00:00
  header.writeUInt16LE(DOS_DATE_1980_01_01, at + 8);
  header.writeUInt32LE(fields.crc, at + 10);
  header.writeUInt32LE(fields.compressedSize, at + 14);
  header.writeUInt32LE(fields.size, at + 18);
  header.writeUInt16LE(fields.nameLength, at + 22);
}
