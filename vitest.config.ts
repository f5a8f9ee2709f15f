import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20000,
    pool: 'forks',
    // Builds dist/ as `npm run build` does, for the tests that run the built shell.
    globalSetup: ['tests/unit/shell/harness/buildOnce.ts'],
  },
});
