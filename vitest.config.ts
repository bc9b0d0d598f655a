import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Integration tests need a live model (vitest.int.config.ts); browser tests a Chromium (vitest.browser.config.ts).
    exclude: ['test/**/*.int.test.ts', 'test/browser/**', 'node_modules/**'],
    globalSetup: ['test/support/run-tmpdir.ts'],
    testTimeout: 30000,
    hookTimeout: 60000,
    // Two workers even on 2 cores (vitest's default is cores - 1): many tests wait on a child process,
    // a socket or the disk, and a second worker keeps both cores busy meanwhile.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // The test files of a worker share loaded modules (LangChain, jieba, the knowledge loaders)
    // instead of importing them again per file: no test mocks modules or changes globals, and each
    // builds its own app, config and data folder. A test that mocks a module or changes a global
    // needs a project of its own with `isolate: true`.
    isolate: false,
  },
});
