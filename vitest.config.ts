import { defineConfig } from 'vitest/config'

/**
 * One project per context, so each runs in the environment it has in production:
 * the pure core and the FigJam fake in plain Node, the adapter and main thread in Node with
 * the fake installed as the `figma` global before any module loads, the panel in a DOM,
 * and the browser tests driving the real bundles in system Chromium.
 */
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    reporters: process.env.CI ? ['default'] : ['default'],
    // A hang guard, not a speed check: property tests and axe scans are CPU-bound and take 5 to 10 times longer on
    // a busy 2-core machine than on an idle one, so vitest's 5 s default failed them at random. Speed is measured
    // in `npm run bench`; no test asserts it.
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'core', environment: 'node', include: ['tests/core/**/*.test.ts', 'tests/build/**/*.test.ts', 'tests/lint/**/*.test.ts', 'tests/contract/**/*.test.ts'] }
      },
      {
        extends: true,
        test: { name: 'fake', environment: 'node', include: ['tests/fake/**/*.test.ts'] }
      },
      {
        extends: true,
        test: {
          name: 'adapter',
          environment: 'node',
          include: ['tests/adapter/**/*.test.ts'],
          setupFiles: ['tests/adapter/setup.ts']
        }
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'happy-dom',
          include: ['tests/ui/**/*.test.tsx', 'tests/ui/**/*.test.ts']
        }
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Polls wait for what the page must come to show; 1 s (the default) raced a busy machine.
          expect: { poll: { timeout: 30_000 } },
          fileParallelism: false
        }
      }
    ]
  }
})
