/**
 * pdfjs-dist, set up for a Node worker that reads untrusted files: no worker
 * thread of its own (pdf.js's "fake worker" runs in our thread, so our time
 * and memory bounds cover it), no network (CJK CMaps and the standard fonts
 * are read from the installed package's own folders), no eval, no system
 * fonts. Only the text layer is used.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as Pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';

/** pdf.js is large: loaded on the first PDF, not by every worker. */
let loaded: Promise<typeof Pdfjs> | null = null;
function pdfjsLibrary(): Promise<typeof Pdfjs> {
  loaded ??= (async () => {
    const workerModule: string = 'pdfjs-dist/legacy/build/pdf.worker.mjs';
    // pdf.js looks for an in-thread worker here before it would import one by URL
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= await import(workerModule);
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loaded;
}

const packageRoot = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
/** paths, not URLs: pdf.js's Node loader reads them with fs (a trailing separator is required) */
const CMAP_DIR = path.join(packageRoot, 'cmaps') + path.sep;
const STANDARD_FONT_DIR = path.join(packageRoot, 'standard_fonts') + path.sep;

export type PdfDocument = Pdfjs.PDFDocumentProxy;
export type PdfPage = Pdfjs.PDFPageProxy;

/** The document, or the error pdf.js gave (its `name` says which: PasswordException, InvalidPDFException, …). */
export async function openPdf(bytes: Uint8Array): Promise<PdfDocument> {
  const pdfjs = await pdfjsLibrary();
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of (detaches) the buffer it is given, and refuses a Buffer: hand it a plain copy
    data: new Uint8Array(bytes),
    cMapUrl: CMAP_DIR,
    cMapPacked: true,
    standardFontDataUrl: STANDARD_FONT_DIR,
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    enableXfa: false,
    // nothing is drawn: images are never decoded
    maxImageSize: 0,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    return await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw error;
  }
}

/** One run of text as it is drawn: display coordinates (points, y down from the page top), baseline y. */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  /** the font size as drawn */
  size: number;
}

/**
 * A page's text runs in display coordinates (the page's rotation applied).
 * Runs that are not horizontal (vertical text, rotated watermarks) are left
 * out: they cannot be put in reading order with the rest.
 */
export async function pageRuns(page: PdfPage): Promise<{ runs: TextRun[]; width: number; height: number }> {
  const { Util } = await pdfjsLibrary();
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const runs: TextRun[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str.trim() === '') continue;
    const [a, b, c, d, e, f] = Util.transform(viewport.transform, item.transform) as number[];
    // horizontal, upright text only: with y pointing down that is a > 0, d < 0, and b, c ~ 0 up to a slight skew
    const size = -d!;
    if (!(a! > 0) || !(size > 0) || Math.abs(b!) > 0.05 * a! || Math.abs(c!) > 0.05 * size) continue;
    if (![e, f, item.width].every((n) => Number.isFinite(n))) continue;
    runs.push({ text: item.str, x: e!, y: f!, width: item.width, size });
  }
  return { runs, width: viewport.width, height: viewport.height };
}
