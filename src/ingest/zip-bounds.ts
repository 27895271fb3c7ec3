/**
 * The bounds every zip-based Office file (.docx, .xlsx) passes before any
 * library sees it: sizes checked from the central directory first, each entry
 * inflated with a hard output limit, XML parts declaring entities refused.
 * `corrupt` is the format's own "damaged file" refusal.
 */
import type { IngestError } from './ingest-error.js';
import type { IngestLimits } from './limits.js';
import { refuse, size } from './refusals.js';
import { readZipDirectory, readZipEntry, ZipFormatError, ZipSizeError, type ZipEntry, type ZipFile } from './zip-entries.js';

const MAX_ENTRIES = 10_000;
/** deflate cannot do better than ~1032:1; real Office XML stays far below 200:1 */
const MAX_RATIO = 200;
/** small entries may compress absurdly well without harm */
const RATIO_CHECK_FROM = 1024 * 1024;

type Corrupt = (detail: string) => IngestError;

export function directoryOf(bytes: Uint8Array, corrupt: Corrupt): ZipEntry[] {
  try {
    return readZipDirectory(bytes);
  } catch (error) {
    if (error instanceof ZipFormatError) throw corrupt(error.message);
    throw error;
  }
}

/** Before inflating anything: the declared sizes must be sane. */
export function checkDeclaredSizes(entries: readonly ZipEntry[], limits: IngestLimits, corrupt: Corrupt): void {
  if (entries.length > MAX_ENTRIES) {
    throw refuse.zipBomb(`${entries.length} 个条目 / ${entries.length} entries`, limits.maxInflatedBytes);
  }
  const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (total > limits.maxInflatedBytes) {
    throw refuse.zipBomb(size(total), limits.maxInflatedBytes);
  }
  for (const entry of entries) {
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize >= RATIO_CHECK_FROM && ratio > MAX_RATIO) {
      throw refuse.zipBomb(`${entry.name} ${Math.round(ratio)}:1`, limits.maxInflatedBytes);
    }
  }
  const encrypted = entries.find((entry) => entry.encrypted);
  if (encrypted) throw corrupt(`${encrypted.name} is encrypted inside the zip`);
}

/**
 * Every entry inflated, each bounded by its declared size (already checked
 * against the limit). Entries matching `opaque` (pictures, embedded objects)
 * hold no text we read: they are passed on empty.
 */
export function unpack(bytes: Uint8Array, entries: readonly ZipEntry[], limits: IngestLimits, opaque: RegExp, corrupt: Corrupt): ZipFile[] {
  return entries
    .filter((entry) => !entry.name.endsWith('/'))
    .map((entry) => {
      if (opaque.test(entry.name)) return { name: entry.name, data: new Uint8Array(0) };
      try {
        return { name: entry.name, data: readZipEntry(bytes, entry) };
      } catch (error) {
        if (error instanceof ZipSizeError) throw refuse.zipBomb(error.message, limits.maxInflatedBytes);
        if (error instanceof ZipFormatError) throw corrupt(error.message);
        throw error;
      }
    });
}

const ENTITY_DECLARATION = /<!(?:DOCTYPE|ENTITY)/i;

/**
 * Office never writes a DTD. One in a part means crafted XML (external
 * entities reading local files, or billion-laughs expansion): refuse rather
 * than hope the XML parser downstream leaves the entities alone.
 */
export function refuseEntityDeclarations(file: ZipFile): void {
  if (!/\.(xml|rels|vml)$/i.test(file.name)) return;
  // Check both the bytes as 8-bit text and with NULs removed, so UTF-16 XML cannot hide it.
  const latin1 = Buffer.from(file.data.buffer, file.data.byteOffset, file.data.byteLength).toString('latin1');
  if (ENTITY_DECLARATION.test(latin1) || (latin1.includes('\0') && ENTITY_DECLARATION.test(latin1.replace(/\0/g, '')))) {
    throw refuse.xmlEntities(file.name);
  }
}
