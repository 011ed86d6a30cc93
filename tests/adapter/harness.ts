import type { FigJamFake } from '../../fake'

/** The FigJam fake of the running test (installed fresh before each test by setup.ts). */
export function useFake(): FigJamFake {
  const fake = globalThis.__vpcFake
  if (!fake) throw new Error('tests/adapter/setup.ts did not install the FigJam fake')
  return fake
}
