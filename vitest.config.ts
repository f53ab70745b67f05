import path from 'node:path'

import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    alias: [
      { find: 'server-only', replacement: path.resolve('tests/helpers/serverOnlyStub.ts') },
      // Payload loads graphql's CommonJS build; Vite would give the app's own files the ES build, and
      // graphql tells its errors and types apart with instanceof, so both must be the same copy (as
      // in the built app, where Payload's Next config keeps graphql external).
      { find: /^graphql$/, replacement: path.resolve('node_modules/graphql/index.js') },
    ],
  },
  test: {
    environment: 'node',
    env: {
      PAYLOAD_SECRET: 'vitest-secret-not-used-anywhere-else',
      NEXT_TELEMETRY_DISABLED: '1',
      // A 49-occupation slice of the release keeps every seeded test database and `npm start` quick;
      // the first-run test loads the whole release, as a newcomer's `npm start` does.
      ONET_RELEASE: 'tests/fixtures/onet/slice-29.2',
    },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'int',
          include: ['tests/int/**/*.int.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          testTimeout: 600_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
