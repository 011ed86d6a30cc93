import type { Linter } from 'eslint'

/** Types for `eslint.config.js`, so the lint test can check the layer blocks are in it. */
declare const config: Linter.Config[]
export default config
