/**
 * The worker pool itself, from dist/ (the worker must be compiled JS; `npm
 * test` builds dist/ before vitest runs): a slow file holds back how far the
 * others may run ahead, so finished reports never pile up behind it.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/corpus.js';
import { CLEAN_REPORT, tempDir } from './support.js';

type PoolModule = typeof import('../../src/cli/pool.js');

describe('WorkerPool', () => {
  it('starts no file more than maxAhead places past the earliest unfinished one', async () => {
    const { WorkerPool } = (await import(pathToFileURL(path.join(repoRoot, 'dist/cli/pool.js')).href)) as PoolModule;
    const dir = tempDir();
    const paths = ['a__hang__.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt', 'f.txt'].map((name) => {
      writeFileSync(path.join(dir, name), CLEAN_REPORT);
      return path.join(dir, name);
    });
    const previous = process.env.JIXIAO_TEST_HOOKS;
    process.env.JIXIAO_TEST_HOOKS = '1'; // workers take the environment they are started with
    const arrivals: number[] = [];
    try {
      const pool = new WorkerPool({ jobs: 2, timeoutMs: 3000, maxMemoryMb: 512, maxAhead: 3 });
      await pool.run(paths, (index, result) => {
        arrivals.push(index);
        expect(result.row.file).toBe(paths[index]);
      });
    } finally {
      if (previous === undefined) delete process.env.JIXIAO_TEST_HOOKS;
      else process.env.JIXIAO_TEST_HOOKS = previous;
    }
    expect([...arrivals].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    // while file 0 hung, only files 1 and 2 (within 3 places of it) could finish
    expect(arrivals.slice(0, 3)).toEqual([1, 2, 0]);
  }, 120_000);
});
