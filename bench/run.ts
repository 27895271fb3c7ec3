/**
 * `npm run bench`: the figures of issue 6, each measured in the same run as
 * its baseline and reported as a ratio. Needs dist/ (`npm run build`); builds
 * the corpus in bench/corpus/ when missing. Prints a Markdown table and
 * rewrites the figures section of bench/RESULTS.md (the analysis around it
 * is kept).
 *
 *   node --import tsx bench/run.ts [--reps 3] [--files 400] [--skip-memory] [--pdf-only | --office-only] [--skip-batch | --batch-only]
 *   node --cpu-prof --import tsx bench/run.ts --profile   (one in-process pass, for --cpu-prof)
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCorpus } from './make-corpus.js';
import { markdownTable, median, timeAsync } from './measure.js';
import { canMakeOfficeCorpus, ensureOfficeCorpus, libraryPass, ratios, type LibraryRatio, type OfficeFile } from './office.js';
import { pdfFixtures, pdfPass } from './pdf-ratio.js';

type Ingest = typeof import('../src/ingest/index.js');
type Parse = typeof import('../src/parse/index.js');
type Validate = typeof import('../src/validate/index.js');
type Export = typeof import('../src/export/batch-outputs.js');

const repoRoot = fileURLToPath(new URL('../', import.meta.url));
const outRoot = path.join(repoRoot, 'bench/out');
const resultsPath = path.join(repoRoot, 'bench/RESULTS.md');
const cli = path.join(repoRoot, 'bin/jixiao.js');

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const reps = option('--reps', 3);
const fileCount = option('--files', 400);
const skipMemory = args.includes('--skip-memory');
const profileOnly = args.includes('--profile');
/** only the Office readers against their libraries (writes its own section of RESULTS.md) */
const officeOnly = args.includes('--office-only');
const officeCount = option('--office-files', 40);
/** only the PDF ratio, printed (RESULTS.md untouched) */
const pdfOnly = args.includes('--pdf-only');
/** each PDF fixture is checked this many times per repetition */
const PDF_ROUNDS = 5;
const skipBatch = args.includes('--skip-batch');
const batchOnly = args.includes('--batch-only');

/** The batch stage's figures (bench/batch-stage.ts), in their own process so its memory is its own. */
function batchStageBench(): void {
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'bench/batch-stage.ts')], { stdio: 'inherit', cwd: repoRoot });
  if (run.status !== 0) throw new Error(`bench/batch-stage.ts exited ${run.status}`);
}

/** The pipeline's stages, loaded from dist/ (what users run), typed from src/. */
async function loadStages() {
  const dist = (p: string) => import(path.join(repoRoot, 'dist', p));
  return {
    ingest: ((await dist('ingest/index.js')) as Ingest).ingest,
    parse: ((await dist('parse/index.js')) as Parse).parse,
    validate: ((await dist('validate/index.js')) as Validate).validate,
    BatchOutputs: ((await dist('export/batch-outputs.js')) as Export).BatchOutputs,
  };
}

interface InputFile {
  path: string;
  bytes: Buffer;
  docx: boolean;
}

function readCorpus(dir: string): InputFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.docx') || f.endsWith('.txt'))
    .sort()
    .map((f) => ({ path: path.join(dir, f), bytes: readFileSync(path.join(dir, f)), docx: f.endsWith('.docx') }));
}

interface StageTimes {
  ingest: number;
  parse: number;
  validate: number;
  export: number;
  failed: number;
}

/** One pass of every file through each stage, timing each stage function directly. */
async function stagePass(stages: Awaited<ReturnType<typeof loadStages>>, files: readonly InputFile[], outDir: string): Promise<StageTimes> {
  rmSync(outDir, { recursive: true, force: true });
  const outputs = new stages.BatchOutputs(outDir, 'zh');
  const t: StageTimes = { ingest: 0, parse: 0, validate: 0, export: 0, failed: 0 };
  for (const file of files) {
    let start = performance.now();
    let doc;
    try {
      doc = await stages.ingest({ path: file.path, bytes: file.bytes });
    } catch {
      t.failed += 1;
      continue;
    }
    t.ingest += performance.now() - start;
    start = performance.now();
    const parsed = stages.parse(doc);
    t.parse += performance.now() - start;
    start = performance.now();
    const report = stages.validate(parsed);
    t.validate += performance.now() - start;
    start = performance.now();
    outputs.write(report);
    t.export += performance.now() - start;
  }
  const start = performance.now();
  await outputs.close();
  t.export += performance.now() - start;
  return t;
}

/** mammoth.convertToHtml alone vs the whole pipeline, file by file on the same docx, alternating which goes first. */
async function mammothPass(stages: Awaited<ReturnType<typeof loadStages>>, files: readonly InputFile[], outDir: string, rep: number) {
  const mammoth = (await import('mammoth')).default;
  rmSync(outDir, { recursive: true, force: true });
  const outputs = new stages.BatchOutputs(outDir, 'zh');
  let mammothMs = 0;
  let pipelineMs = 0;
  for (const file of files) {
    const runMammoth = () => timeAsync(() => mammoth.convertToHtml({ buffer: file.bytes }));
    const runPipeline = () =>
      timeAsync(async () => {
        const report = stages.validate(stages.parse(await stages.ingest({ path: file.path, bytes: file.bytes })));
        outputs.write(report);
      });
    if (rep % 2 === 0) {
      mammothMs += await runMammoth();
      pipelineMs += await runPipeline();
    } else {
      pipelineMs += await runPipeline();
      mammothMs += await runMammoth();
    }
  }
  await outputs.close();
  return { mammothMs, pipelineMs };
}

/** .doc vs word-extractor and .xlsx vs exceljs: the rows of the figures table. */
async function officeRows(stages: Awaited<ReturnType<typeof loadStages>>): Promise<string[][]> {
  if (!canMakeOfficeCorpus(officeCount)) {
    console.log('bench: LibreOffice (soffice) is not installed, so the .doc/.xlsx reader figures are not measured (apt install libreoffice-writer-nogui)');
    return [['.doc and .xlsx readers', 'not measured', 'LibreOffice (soffice) not installed: it makes the .doc corpus', '']];
  }
  const { doc, xlsx } = await ensureOfficeCorpus(officeCount);
  // word-extractor ships no type declarations
  const WordExtractor = createRequire(import.meta.url)('word-extractor') as new () => { extract(input: Buffer): Promise<unknown> };
  const ExcelJS = (await import('exceljs')).default;
  const outDir = path.join(outRoot, 'office');
  rmSync(outDir, { recursive: true, force: true });
  const outputs = new stages.BatchOutputs(outDir, 'zh');
  const ingest = (file: OfficeFile) => stages.ingest({ path: file.path, bytes: file.bytes });
  const pipeline = async (file: OfficeFile) => outputs.write(stages.validate(stages.parse(await ingest(file))));
  const extractDoc = (bytes: Buffer) => new WordExtractor().extract(bytes);
  const loadXlsx = (bytes: Buffer) => new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer);
  // warm-up: JIT and the libraries' first-use costs
  await libraryPass(doc.slice(0, 5), extractDoc, ingest, pipeline, 0);
  await libraryPass(xlsx.slice(0, 5), loadXlsx, ingest, pipeline, 0);
  const docRuns: LibraryRatio[] = [];
  const xlsxRuns: LibraryRatio[] = [];
  for (let rep = 0; rep < reps; rep++) {
    docRuns.push(await libraryPass(doc, extractDoc, ingest, pipeline, rep));
    xlsxRuns.push(await libraryPass(xlsx, loadXlsx, ingest, pipeline, rep));
  }
  outputs.close();
  const d = ratios(docRuns);
  const x = ratios(xlsxRuns);
  const verdict = (r: number) => (r <= 1.3 ? 'met' : 'not met');
  const perFile = (ms: number, n: number) => `${(ms / n).toFixed(1)} ms per file alone`;
  return [
    ['ingest ÷ word-extractor extract per .doc', `${d.ingest.toFixed(2)}×`, `target ≤ 1.3×; ${doc.length} .doc (LibreOffice), word-extractor ${perFile(d.libraryPerFileMs, doc.length)}`, verdict(d.ingest)],
    ['pipeline ÷ word-extractor extract per .doc', `${d.pipeline.toFixed(2)}×`, 'ingest + parse + validate + export', verdict(d.pipeline)],
    ['ingest ÷ exceljs xlsx.load per .xlsx', `${x.ingest.toFixed(2)}×`, `target ≤ 1.3×; ${xlsx.length} synthetic forms, exceljs ${perFile(x.libraryPerFileMs, xlsx.length)}`, verdict(x.ingest)],
    ['pipeline ÷ exceljs xlsx.load per .xlsx', `${x.pipeline.toFixed(2)}×`, 'ingest + parse + validate + export', verdict(x.pipeline)],
  ];
}

/**
 * Startup, each part in a fresh process: nodejieba's dictionaries alone, and
 * the pipeline's modules (which load the dictionaries once, on import of the
 * name keys). What every worker pays once, before its first file.
 */
function startupOnce(): { moduleMs: number; jiebaMs: number } {
  const probe = (script: string) => {
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', cwd: repoRoot });
    if (run.status !== 0) throw new Error(`startup probe failed: ${run.stderr}`);
    return Number(run.stdout.trim());
  };
  const jiebaMs = probe(`
    const { createRequire } = await import('node:module');
    const t0 = performance.now();
    createRequire(${JSON.stringify(path.join(repoRoot, 'package.json'))})('nodejieba').cut('村党组织活动经费');
    console.log(performance.now() - t0);`);
  const allMs = probe(`
    const t0 = performance.now();
    await import(${JSON.stringify(path.join(repoRoot, 'dist/pipeline.js'))});
    await import(${JSON.stringify(path.join(repoRoot, 'dist/cli/check-file.js'))});
    console.log(performance.now() - t0);`);
  return { jiebaMs, moduleMs: Math.max(0, allMs - jiebaMs) };
}

interface CliRun {
  ms: number;
  maxRssKb: number | null;
  /** user + system CPU seconds of the whole process (all worker threads) */
  cpuS: number | null;
  status: number | null;
}

/** `jixiao check DIR --quiet --out OUT --jobs N`, timed from outside, peak RSS from /usr/bin/time -v (worker threads share the process). */
function cliRun(inputDir: string, jobs: number, outDir: string): CliRun {
  rmSync(outDir, { recursive: true, force: true });
  const argv = [cli, 'check', inputDir, '--quiet', '--fail-on', 'never', '--out', outDir, '--jobs', String(jobs)];
  const timed = existsSync('/usr/bin/time');
  const start = performance.now();
  const run = timed
    ? spawnSync('/usr/bin/time', ['-v', process.execPath, ...argv], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
    : spawnSync(process.execPath, argv, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`jixiao check exited ${run.status}: ${run.stderr.slice(-2000)}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr);
  const user = /User time \(seconds\): ([\d.]+)/.exec(run.stderr);
  const system = /System time \(seconds\): ([\d.]+)/.exec(run.stderr);
  const cpuS = user && system ? Number(user[1]) + Number(system[1]) : null;
  return { ms, maxRssKb: rss ? Number(rss[1]) : null, cpuS, status: run.status };
}

function machine(): string[] {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return [
    `- Machine: ${availableParallelism()} CPUs (${cpu}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${process.platform} ${process.arch}`,
    `- Node ${process.version}; date ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; load average at the end ${loadavg().map((l) => l.toFixed(1)).join(' / ')} (other processes share these CPUs)`,
  ];
}

async function main(): Promise<void> {
  if (!existsSync(path.join(repoRoot, 'dist/cli/main.js'))) {
    console.error('bench: dist/ is missing or incomplete; run `npm run build` first.');
    process.exit(2);
  }
  mkdirSync(outRoot, { recursive: true });
  if (batchOnly) {
    batchStageBench();
    return;
  }
  const { dir, manifest } = await ensureCorpus(fileCount);
  const files = readCorpus(dir);
  const docx = files.filter((f) => f.docx);
  const producerFiles = new Set(manifest.files.filter((f) => f.producer !== null).map((f) => f.file));
  const producerDocx = docx.filter((f) => producerFiles.has(path.basename(f.path)));
  const plainDocx = docx.filter((f) => !producerFiles.has(path.basename(f.path)));
  const stages = await loadStages();

  if (profileOnly) {
    await stagePass(stages, files, path.join(outRoot, 'profile'));
    const t0 = performance.now();
    const t = await stagePass(stages, files, path.join(outRoot, 'profile'));
    console.log(`profile pass: ${files.length} files in ${(performance.now() - t0).toFixed(0)} ms`, t);
    return;
  }

  const pdfs = pdfFixtures(repoRoot);
  const pdfRatioOf = async () => {
    await pdfPass(stages, pdfs, path.join(outRoot, 'pdf-warm'), 0, 1);
    const runs = [];
    for (let rep = 0; rep < reps; rep++) runs.push(await pdfPass(stages, pdfs, path.join(outRoot, 'pdf'), rep, PDF_ROUNDS));
    return { ratio: median(runs.map((r) => r.pipelineMs / r.pdfjsMs)), perFile: median(runs.map((r) => r.pipelineMs / r.files)), pdfjsPerFile: median(runs.map((r) => r.pdfjsMs / r.files)) };
  };
  const pdfRow = (p: Awaited<ReturnType<typeof pdfRatioOf>>) => [
    'pipeline ÷ pdfjs-dist getTextContent (every page) per PDF',
    `${p.ratio.toFixed(2)}×`,
    `target ≤ 1.3×; ${pdfs.length} PDF fixtures × ${PDF_ROUNDS}; ${p.perFile.toFixed(0)} ms vs ${p.pdfjsPerFile.toFixed(0)} ms per file`,
    p.ratio <= 1.3 ? 'met' : 'not met',
  ];
  if (officeOnly) {
    const table = markdownTable(['figure', 'value', 'baseline / note', 'target'], await officeRows(stages));
    const figures = [...machine(), `- Office corpus: \`bench/office.ts\`, ${officeCount} .doc + ${officeCount} .xlsx, median of ${reps}`, '', table].join('\n');
    console.log(figures);
    writeResults(figures, OFFICE_START, OFFICE_END);
    return;
  }
  if (pdfOnly) {
    console.log(markdownTable(['figure', 'value', 'baseline / note', 'target'], [pdfRow(await pdfRatioOf())]));
    return;
  }

  console.error(`bench: ${files.length} files (${docx.length} docx) from ${path.relative(repoRoot, dir)}, ${reps} repetitions`);
  const startups = Array.from({ length: reps }, startupOnce);

  // In-process: stage split and the mammoth ratio. One warm-up pass first (JIT, nodejieba, mammoth).
  await stagePass(stages, files.slice(0, 40), path.join(outRoot, 'warm'));
  const passes: StageTimes[] = [];
  const mammothRuns: { mammothMs: number; pipelineMs: number }[] = [];
  const producerRuns: { mammothMs: number; pipelineMs: number }[] = [];
  for (let rep = 0; rep < reps; rep++) {
    passes.push(await stagePass(stages, files, path.join(outRoot, 'stages')));
    mammothRuns.push(await mammothPass(stages, plainDocx, path.join(outRoot, 'mammoth'), rep));
    if (producerDocx.length > 0) producerRuns.push(await mammothPass(stages, producerDocx, path.join(outRoot, 'mammoth-producers'), rep));
  }
  const stage = (k: keyof StageTimes) => median(passes.map((p) => p[k]));
  const stageTotal = stage('ingest') + stage('parse') + stage('validate') + stage('export');
  const mammothRatio = median(mammothRuns.map((r) => r.pipelineMs / r.mammothMs));
  const producerRatio = producerRuns.length > 0 ? median(producerRuns.map((r) => r.pipelineMs / r.mammothMs)) : null;
  const pdfRatio = await pdfRatioOf();

  // End to end through the CLI: 1 worker vs 2 vs all CPUs, interleaved, after a warm-up run.
  const cpuCount = availableParallelism();
  const jobsList = [...new Set([1, 2, cpuCount])];
  cliRun(dir, cpuCount, path.join(outRoot, 'cli-warm'));
  const cliTimes = new Map<number, number[]>(jobsList.map((j) => [j, []]));
  const cliCpu = new Map<number, number[]>(jobsList.map((j) => [j, []]));
  const loadBefore = loadavg()[0] ?? NaN;
  for (let rep = 0; rep < reps; rep++) {
    for (const jobs of rep % 2 === 0 ? jobsList : [...jobsList].reverse()) {
      const run = cliRun(dir, jobs, path.join(outRoot, `cli-${jobs}`));
      cliTimes.get(jobs)!.push(run.ms);
      if (run.cpuS !== null) cliCpu.get(jobs)!.push(run.cpuS);
    }
  }
  const perSecond = (jobs: number) => files.length / (median(cliTimes.get(jobs)!) / 1000);
  const cpuPerReport = (jobs: number) => (1000 * median(cliCpu.get(jobs)!)) / files.length;
  const twoToOne = perSecond(2) / perSecond(1);

  // Peak memory: 1,000 vs 5,000 files through check --out, all CPUs.
  let memory: { small: number; large: number } | null = null;
  if (!skipMemory) {
    const small = await ensureCorpus(1000);
    const large = await ensureCorpus(5000);
    const rss = (d: string) => cliRun(d, cpuCount, path.join(outRoot, 'cli-memory')).maxRssKb ?? NaN;
    memory = { small: rss(small.dir), large: rss(large.dir) };
  }

  const office = await officeRows(stages);

  const ms = (x: number) => `${x.toFixed(0)} ms`;
  const pct = (x: number) => `${((100 * x) / stageTotal).toFixed(0)}%`;
  const rows: string[][] = [
    ['reports/s end to end, 1 worker', `${perSecond(1).toFixed(1)}`, `${files.length} files, median of ${reps}`, ''],
    ...(cpuCount !== 2 ? [['reports/s end to end, 2 workers', perSecond(2).toFixed(1), '', '']] : []),
    [`reports/s end to end, all CPUs (${cpuCount})`, perSecond(cpuCount).toFixed(1), '', ''],
    ['2 workers ÷ 1 worker', `${twoToOne.toFixed(2)}×`, `target ≥ 1.7×; 1-minute load average ${loadBefore.toFixed(1)} when the runs began`, twoToOne >= 1.7 ? 'met' : 'not met'],
    ['CPU per report through the CLI, 1 worker', `${cpuPerReport(1).toFixed(0)} ms`, 'user+sys of the whole process ÷ files (startup included)', ''],
    ['CPU per report through the CLI, 2 workers', `${cpuPerReport(2).toFixed(0)} ms`, 'the same work in 2 threads: the extra is the second worker’s startup', ''],
    ['pipeline ÷ mammoth.convertToHtml per docx (docx package)', `${mammothRatio.toFixed(2)}×`, `target ≤ 1.3×; ${plainDocx.length} docx`, mammothRatio <= 1.3 ? 'met' : 'not met'],
    producerRatio === null
      ? ['pipeline ÷ mammoth.convertToHtml per docx (producers’ templates)', 'not measured', '../shared/producers is absent', '']
      : [
          'pipeline ÷ mammoth.convertToHtml per docx (producers’ templates)',
          `${producerRatio.toFixed(2)}×`,
          `target ≤ 1.3×; ${producerDocx.length} docx in python-docx / LibreOffice templates (~350 KB styles.xml)`,
          producerRatio <= 1.3 ? 'met' : 'not met',
        ],
    ...office,
    pdfRow(pdfRatio),
    ...(memory
      ? [['peak RSS 5,000 ÷ 1,000 files', `${(memory.large / memory.small).toFixed(2)}×`, `${(memory.small / 1024).toFixed(0)} MB vs ${(memory.large / 1024).toFixed(0)} MB; target ≤ 1.10×`, memory.large <= memory.small * 1.1 ? 'met' : 'not met']]
      : []),
    ['stage: ingest', ms(stage('ingest')), pct(stage('ingest')), ''],
    ['stage: parse', ms(stage('parse')), pct(stage('parse')), ''],
    ['stage: validate', ms(stage('validate')), pct(stage('validate')), ''],
    ['stage: export', ms(stage('export')), pct(stage('export')), ''],
    ['stages, per file', `${(stageTotal / files.length).toFixed(1)} ms`, `in-process, ${files.length} files`, ''],
    ['startup: module load (without nodejieba)', ms(median(startups.map((s) => s.moduleMs))), 'once per process/worker', ''],
    ['startup: nodejieba dictionaries', ms(median(startups.map((s) => s.jiebaMs))), 'once per process/worker', ''],
  ];
  const table = markdownTable(['figure', 'value', 'baseline / note', 'target'], rows);
  const corpusLine = `- Corpus: \`node --import tsx bench/make-corpus.ts --count ${fileCount}\` (seed ${20221231}), ${docx.length} docx (${producerDocx.length} in producers’ templates) + ${files.length - docx.length} txt`;
  const figures = [...machine(), corpusLine, '', table].join('\n');
  console.log(figures);
  writeResults(figures);
  if (!skipBatch) batchStageBench();
}

const START = '<!-- figures:start (written by npm run bench) -->';
const END = '<!-- figures:end -->';

const OFFICE_START = '<!-- office:start (written by npm run bench -- --office-only) -->';
const OFFICE_END = '<!-- office:end -->';

/** Replaces the figures between the markers, keeping the hand-written analysis around them. */
function writeResults(figures: string, start = START, end = END): void {
  const previous = existsSync(resultsPath) ? readFileSync(resultsPath, 'utf8') : `# Benchmark results\n\n${start}\n${end}\n`;
  const [before, rest] = previous.includes(start) ? previous.split(start) : [`${previous}\n`, `\n${end}\n`];
  const after = rest?.split(end)[1] ?? '\n';
  writeFileSync(resultsPath, `${before}${start}\n${figures}\n${end}${after}`);
  console.error(`bench: wrote ${path.relative(repoRoot, resultsPath)}`);
}

await main();
