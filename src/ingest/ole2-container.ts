/**
 * Reading an OLE2 compound file (the container of .doc/.wps/.xls and of a
 * password-protected .docx) without trusting it. Every sector chain is
 * followed with a visited set and must stay inside the file, so a crafted
 * allocation table (a loop, a pointer past the end) ends as an error instead
 * of an endless loop or an allocation the size of what the file claims.
 * Only the top-level streams are listed: that is where Word, Excel and the
 * encryption wrapper keep theirs (an embedded object's streams are not the
 * document's).
 */

/** The container is damaged or crafted: what is wrong, in plain English for the refusal. */
export class Ole2FormatError extends Error {
  override readonly name = 'Ole2FormatError';
}

export interface Ole2Container {
  /** names of the streams directly under the root */
  streamNames: ReadonlySet<string>;
  /** a top-level stream's bytes, or null when there is none by that name */
  stream(name: string): Uint8Array | null;
}

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const NO_STREAM = 0xffffffff;
const HEADER_DIFAT_ENTRIES = 109;
const DIRECTORY_ENTRY_BYTES = 128;
const TYPE_STREAM = 2;
const TYPE_ROOT = 5;

interface DirectoryEntry {
  name: string;
  type: number;
  left: number;
  right: number;
  child: number;
  start: number;
  size: number;
}

export function readOle2(bytes: Uint8Array): Ole2Container {
  if (bytes.length < 512 || !SIGNATURE.every((b, i) => bytes[i] === b)) throw new Ole2FormatError('the OLE2 header is missing or cut off');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number): number => view.getUint32(at, true);
  if (view.getUint16(28, true) !== 0xfffe) throw new Ole2FormatError('the OLE2 header has a wrong byte-order mark');
  const sectorShift = view.getUint16(30, true);
  const miniShift = view.getUint16(32, true);
  if ((sectorShift !== 9 && sectorShift !== 12) || miniShift !== 6) throw new Ole2FormatError('the OLE2 header has an impossible sector size');
  const sectorSize = 1 << sectorShift;
  const sectorCount = Math.max(0, Math.ceil((bytes.length - sectorSize) / sectorSize));
  const miniCutoff = u32(56);

  const sectorBytes = (sector: number): Uint8Array => {
    const start = (sector + 1) * sectorSize;
    if (sector >= sectorCount || start >= bytes.length) throw new Ole2FormatError(`sector ${sector} is outside the file (the file is truncated or damaged)`);
    // the last sector of a file may be short: missing bytes read as zero, as Office does
    const end = Math.min(bytes.length, start + sectorSize);
    if (end - start === sectorSize) return bytes.subarray(start, end);
    const padded = new Uint8Array(sectorSize);
    padded.set(bytes.subarray(start, end));
    return padded;
  };

  // the allocation table's own sectors: 109 listed in the header, the rest in a chain of DIFAT sectors
  const fatSectors: number[] = [];
  const fatSectorCount = u32(44);
  if (fatSectorCount > sectorCount) throw new Ole2FormatError('the allocation table is larger than the file');
  for (let i = 0; i < HEADER_DIFAT_ENTRIES && fatSectors.length < fatSectorCount; i++) fatSectors.push(u32(76 + i * 4));
  const seenDifat = new Set<number>();
  for (let difat = u32(68); fatSectors.length < fatSectorCount && difat !== END_OF_CHAIN && difat !== FREE; ) {
    if (seenDifat.has(difat)) throw new Ole2FormatError('the allocation table list loops');
    seenDifat.add(difat);
    const data = sectorBytes(difat);
    const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
    for (let at = 0; at < sectorSize - 4 && fatSectors.length < fatSectorCount; at += 4) fatSectors.push(dv.getUint32(at, true));
    difat = dv.getUint32(sectorSize - 4, true);
  }
  if (fatSectors.length < fatSectorCount) throw new Ole2FormatError('the allocation table list is cut off');
  const fat = tableOf(fatSectors.map(sectorBytes));

  /** a chain's sectors, each visited once, all inside the file */
  const chain = (start: number, table: Uint32Array, limit: number, what: string): number[] => {
    const sectors: number[] = [];
    const seen = new Set<number>();
    for (let sector = start; sector !== END_OF_CHAIN; sector = table[sector]!) {
      if (sector === FREE || sector >= table.length || sector >= limit) throw new Ole2FormatError(`the ${what} points outside the file`);
      if (seen.has(sector)) throw new Ole2FormatError(`the ${what} loops`);
      seen.add(sector);
      sectors.push(sector);
    }
    return sectors;
  };

  const directoryData = concat(chain(u32(48), fat, sectorCount, 'directory chain').map(sectorBytes));
  const entries: DirectoryEntry[] = [];
  const dirView = new DataView(directoryData.buffer, directoryData.byteOffset, directoryData.byteLength);
  for (let at = 0; at + DIRECTORY_ENTRY_BYTES <= directoryData.length; at += DIRECTORY_ENTRY_BYTES) {
    const nameBytes = Math.min(64, dirView.getUint16(at + 64, true));
    entries.push({
      name: Buffer.from(directoryData.buffer, directoryData.byteOffset + at, Math.max(0, nameBytes - 2)).toString('utf16le'),
      type: dirView.getUint8(at + 66),
      left: dirView.getUint32(at + 68, true),
      right: dirView.getUint32(at + 72, true),
      child: dirView.getUint32(at + 76, true),
      start: dirView.getUint32(at + 116, true),
      size: dirView.getUint32(at + 120, true),
    });
  }
  const root = entries[0];
  if (!root || root.type !== TYPE_ROOT) throw new Ole2FormatError('the directory has no root entry');

  const topLevel = new Map<string, DirectoryEntry>();
  const visited = new Set<number>();
  const pending = [root.child];
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (id === NO_STREAM) continue;
    const entry = entries[id];
    if (!entry || visited.has(id)) throw new Ole2FormatError('the directory tree is damaged');
    visited.add(id);
    if (entry.type === TYPE_STREAM && !topLevel.has(entry.name)) topLevel.set(entry.name, entry);
    pending.push(entry.left, entry.right);
  }

  let mini: { table: Uint32Array; stream: Uint8Array } | null = null;
  const miniStream = (): { table: Uint32Array; stream: Uint8Array } => {
    if (!mini) {
      const table = tableOf(chain(u32(60), fat, sectorCount, 'mini allocation chain').map(sectorBytes));
      const stream = concat(chain(root.start, fat, sectorCount, 'mini stream chain').map(sectorBytes));
      mini = { table, stream };
    }
    return mini;
  };

  const read = (entry: DirectoryEntry): Uint8Array => {
    if (entry.size === 0) return new Uint8Array(0);
    if (entry.size < miniCutoff) {
      const { table, stream } = miniStream();
      const sectors = chain(entry.start, table, Math.floor(stream.length / 64), `mini chain of ${entry.name}`);
      const data = concat(sectors.map((s) => stream.subarray(s * 64, s * 64 + 64)));
      if (data.length < entry.size) throw new Ole2FormatError(`the stream ${entry.name} is cut off`);
      return data.subarray(0, entry.size);
    }
    // a chain can hold at most the file's sectors: a size beyond that is a lie, found before allocating
    if (entry.size > bytes.length) throw new Ole2FormatError(`the stream ${entry.name} claims to be larger than the file`);
    const data = concat(chain(entry.start, fat, sectorCount, `chain of ${entry.name}`).map(sectorBytes));
    if (data.length < entry.size) throw new Ole2FormatError(`the stream ${entry.name} is cut off`);
    return data.subarray(0, entry.size);
  };

  return {
    streamNames: new Set(topLevel.keys()),
    stream: (name) => {
      const entry = topLevel.get(name);
      return entry ? read(entry) : null;
    },
  };
}

function tableOf(sectors: readonly Uint8Array[]): Uint32Array {
  const data = concat(sectors);
  const table = new Uint32Array(data.length / 4);
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  for (let i = 0; i < table.length; i++) table[i] = view.getUint32(i * 4, true);
  return table;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  return Buffer.concat(parts);
}
