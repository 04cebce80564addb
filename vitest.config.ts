import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql ships CJS (main) and ESM (module). Node, mercurius and graphql-query-complexity load the
    // CJS build; Vite would hand tests the ESM one, and two graphql copies break instanceof checks
    // ("Cannot use GraphQLSchema from another module or realm"). Pin everyone to the CJS build.
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // One embedded Neo4j serves the whole run and each file clears it: files must take turns.
    globalSetup: ['test/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
  },
});
