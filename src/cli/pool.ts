/**
 * Checks files on worker threads, each worker loading the pipeline once.
 * Every file is bounded in time (a timer) and memory (`resourceLimits`): a
 * worker that hangs is terminated, one that dies is replaced, and the file
 * becomes a failed report in plain words — the batch always goes on.
 * Results come back as they finish; the caller puts them in order. So that
 * one slow file cannot make the caller hold an ever-growing pile of finished
 * reports behind it, no file is started more than `maxAhead` places after
 * the earliest unfinished one.
 */
import { Worker } from 'node:worker_threads';
import type { IngestError } from '../ingest/ingest-error.js';
import type { IngestLimits } from '../ingest/limits.js';
import { fileResult, type FileResult, type ResultOptions } from './file-result.js';
import { timedOut, workerDied } from './read-failures.js';

export interface WorkerTask {
  index: number;
  path: string;
}

export type WorkerReply = { ready: true } | { ready?: false; index: number; result: FileResult };

export interface WorkerData {
  limits: Partial<IngestLimits>;
  result: ResultOptions;
}

export interface PoolOptions {
  jobs: number;
  /** per-file bound, in milliseconds */
  timeoutMs: number;
  /** per-worker heap bound, in MB */
  maxMemoryMb: number;
  limits?: Partial<IngestLimits>;
  /** the language of the results and whether they carry the output texts (default: zh, no texts) */
  result?: ResultOptions;
  /** how far past the earliest unfinished file work may run (default: 16 per job, at least 64) */
  maxAhead?: number;
}

/**
 * A new worker first loads the pipeline (and nodejieba's dictionaries), which
 * on a busy machine takes seconds; that time is not the file's. A file's
 * clock starts when its worker is ready; until then it gets this allowance
 * on top, so a worker that never starts is still cut off.
 */
const STARTUP_ALLOWANCE_MS = 60_000;

const NO_TEXTS: ResultOptions = { lang: 'zh', texts: false };

/**
 * The result of a file a worker could not finish, made here as the worker
 * would have. The pipeline is loaded only then: the main thread never needs
 * it otherwise.
 */
async function failedResultOf(path: string, error: IngestError, options: ResultOptions): Promise<FileResult> {
  const { failedReport } = await import('../pipeline.js');
  return fileResult(failedReport(path, null, error), options);
}

// Resolved next to this module, so it works from dist/ (the worker must be compiled JS).
const WORKER_URL = new URL('./worker.js', import.meta.url);

interface Slot {
  worker: Worker;
  ready: boolean;
  task: WorkerTask | null;
  timer: NodeJS.Timeout | null;
}

export class WorkerPool {
  private readonly slots = new Set<Slot>();
  private stopped = false;

  constructor(private readonly options: PoolOptions) {}

  /** Checks every path; `onResult` gets each file's result with its index as soon as it is done. */
  run(paths: readonly string[], onResult: (index: number, result: FileResult) => void): Promise<void> {
    let next = 0;
    let pending = paths.length;
    const finished = new Uint8Array(paths.length);
    let earliestUnfinished = 0;
    const maxAhead = this.options.maxAhead ?? Math.max(64, this.options.jobs * 16);
    const idle = new Set<Slot>();
    return new Promise<void>((resolve) => {
      if (pending === 0) return resolve();

      const finish = (slot: Slot, result: FileResult): void => {
        const task = slot.task;
        if (!task) return;
        if (slot.timer) clearTimeout(slot.timer);
        slot.task = null;
        slot.timer = null;
        if (this.stopped) return;
        onResult(task.index, result);
        finished[task.index] = 1;
        while (earliestUnfinished < paths.length && finished[earliestUnfinished]) earliestUnfinished += 1;
        pending -= 1;
        if (pending === 0) void this.stop().then(() => resolve());
        else for (const waiting of [...idle]) feed(waiting);
      };

      const feed = (slot: Slot): void => {
        idle.delete(slot);
        if (this.stopped || next >= paths.length || !this.slots.has(slot) || slot.task) return;
        if (next - earliestUnfinished >= maxAhead) {
          idle.add(slot);
          return;
        }
        const task: WorkerTask = { index: next, path: paths[next] as string };
        next += 1;
        slot.task = task;
        startClock(slot);
        slot.worker.postMessage(task);
      };

      const startClock = (slot: Slot): void => {
        const task = slot.task;
        if (!task) return;
        if (slot.timer) clearTimeout(slot.timer);
        const bound = this.options.timeoutMs + (slot.ready ? 0 : STARTUP_ALLOWANCE_MS);
        slot.timer = setTimeout(() => {
          // A hung worker never answers: cut it off and carry on with a fresh one.
          replace(slot, timedOut(this.options.timeoutMs / 1000));
        }, bound);
      };

      const replace = (slot: Slot, failure: IngestError): void => {
        if (!this.retire(slot)) return;
        const task = slot.task;
        if (task) void failedResultOf(task.path, failure, this.options.result ?? NO_TEXTS).then((result) => finish(slot, result));
        if (!this.stopped && next < paths.length) feed(spawn());
      };

      const spawn = (): Slot => {
        const slot = this.spawn();
        slot.worker.on('message', (reply: WorkerReply) => {
          if (reply.ready) {
            slot.ready = true;
            startClock(slot);
            return;
          }
          if (slot.task?.index !== reply.index) return;
          finish(slot, reply.result);
          feed(slot);
        });
        const died = (detail: string): void => replace(slot, workerDied(detail));
        slot.worker.on('error', (error) => died(error.message));
        slot.worker.on('exit', (code) => died(`exit code ${code}`));
        return slot;
      };

      const count = Math.max(1, Math.min(this.options.jobs, paths.length));
      for (let i = 0; i < count; i++) feed(spawn());
    });
  }

  private spawn(): Slot {
    const workerData: WorkerData = { limits: this.options.limits ?? {}, result: this.options.result ?? NO_TEXTS };
    const worker = new Worker(WORKER_URL, {
      workerData,
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxMemoryMb },
    });
    const slot: Slot = { worker, ready: false, task: null, timer: null };
    this.slots.add(slot);
    return slot;
  }

  /** Takes a worker out of service and ends it; false when it already was. */
  private retire(slot: Slot): boolean {
    if (!this.slots.delete(slot)) return false;
    if (slot.timer) clearTimeout(slot.timer);
    void slot.worker.terminate();
    return true;
  }

  /** Ends every worker: after the last result, or now on Ctrl-C (results in flight are dropped). */
  async stop(): Promise<void> {
    this.stopped = true;
    const workers = [...this.slots].map((s) => s.worker);
    for (const slot of this.slots) if (slot.timer) clearTimeout(slot.timer);
    this.slots.clear();
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
