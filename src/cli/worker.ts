/**
 * A pool worker: loads the pipeline (and nodejieba's dictionaries) once, then
 * checks each file it is sent and posts back its FileResult — the summary row,
 * the finished output texts and the batch signature, so the main thread only
 * writes them and compares signatures.
 *
 * Test hooks, only when JIXIAO_TEST_HOOKS=1: a file whose name contains
 * `__hang__` spins forever and one with `__oom__` allocates until the memory
 * bound kills the worker — real hangs and real deaths, so the tests exercise
 * the pool's actual cut-off and replacement.
 */
import { parentPort, workerData } from 'node:worker_threads';
import path from 'node:path';
import type { SourceDocument } from '../model.js';
import { checkFile } from './check-file.js';
import { fileResult } from './file-result.js';
import type { WorkerData, WorkerReply, WorkerTask } from './pool.js';

const { limits, result: resultOptions } = workerData as WorkerData;
const testHooks = process.env.JIXIAO_TEST_HOOKS === '1';

function misbehaveForTests(file: string): void {
  const name = path.basename(file);
  if (name.includes('__hang__')) {
    for (;;) {
      // a hung parser: never yields
    }
  }
  if (name.includes('__oom__')) {
    const hoard: string[][] = [];
    for (;;) hoard.push(new Array<string>(1_000_000).fill(`${hoard.length}`));
  }
}

parentPort?.on('message', (task: WorkerTask) => {
  if (testHooks) misbehaveForTests(task.path);
  let doc: SourceDocument | null = null;
  void checkFile(task.path, limits, (read) => (doc = read)).then((report) => {
    const reply: WorkerReply = { index: task.index, result: fileResult(report, resultOptions, doc) };
    parentPort?.postMessage(reply);
  });
});

// The imports above are loaded: from here on a file's time is its own.
const ready: WorkerReply = { ready: true };
parentPort?.postMessage(ready);
