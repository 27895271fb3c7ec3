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
import { refuse } from './refusals.js';
import { checkDeclaredSizes, directoryOf, refuseEntityDeclarations, unpack } from './zip-bounds.js';
import type { ZipEntry } from './zip-entries.js';

const DOCUMENT_PART = 'word/document.xml';
const STYLES_PART = 'word/styles.xml';
const NUMBERING_PART = 'word/numbering.xml';
/** other parts whose paragraphs mammoth reads (their style ids matter to the heading map) */
const NOTE_PARTS = ['word/footnotes.xml', 'word/endnotes.xml', 'word/comments.xml'];

/** Other zip formats people mistake for a report, by a part only they have. */
const OTHER_ZIP_FORMATS: ReadonlyArray<{ part: string; zh: string; en: string }> = [
  { part: 'ppt/presentation.xml', zh: 'PowerPoint 演示文稿 .pptx', en: 'a PowerPoint presentation, .pptx' },
  { part: 'content.xml', zh: 'OpenDocument 文件 .odt/.ods', en: 'an OpenDocument file, .odt/.ods' },
];

/**
 * Parts that hold no text we or mammoth read are passed on empty (mammoth
 * only needs pictures to exist), which saves inflating the largest entries of
 * a real report: pictures and embedded objects, and the template's theme,
 * fonts, settings and the 400 KB stylesWithEffects.xml of Word 2010 templates.
 * Headers and footers are left out of the report anyway.
 */
const OPAQUE_PART =
  /^(?:word\/(?:media|embeddings|theme|glossary)\/|word\/(?:stylesWithEffects|fontTable|settings|webSettings|people|commentsExtended|commentsIds|header\d*|footer\d*)\.xml$|docProps\/|customXml\/)/;

export async function readDocx(
  bytes: Uint8Array,
  source: { path: string; sha256: string; bytes: number },
  limits: IngestLimits,
): Promise<SourceDocument> {
  const entries = directoryOf(bytes, refuse.corruptDocx);
  if (!entries.some((entry) => entry.name === DOCUMENT_PART)) throw notWord(entries);
  checkDeclaredSizes(entries, limits, refuse.corruptDocx);
  const files = unpack(bytes, entries, limits, OPAQUE_PART, refuse.corruptDocx);
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

function notWord(entries: readonly ZipEntry[]): IngestError {
  const names = new Set(entries.map((entry) => entry.name));
  const known = OTHER_ZIP_FORMATS.find((format) => names.has(format.part));
  return known ? refuse.notWord(known.zh, known.en) : refuse.notWord('普通 zip 压缩包', 'a plain zip file');
}
