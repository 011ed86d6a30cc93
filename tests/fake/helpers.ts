import { createFigJam, type FigJamFake, type FigJamOptions } from '../../fake'

/** A fresh fake with a started session, and its `figma`. */
export function setup(options?: FigJamOptions): { fake: FigJamFake; figma: PluginAPI } {
  const fake = createFigJam(options)
  const session = fake.startSession()
  return { fake, figma: session.figma }
}

/** A fresh fake whose session already loaded Inter Medium (FigJam's text font). */
export async function setupWithFont(
  options?: FigJamOptions
): Promise<{ fake: FigJamFake; figma: PluginAPI }> {
  const result = setup(options)
  await result.figma.loadFontAsync({ family: 'Inter', style: 'Medium' })
  return result
}

/** The hex of a node's first solid fill. */
export function firstFillHex(fills: ReadonlyArray<Paint> | symbol): string {
  if (typeof fills === 'symbol') throw new Error('mixed fills')
  const paint = fills[0]
  if (paint === undefined || paint.type !== 'SOLID') throw new Error('no solid fill')
  const byte = (v: number): string =>
    Math.round(v * 255)
      .toString(16)
      .padStart(2, '0')
  return `${byte(paint.color.r)}${byte(paint.color.g)}${byte(paint.color.b)}`.toUpperCase()
}

/** Error message of a function that must throw. */
export function errorOf(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
  throw new Error('expected a throw')
}
