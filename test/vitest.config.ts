import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Unit tests of the helpers (*.test.ts) and end-to-end tests over real processes (*.e2e.test.ts).
    include: ['src/**/*.test.ts'],
    testTimeout: 20_000,
    // End-to-end files each boot a whole stack and measure timing: one file at a time.
    fileParallelism: false,
  },
});
