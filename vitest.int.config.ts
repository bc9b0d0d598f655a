import { defineConfig } from 'vitest/config';

/** Integration tests that need a live model service (see README): `npm run test:int`. */
export default defineConfig({
  test: {
    include: ['test/**/*.int.test.ts'],
    testTimeout: 120000,
  },
});
