import { defineConfig } from 'vitest/config';

/**
 * Real-browser tests of the workbench (`npm run test:browser`): playwright-core driving Debian's
 * Chromium at /usr/bin/chromium (CHROMIUM_PATH to use another). One file at a time: each starts
 * the whole app and a browser, and two at once only compete for the same cores.
 */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.browser.test.ts'],
    fileParallelism: false,
    globalSetup: ['test/support/run-tmpdir.ts'],
    testTimeout: 60000,
    hookTimeout: 120000,
  },
});
