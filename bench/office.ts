/**
 * The Office readers against their libraries alone, on the same files in the
 * same process, alternating which goes first:
 * - .doc: jixiao's whole check (ingest → parse → validate → export) and its
 *   ingest alone vs `word-extractor`'s `extract` of the same bytes;
 * - .xlsx: the same vs `exceljs`' `workbook.xlsx.load`.
 * Corpus (bench/corpus/office-<n>/, gitignored): the first n .docx of the
 * 400-file bench corpus saved as .doc by LibreOffice (one `soffice` run), and
 * n synthetic project forms written with exceljs (a title, a header, 12–40
 * project rows with amounts, rates formatted 0.00% and scores, a total formula).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { corpusRoot, ensureCorpus } from './make-corpus.js';
import { median, timeAsync } from './measure.js';
import { createRng } from './prng.js';
import { seedProjects } from './seed-projects.js';

export interface OfficeFile {
  path: string;
  bytes: Buffer;
}

/** Whether the .doc corpus can be made here: it needs LibreOffice's `soffice` (or was made before). */
export function canMakeOfficeCorpus(count: number): boolean {
  if (existsSync(path.join(corpusRoot, `office-${count}`, 'done'))) return true;
  return !spawnSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 }).error;
}

export async function ensureOfficeCorpus(count: number): Promise<{ doc: OfficeFile[]; xlsx: OfficeFile[] }> {
  const dir = path.join(corpusRoot, `office-${count}`);
  const done = path.join(dir, 'done');
  if (!existsSync(done)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const { dir: source } = await ensureCorpus(400);
    const docx = readdirSync(source).filter((f) => f.endsWith('.docx')).sort().slice(0, count);
    execFileSync('soffice', ['--headless', '--convert-to', 'doc', '--outdir', dir, ...docx.map((f) => path.join(source, f))], { stdio: 'ignore', timeout: 600_000 });
    const rows = seedProjects();
    for (let i = 0; i < count; i++) writeFileSync(path.join(dir, `form-${String(i + 1).padStart(3, '0')}.xlsx`), await syntheticForm(i, rows));
    writeFileSync(done, '');
  }
  const read = (ext: string): OfficeFile[] =>
    readdirSync(dir)
      .filter((f) => f.endsWith(ext))
      .sort()
      .map((f) => ({ path: path.join(dir, f), bytes: readFileSync(path.join(dir, f)) }));
  return { doc: read('.doc'), xlsx: read('.xlsx') };
}

async function syntheticForm(index: number, seedRows: ReturnType<typeof seedProjects>): Promise<Buffer> {
  const rng = createRng(20240315 + index * 7919);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('项目支出绩效自评表');
  sheet.addRow(['项目支出绩效自评表']);
  sheet.mergeCells('A1:F1');
  sheet.addRow(['项目名称', '全年预算数（万元）', '全年执行数（万元）', '执行率', '分值', '得分']);
  const count = rng.int(12, 40);
  for (let i = 0; i < count; i++) {
    const project = rng.pick(seedRows);
    const budget = Number(project.amount);
    const executed = Math.round(budget * (0.5 + rng.next() / 2) * 10000) / 10000;
    const row = sheet.addRow([project.name, budget, executed, executed / budget, 10, rng.int(6, 10)]);
    row.getCell(4).numFmt = '0.00%';
  }
  const last = count + 2;
  sheet.addRow(['合计', { formula: `SUM(B3:B${last})`, result: 0 }, { formula: `SUM(C3:C${last})`, result: 0 }]);
  sheet.addRow(['注：金额单位为万元。']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export interface LibraryRatio {
  libraryMs: number;
  ingestMs: number;
  pipelineMs: number;
}

/**
 * Per file: the library alone, jixiao's ingest alone, and the whole check,
 * each timed separately, in an order that rotates every repetition.
 */
export async function libraryPass(
  files: readonly OfficeFile[],
  library: (bytes: Buffer) => Promise<unknown>,
  ingest: (file: OfficeFile) => Promise<unknown>,
  pipeline: (file: OfficeFile) => Promise<unknown>,
  rep: number,
): Promise<LibraryRatio> {
  const totals = { libraryMs: 0, ingestMs: 0, pipelineMs: 0 };
  for (const file of files) {
    const runs: Array<[keyof LibraryRatio, () => Promise<unknown>]> = [
      ['libraryMs', () => library(file.bytes)],
      ['ingestMs', () => ingest(file)],
      ['pipelineMs', () => pipeline(file)],
    ];
    for (let k = 0; k < runs.length; k++) {
      const [key, work] = runs[(k + rep) % runs.length]!;
      totals[key] += await timeAsync(work);
    }
  }
  return totals;
}

export function ratios(runs: readonly LibraryRatio[]): { ingest: number; pipeline: number; libraryPerFileMs: number } {
  return {
    ingest: median(runs.map((r) => r.ingestMs / r.libraryMs)),
    pipeline: median(runs.map((r) => r.pipelineMs / r.libraryMs)),
    libraryPerFileMs: median(runs.map((r) => r.libraryMs)),
  };
}
