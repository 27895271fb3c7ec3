/**
 * Checks files on worker threads, each worker loading the pipeline once.
 * Every file is bounded in time (a timer) and memory (`resourceLimits`): a
 * worker that hangs is terminated, one that dies is replaced, and the file
 * becomes a failed report in plain words — the batch always goes on.
 * Results come back as they finish; the caller puts them in order.
 */
import { Worker } from 'node:worker_threads';
import type { IngestLimits } from '../ingest/limits.js';
import type { Report } from '../model.js';
import { failedReport } from '../pipeline.js';
import { timedOut, workerDied } from './read-failures.js';

export interface WorkerTask {
  index: number;
  path: string;
}

export interface WorkerReply {
  index: number;
  report: Report;
}

export interface PoolOptions {
  jobs: number;
  /** per-file bound, in milliseconds */
  timeoutMs: number;
  /** per-worker heap bound, in MB */
  maxMemoryMb: number;
  limits?: Partial<IngestLimits>;
}

// Resolved next to this module, so it works from dist/ (the worker must be compiled JS).
const WORKER_URL = new URL('./worker.js', import.meta.url);

interface Slot {
  worker: Worker;
  task: WorkerTask | null;
  timer: NodeJS.Timeout | null;
}

export class WorkerPool {
  private readonly slots = new Set<Slot>();
  private stopped = false;

  constructor(private readonly options: PoolOptions) {}

  /** Checks every path; `onResult` gets each report with its index as soon as it is done. */
  run(paths: readonly string[], onResult: (index: number, report: Report) => void): Promise<void> {
    let next = 0;
    let pending = paths.length;
    return new Promise<void>((resolve) => {
      if (pending === 0) return resolve();

      const finish = (slot: Slot, report: Report): void => {
        const task = slot.task;
        if (!task) return;
        if (slot.timer) clearTimeout(slot.timer);
        slot.task = null;
        slot.timer = null;
        if (this.stopped) return;
        onResult(task.index, report);
        pending -= 1;
        if (pending === 0) void this.stop().then(() => resolve());
      };

      const feed = (slot: Slot): void => {
        if (this.stopped || next >= paths.length) return;
        const task: WorkerTask = { index: next, path: paths[next] as string };
        next += 1;
        slot.task = task;
        slot.timer = setTimeout(() => {
          // A hung worker never answers: cut it off and carry on with a fresh one.
          replace(slot, failedReport(task.path, null, timedOut(this.options.timeoutMs / 1000)));
        }, this.options.timeoutMs);
        slot.worker.postMessage(task);
      };

      const replace = (slot: Slot, report: Report | null): void => {
        if (!this.retire(slot)) return;
        if (report) finish(slot, report);
        if (!this.stopped && next < paths.length) feed(spawn());
      };

      const spawn = (): Slot => {
        const slot = this.spawn();
        slot.worker.on('message', (reply: WorkerReply) => {
          if (slot.task?.index !== reply.index) return;
          finish(slot, reply.report);
          feed(slot);
        });
        const died = (detail: string): void => {
          const task = slot.task;
          replace(slot, task ? failedReport(task.path, null, workerDied(detail)) : null);
        };
        slot.worker.on('error', (error) => died(error.message));
        slot.worker.on('exit', (code) => died(`exit code ${code}`));
        return slot;
      };

      const count = Math.max(1, Math.min(this.options.jobs, paths.length));
      for (let i = 0; i < count; i++) feed(spawn());
    });
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_URL, {
      workerData: { limits: this.options.limits ?? {} },
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxMemoryMb },
    });
    const slot: Slot = { worker, task: null, timer: null };
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
