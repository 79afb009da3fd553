import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // PostgreSQL integration files share one server; run files one at a time on 2 cores is slower,
    // so keep parallel files but each integration file uses its own database (see test/helpers/db.ts).
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
  },
});
