/**
 * Edits of a real OLE2 file (a .doc made by LibreOffice) for tests: renaming
 * a directory entry turns a Word document into another OLE2 kind (an
 * encrypted package, a Works file) without writing a compound file by hand.
 */
const ENTRY_BYTES = 128;

/** The offset of the directory entry named `name` (found by its UTF-16 name and length field). */
function entryOffset(bytes: Uint8Array, name: string): number {
  const buffer = Buffer.from(bytes);
  const needle = Buffer.from(`${name}\0`, 'utf16le');
  for (let at = buffer.indexOf(needle); at !== -1; at = buffer.indexOf(needle, at + 1)) {
    // a directory entry starts at a 128-byte boundary of its sector and records the name's byte length at +64
    if (at % ENTRY_BYTES === 0 && buffer.readUInt16LE(at + 64) === needle.length) return at;
  }
  throw new Error(`no directory entry ${name}`);
}

export function renameOleEntry(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const out = Buffer.from(bytes);
  const at = entryOffset(out, from);
  out.fill(0, at, at + 64);
  Buffer.from(`${to}\0`, 'utf16le').copy(out, at);
  out.writeUInt16LE((to.length + 1) * 2, at + 64);
  return new Uint8Array(out);
}

/** The file offset of a stream's first sector (regular sectors only: the stream must be ≥ 4096 bytes). */
export function streamStart(bytes: Uint8Array, name: string): { offset: number; size: number } {
  const buffer = Buffer.from(bytes);
  const at = entryOffset(buffer, name);
  const sectorSize = 1 << buffer.readUInt16LE(30);
  const size = buffer.readUInt32LE(at + 120);
  if (size < 4096) throw new Error(`${name} lives in the mini stream`);
  return { offset: (buffer.readUInt32LE(at + 116) + 1) * sectorSize, size };
}

/** Points the first allocation-table entry of a stream's chain back at itself via a two-sector loop. */
export function loopChain(bytes: Uint8Array, name: string): Uint8Array {
  const out = Buffer.from(bytes);
  const at = entryOffset(out, name);
  const sectorSize = 1 << out.readUInt16LE(30);
  const first = out.readUInt32LE(at + 116);
  const fatSector = out.readUInt32LE(76);
  const fatOffset = (fatSector + 1) * sectorSize;
  const second = out.readUInt32LE(fatOffset + first * 4);
  // second → first: the chain never ends
  out.writeUInt32LE(first, fatOffset + second * 4);
  return new Uint8Array(out);
}
