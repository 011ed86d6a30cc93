// Runs before every adapter test file, before the file imports any plugin module: modules such as
// `@create-figma-plugin/utilities` touch `figma` at import time, as they do in FigJam.
import { beforeEach } from 'vitest'
import { installFigJam } from '../../fake'
import type { FigJamFake } from '../../fake'

declare global {
  var __vpcFake: FigJamFake | undefined
}

globalThis.__vpcFake = installFigJam()

// A fresh FigJam for every test: documents, fonts, undo history and notifications never leak.
beforeEach(() => {
  globalThis.__vpcFake = installFigJam()
})
