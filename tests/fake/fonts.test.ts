import { describe, expect, it } from 'vitest'
import { createFigJam } from '../../fake'
import { errorOf, setup, setupWithFont } from './helpers'

const UNLOADED_INTER_MEDIUM =
  'in set_characters: Cannot write to node with unloaded font "Inter Medium". Please call ' +
  'figma.loadFontAsync({ family: "Inter", style: "Medium" }) and await the returned promise first.'

describe('text needs its font loaded first', () => {
  it('writing sticky text before loadFontAsync throws Figma’s exact message', () => {
    const { figma } = setup()
    const sticky = figma.createSticky()
    expect(errorOf(() => (sticky.text.characters = 'Pain'))).toBe(UNLOADED_INTER_MEDIUM)
  })

  it('the message names the property written: set_fontSize, set_fontName', () => {
    const { figma } = setup()
    const shape = figma.createShapeWithText()
    expect(errorOf(() => (shape.text.fontSize = 30))).toBe(
      UNLOADED_INTER_MEDIUM.replace('set_characters', 'set_fontSize')
    )
    expect(errorOf(() => (shape.text.fontName = { family: 'Roboto Mono', style: 'Medium' }))).toBe(
      'in set_fontName: Cannot write to node with unloaded font "Roboto Mono Medium". Please call ' +
        'figma.loadFontAsync({ family: "Roboto Mono", style: "Medium" }) and await the returned promise first.'
    )
  })

  it('even writing an empty string needs the font', () => {
    const { figma } = setup()
    expect(() => (figma.createSticky().text.characters = '')).toThrow(/unloaded font/)
  })

  it('text nodes, shapes and connectors check too', () => {
    const { figma } = setup()
    expect(() => (figma.createText().characters = 'x')).toThrow(/unloaded font "Inter Medium"/)
    expect(() => (figma.createShapeWithText().text.characters = 'x')).toThrow(/unloaded font/)
    expect(() => (figma.createConnector().text.characters = 'x')).toThrow(/unloaded font/)
  })

  it('after awaiting loadFontAsync the write works', async () => {
    const { figma } = await setupWithFont()
    const sticky = figma.createSticky()
    sticky.text.characters = 'Pain'
    expect(sticky.text.characters).toBe('Pain')
  })

  it('a load that was not awaited has not finished yet', () => {
    const { figma } = setup()
    void figma.loadFontAsync({ family: 'Inter', style: 'Medium' })
    expect(() => (figma.createSticky().text.characters = 'x')).toThrow(/unloaded font/)
  })

  it('loading a family without a style loads all its styles', async () => {
    const { figma } = setup()
    await figma.loadFontAsync({ family: 'Inter' })
    const text = figma.createText()
    text.fontName = { family: 'Inter', style: 'Bold' }
    expect(text.fontName).toEqual({ family: 'Inter', style: 'Bold' })
  })

  it('changing fills needs no font', () => {
    const { figma } = setup()
    const sticky = figma.createSticky()
    sticky.fills = [{ type: 'SOLID', color: { r: 1, g: 0, b: 0 } }]
    expect(sticky.fills).toHaveLength(1)
  })
})

describe('fonts are loaded per session', () => {
  it('a new session starts with no fonts loaded', async () => {
    const fake = createFigJam()
    await fake.startSession().figma.loadFontAsync({ family: 'Inter', style: 'Medium' })
    const next = fake.startSession().figma
    expect(() => (next.createSticky().text.characters = 'x')).toThrow(/unloaded font/)
  })

  it('two fakes never share loaded fonts', async () => {
    await setupWithFont()
    const { figma } = setup()
    expect(() => (figma.createSticky().text.characters = 'x')).toThrow(/unloaded font/)
  })
})

describe('font availability', () => {
  it('the default text font is Inter Medium', () => {
    const { figma } = setup()
    expect(figma.createSticky().text.fontName).toEqual({ family: 'Inter', style: 'Medium' })
    expect(figma.createShapeWithText().text.fontName).toEqual({ family: 'Inter', style: 'Medium' })
    expect(figma.createText().fontName).toEqual({ family: 'Inter', style: 'Medium' })
  })

  it('makeFontUnavailable makes loadFontAsync reject and nodes report hasMissingFont', async () => {
    const { fake, figma } = setup()
    const sticky = figma.createSticky()
    expect(sticky.text.hasMissingFont).toBe(false)
    fake.makeFontUnavailable({ family: 'Inter', style: 'Medium' })
    await expect(figma.loadFontAsync({ family: 'Inter', style: 'Medium' })).rejects.toThrow(
      'The font "Inter Medium" could not be loaded'
    )
    expect(sticky.text.hasMissingFont).toBe(true)
    expect(figma.hasMissingFont).toBe(true)
  })

  it('the unavailableFonts option does the same from the start', async () => {
    const { figma } = setup({ unavailableFonts: [{ family: 'Inter', style: 'Medium' }] })
    await expect(figma.loadFontAsync({ family: 'Inter', style: 'Medium' })).rejects.toThrow(
      /could not be loaded/
    )
  })

  it('fonts the editor does not have cannot be loaded', async () => {
    const { figma } = setup()
    await expect(figma.loadFontAsync({ family: 'Comic Sans', style: 'Regular' })).rejects.toThrow(
      /could not be loaded/
    )
  })

  it('listAvailableFontsAsync lists FigJam’s presets and leaves out unavailable ones', async () => {
    const { fake, figma } = setup()
    fake.makeFontUnavailable({ family: 'Figma Hand', style: 'Regular' })
    const names = (await figma.listAvailableFontsAsync()).map(
      (f) => `${f.fontName.family} ${f.fontName.style}`
    )
    expect(names).toEqual(
      expect.arrayContaining(['Inter Medium', 'Merriweather Regular', 'Roboto Mono Medium'])
    )
    expect(names).not.toContain('Figma Hand Regular')
  })

  it('figma.mixed is a symbol, the same for every session', () => {
    const fake = createFigJam()
    expect(typeof fake.figma.mixed).toBe('symbol')
    expect(fake.startSession().figma.mixed).toBe(fake.figma.mixed)
  })
})
