/**
 * A .docx → SourceDocument. The zip is unpacked here, under bounds, never by
 * mammoth: sizes are checked from the central directory first, each entry is
 * inflated with a hard output limit, XML parts declaring entities are refused,
 * list numbers and outline levels are written into document.xml, and mammoth
 * reads the parts we unpacked (docx-parts.ts), never the zip itself.
 */
import mammoth from 'mammoth';
import type { SourceDocument } from '../model.js';
import { headingStyleMap } from './docx-heading-map.js';
import { restoreListNumbers } from './docx-numbering.js';
import { markOutlineLevels } from './docx-outline.js';
import { docxParts } from './docx-parts.js';
import { usedStylesXml } from './docx-used-styles.js';
import { htmlToBlocks } from './html-blocks.js';
import { IngestError } from './ingest-error.js';
import type { IngestLimits } from './limits.js';
import { refuse, size } from './refusals.js';
import { readZipDirectory, readZipEntry, ZipFormatError, ZipSizeError, type ZipEntry, type ZipFile } from './zip-entries.js';

const DOCUMENT_PART = 'word/document.xml';
const STYLES_PART = 'word/styles.xml';
const NUMBERING_PART = 'word/numbering.xml';
/** other parts whose paragraphs mammoth reads (their style ids matter to the heading map) */
const NOTE_PARTS = ['word/footnotes.xml', 'word/endnotes.xml', 'word/comments.xml'];
const MAX_ENTRIES = 10_000;
/** deflate cannot do better than ~1032:1; real Word XML stays far below 200:1 */
const MAX_RATIO = 200;
/** small entries may compress absurdly well without harm */
const RATIO_CHECK_FROM = 1024 * 1024;

/** Other zip formats people mistake for a report, by a part only they have. */
const OTHER_ZIP_FORMATS: ReadonlyArray<{ part: string; zh: string; en: string }> = [
  { part: 'xl/workbook.xml', zh: 'Excel 表格 .xlsx', en: 'an Excel workbook, .xlsx' },
  { part: 'ppt/presentation.xml', zh: 'PowerPoint 演示文稿 .pptx', en: 'a PowerPoint presentation, .pptx' },
  { part: 'content.xml', zh: 'OpenDocument 文件 .odt/.ods', en: 'an OpenDocument file, .odt/.ods' },
];

export async function readDocx(
  bytes: Uint8Array,
  source: { path: string; sha256: string; bytes: number },
  limits: IngestLimits,
): Promise<SourceDocument> {
  const entries = directoryOf(bytes);
  if (!entries.some((entry) => entry.name === DOCUMENT_PART)) throw notWord(entries);
  checkDeclaredSizes(entries, limits);
  const files = unpack(bytes, entries, limits);
  for (const file of files) refuseEntityDeclarations(file);

  // of two entries with one name the last counts, as in any zip reader
  const byName = new Map(files.map((file) => [file.name, file.data]));
  const text = (name: string): string | null => {
    const data = byName.get(name);
    return data ? new TextDecoder().decode(data) : null;
  };
  const originalXml = text(DOCUMENT_PART) ?? '';
  const numberingXml = text(NUMBERING_PART);
  const noteXml = NOTE_PARTS.flatMap((name) => text(name) ?? []);
  const stylesXml = usedStylesXml(text(STYLES_PART), [originalXml, numberingXml ?? '', ...noteXml]);
  const documentXml = markOutlineLevels(restoreListNumbers(originalXml, numberingXml, stylesXml), stylesXml);
  const rewritten = new Map([[DOCUMENT_PART, documentXml]]);
  if (stylesXml !== null) rewritten.set(STYLES_PART, stylesXml);

  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    result = await mammoth.convertToHtml(
      // `{ file }`: mammoth's own input for an already opened document (not in its type declarations)
      { file: docxParts(files, rewritten) } as unknown as Parameters<typeof mammoth.convertToHtml>[0],
      {
        styleMap: headingStyleMap(stylesXml, [originalXml, ...noteXml]),
        includeDefaultStyleMap: true,
        ignoreEmptyParagraphs: true,
        externalFileAccess: false,
        // Pictures carry no text we read; keep them out of the HTML instead of inlining base64.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    );
  } catch {
    // mammoth's own message is parser internals (xmldom, line/column): not words for the person submitting
    throw refuse.corruptDocx('the document body, word/document.xml, cannot be parsed');
  }
  const { blocks, warnings } = htmlToBlocks(result.value, { maxTableRows: limits.maxTableRows });
  return {
    source: { ...source, format: 'docx', encoding: null },
    blocks,
    warnings: [...result.messages.map((message) => message.message).filter(mayLoseContent), ...warnings],
  };
}

/**
 * mammoth messages about looks only: the text is still read (an unknown style
 * becomes a plain paragraph, an image we skip anyway). Every warning kept
 * becomes a "possible content loss" finding, so these would be false alarms
 * on nearly every real report.
 */
const PRESENTATION_ONLY_WARNINGS: readonly RegExp[] = [
  /^Unrecognised (paragraph|run|table) style:/,
  /style with ID .* was referenced but not defined in the document$/,
  /^Image of type .* is unlikely to display in web browsers$/,
];

function mayLoseContent(message: string): boolean {
  return !PRESENTATION_ONLY_WARNINGS.some((pattern) => pattern.test(message));
}

function directoryOf(bytes: Uint8Array): ZipEntry[] {
  try {
    return readZipDirectory(bytes);
  } catch (error) {
    if (error instanceof ZipFormatError) throw refuse.corruptDocx(error.message);
    throw error;
  }
}

function notWord(entries: readonly ZipEntry[]): IngestError {
  const names = new Set(entries.map((entry) => entry.name));
  const known = OTHER_ZIP_FORMATS.find((format) => names.has(format.part));
  return known ? refuse.notWord(known.zh, known.en) : refuse.notWord('普通 zip 压缩包', 'a plain zip file');
}

/** Before inflating anything: the declared sizes must be sane. */
function checkDeclaredSizes(entries: readonly ZipEntry[], limits: IngestLimits): void {
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
  if (encrypted) throw refuse.corruptDocx(`${encrypted.name} is encrypted inside the zip`);
}

/**
 * Parts that hold no text we or mammoth read are passed on empty (mammoth
 * only needs pictures to exist), which saves inflating the largest entries of
 * a real report: pictures and embedded objects, and the template's theme,
 * fonts, settings and the 400 KB stylesWithEffects.xml of Word 2010 templates.
 * Headers and footers are left out of the report anyway.
 */
const OPAQUE_PART =
  /^(?:word\/(?:media|embeddings|theme|glossary)\/|word\/(?:stylesWithEffects|fontTable|settings|webSettings|people|commentsExtended|commentsIds|header\d*|footer\d*)\.xml$|docProps\/|customXml\/)/;

/** Every entry inflated, each bounded by its declared size (already checked against the limit). */
function unpack(bytes: Uint8Array, entries: readonly ZipEntry[], limits: IngestLimits): ZipFile[] {
  return entries
    .filter((entry) => !entry.name.endsWith('/'))
    .map((entry) => {
      if (OPAQUE_PART.test(entry.name)) return { name: entry.name, data: new Uint8Array(0) };
      try {
        return { name: entry.name, data: readZipEntry(bytes, entry) };
      } catch (error) {
        if (error instanceof ZipSizeError) throw refuse.zipBomb(error.message, limits.maxInflatedBytes);
        if (error instanceof ZipFormatError) throw refuse.corruptDocx(error.message);
        throw error;
      }
    });
}

const ENTITY_DECLARATION = /<!(?:DOCTYPE|ENTITY)/i;

/**
 * Word never writes a DTD. One in a part means crafted XML (external entities
 * reading local files, or billion-laughs expansion): refuse rather than hope
 * the XML parser downstream leaves the entities alone.
 */
function refuseEntityDeclarations(file: ZipFile): void {
  if (!/\.(xml|rels|vml)$/i.test(file.name)) return;
  // Check both the bytes as 8-bit text and with NULs removed, so UTF-16 XML cannot hide it.
  const latin1 = Buffer.from(file.data.buffer, file.data.byteOffset, file.data.byteLength).toString('latin1');
  if (ENTITY_DECLARATION.test(latin1) || (latin1.includes('\0') && ENTITY_DECLARATION.test(latin1.replace(/\0/g, '')))) {
    throw refuse.xmlEntities(file.name);
  }
}
