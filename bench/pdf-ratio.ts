/**
 * The PDF reader's cost against pdf.js alone on the same files: jixiao's
 * whole check of each PDF (ingest, parse, validate, export) vs opening it
 * with pdfjs-dist and calling getTextContent on every page (the least any
 * text-layer reader does), file by file, alternating which goes first.
 * The files are the committed PDF fixtures (LibreOffice exports of the seed,
 * the layout report and the four producers' files), each taken `rounds` times
 * so the total is long enough to time.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { timeAsync } from './measure.js';

interface Stages {
  ingest: typeof import('../src/ingest/index.js').ingest;
  parse: typeof import('../src/parse/index.js').parse;
  validate: typeof import('../src/validate/index.js').validate;
  BatchOutputs: typeof import('../src/export/batch-outputs.js').BatchOutputs;
}

export interface PdfFile {
  path: string;
  bytes: Buffer;
}

/** Every readable PDF fixture (the password-protected one is a refusal, not a read). */
export function pdfFixtures(repoRoot: string): PdfFile[] {
  return ['fixtures', 'fixtures/pdf-producers'].flatMap((folder) => {
    const dir = path.join(repoRoot, folder);
    return readdirSync(dir)
      .filter((f) => f.endsWith('.pdf') && !f.includes('password'))
      .sort()
      .map((f) => ({ path: path.join(dir, f), bytes: readFileSync(path.join(dir, f)) }));
  });
}

/** pdf.js with the reader's own options (src/ingest/pdf/open-pdf.ts), every page's getTextContent, nothing else. */
async function textContentOnly(bytes: Uint8Array): Promise<number> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const root = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: path.join(root, 'cmaps') + path.sep,
    cMapPacked: true,
    standardFontDataUrl: path.join(root, 'standard_fonts') + path.sep,
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    maxImageSize: 0,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  }).promise;
  let items = 0;
  for (let n = 1; n <= doc.numPages; n++) items += (await (await doc.getPage(n)).getTextContent()).items.length;
  await doc.destroy();
  return items;
}

export async function pdfPass(stages: Stages, files: readonly PdfFile[], outDir: string, rep: number, rounds: number) {
  rmSync(outDir, { recursive: true, force: true });
  const outputs = new stages.BatchOutputs(outDir, 'zh');
  let pdfjsMs = 0;
  let pipelineMs = 0;
  for (let round = 0; round < rounds; round++) {
    for (const file of files) {
      const runPdfjs = () => timeAsync(() => textContentOnly(file.bytes));
      const runPipeline = () =>
        timeAsync(async () => {
          const report = stages.validate(stages.parse(await stages.ingest({ path: file.path, bytes: file.bytes })));
          outputs.write(report);
        });
      if ((rep + round) % 2 === 0) {
        pdfjsMs += await runPdfjs();
        pipelineMs += await runPipeline();
      } else {
        pipelineMs += await runPipeline();
        pdfjsMs += await runPdfjs();
      }
    }
  }
  outputs.close();
  return { pdfjsMs, pipelineMs, files: files.length * rounds };
}
