import type { ESLint, Linter } from 'eslint'

/** Types for `eslint.layers.js`, so the lint test can reuse its blocks. */
export interface Layer {
  files: string
  may: string[]
  packages: { only: string[] } | { not: string[] }
}
export declare const LAYERS: Layer[]
export declare const layersPlugin: ESLint.Plugin
export declare const layersConfig: Linter.Config[]
