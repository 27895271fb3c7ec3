/**
 * `jixiao check`: find the files, check them on the worker pool, write each
 * report to every output as soon as it is next in input order, show progress,
 * and end with the summary and an exit code. Only small summary rows and
 * the batch signatures (typed arrays; their words go to a temp file) are
 * kept, so memory stays flat however many files there are. After the last
 * file the batch stage compares the signatures across reports.
 */
import path from 'node:path';
import { BatchCollector } from '../batch/collector.js';
import { runBatch, type BatchResult } from '../batch/run-batch.js';
import { BatchOutputs } from '../export/batch-outputs.js';
import { skippedByExtension } from '../export/skipped-files.js';
import type { Lang } from '../export/lang.js';
import type { IngestLimits } from '../ingest/limits.js';
import { addToTotals, failedList, NO_TOTALS, summaryTable, totalsLine, uncheckedNote, type SummaryRow, type Totals } from './console-summary.js';
import { discover } from './discover.js';
import type { FileResult } from './file-result.js';
import { InOrder } from './in-order.js';
import { consoleText, fill } from './messages.js';
import { WorkerPool } from './pool.js';
import { makeProgress } from './progress.js';
import { UsageError } from './usage.js';

/**
 * A ladder: `error` fails on errors (an unreadable file is one), `warning` also on warnings, `unchecked` also
 * on a report nothing could be compared in — so with it, exit 0 means every report was checked and clean.
 */
export type FailOn = 'error' | 'warning' | 'unchecked' | 'never';

export interface CheckArgs {
  inputs: string[];
  out: string | null;
  jobs: number;
  failOn: FailOn;
  lang: Lang;
  quiet: boolean;
  timeoutMs: number;
  maxMemoryMb: number;
  /** bounds on one file's size, text, unpacked size and table rows; unset ones keep their defaults */
  limits: Partial<IngestLimits>;
}

export interface Streams {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

export const EXIT_INTERRUPTED = 130;

export function reachesFailOn(row: Pick<SummaryRow, 'errors' | 'warnings' | 'status'>, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  if (row.errors > 0) return true;
  if (failOn === 'error') return false;
  return row.warnings > 0 || (failOn === 'unchecked' && row.status === 'unchecked');
}

function openOutputs(dir: string, lang: Lang): BatchOutputs {
  try {
    return new BatchOutputs(dir, lang);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UsageError(`cannot write the outputs to ${dir} (${detail})`, 'check');
  }
}

export async function runCheck(args: CheckArgs, io: Streams): Promise<number> {
  const started = performance.now();
  const t = consoleText(args.lang);
  const found = discover(args.inputs);
  if (found.lockFiles.length > 0 && !args.quiet) io.stderr.write(`${fill(t.lockFiles, { n: found.lockFiles.length })}\n`);
  // An argument that names nothing still goes through a worker: reading it fails with a plain reason.
  const inputs = [...found.files, ...found.missing].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (inputs.length === 0) throw new UsageError(t.nothing, 'check');

  const outputs = args.out ? openOutputs(args.out, args.lang) : null;
  outputs?.writeSkipped(found.skipped);
  const progress = makeProgress(io.stderr, args.quiet);
  const rows: SummaryRow[] = [];
  const collector = new BatchCollector();
  // JIXIAO_NO_BATCH=1 leaves the batch stage out, only so `npm run bench` can measure the run without it
  const batchStage = process.env.JIXIAO_NO_BATCH !== '1';
  let batch: BatchResult | null = null;
  let totals: Totals = NO_TOTALS;
  let failing = false;
  let arrived = 0;

  // Workers send finished texts (only when there are outputs): this thread puts them in order and writes.
  const ordered = new InOrder<FileResult>(({ row, texts, signature }) => {
    if (outputs && texts) outputs.writeTexts(texts);
    if (batchStage) collector.add(signature);
    rows.push(row);
    totals = addToTotals(totals, row);
    failing ||= reachesFailOn(row, args.failOn);
  });
  const arrive = (index: number, result: FileResult): void => {
    arrived += 1;
    progress.update(arrived, inputs.length, result.row.file);
    ordered.push(index, result);
  };

  const pool = new WorkerPool({
    jobs: args.jobs,
    timeoutMs: args.timeoutMs,
    maxMemoryMb: args.maxMemoryMb,
    limits: args.limits,
    result: { lang: args.lang, texts: outputs !== null },
  });
  let interrupted = false;
  let onSigint: () => void = () => {};
  const interruption = new Promise<void>((resolve) => {
    onSigint = () => {
      interrupted = true;
      resolve();
    };
  });
  process.once('SIGINT', onSigint);
  try {
    await Promise.race([
      pool.run(inputs, arrive),
      interruption,
    ]);
    await pool.stop();
    // the batch stage needs every report: a run cut short by Ctrl-C skips it (its outputs say so by an empty count)
    if (!interrupted && batchStage) batch = runBatch(collector);
  } finally {
    process.off('SIGINT', onSigint);
    await pool.stop();
    progress.end();
    collector.close();
    await outputs?.close(batch);
  }
  const batchFindings = batch ? batch.pairs.length : null;
  if (batch) failing ||= batch.pairs.some((p) => reachesFailOn({ errors: p.severity === 'error' ? 1 : 0, warnings: p.severity === 'warning' ? 1 : 0, status: 'ok' }, args.failOn));

  const elapsed = performance.now() - started;
  if (!args.quiet) {
    io.stdout.write(`${summaryTable(rows, args.lang)}\n\n`);
    const failed = failedList(rows, args.lang);
    if (failed) io.stdout.write(`${failed}\n\n`);
    const unchecked = uncheckedNote(rows, args.lang);
    if (unchecked) io.stdout.write(`${unchecked}\n\n`);
    if (found.skipped.length > 0) io.stdout.write(`${[t.skippedHeading, ...found.skipped.map((f) => `  ${f.path}`)].join('\n')}\n\n`);
  }
  io.stdout.write(`${totalsLine(totals, elapsed, args.lang, batchFindings)}\n`);
  // counted with the totals even in --quiet: the number of submissions must add up
  if (found.skipped.length > 0) io.stdout.write(`${fill(t.skippedTotals, { n: found.skipped.length, byExtension: skippedByExtension(found.skipped) })}\n`);
  if (args.out && !args.quiet) io.stdout.write(`${fill(t.outputs, { dir: path.resolve(args.out) })}\n`);
  if (interrupted) {
    io.stderr.write(`${fill(t.interrupted, { done: rows.length, total: inputs.length })}\n`);
    return EXIT_INTERRUPTED;
  }
  return failing ? 1 : 0;
}
