import { describe, expect, it } from 'vitest';
import { defaultJobs } from '../../src/cli/main.js';

describe('default --jobs', () => {
  it('is one per CPU, capped by what free memory holds, and at least one', () => {
    const GB = 1024 ** 3;
    expect(defaultJobs(4, 64 * GB)).toBe(4);
    expect(defaultJobs(16, 2 * GB)).toBe(5);
    expect(defaultJobs(8, 0.1 * GB)).toBe(1);
  });
});
