import { defineConfig } from 'vitest/config'

/**
 * One project per context, so each runs in the environment it has in production, and each takes its tests by
 * the source folders they mirror (`tests/<folder>` tests `<folder>` of the sources):
 * - core (plain Node): `src/core`, `contract`, `src/i18n`, the lint layers and the built bundles;
 * - fake (plain Node): `fake`;
 * - adapter (Node, the fake installed as the `figma` global before any module loads): `src/adapter`,
 *   `src/commands`, `src/messages`, `src/panel`, `src/main.ts`, and the reliability suite that drives them all;
 * - ui (a DOM): `ui`;
 * - browser (system Chromium, the real bundles): the playground and the panel end to end.
 */
const pure = ['core', 'contract', 'i18n', 'lint', 'build']
const mainThread = ['adapter', 'commands', 'messages', 'panel', 'main']
const testsOf = (folders: string[], extensions = ['ts']) =>
  folders.flatMap((folder) => extensions.map((extension) => `tests/${folder}/**/*.test.${extension}`))

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
        test: { name: 'core', environment: 'node', include: testsOf(pure) }
      },
      {
        extends: true,
        test: { name: 'fake', environment: 'node', include: testsOf(['fake']) }
      },
      {
        extends: true,
        test: {
          name: 'adapter',
          environment: 'node',
          include: testsOf(mainThread),
          setupFiles: ['tests/adapter/setup.ts']
        }
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'happy-dom',
          include: testsOf(['ui'], ['ts', 'tsx'])
        }
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: testsOf(['browser']),
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
