import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Test files share a worker's module cache: with isolation every file re-imported the
    // pipeline (mammoth, pdfjs, nodejieba, the lexicons), 300 s of a 740 s run on 2 cores.
    // No test keeps module state between files; the one vi.mock (name-key) is reset by vitest.
    isolate: false,
  },
});
