// List formatting of sticky and shape text, as the typings describe it: `getRangeListOptions` /
// `setRangeListOptions` (TextListOptions: ORDERED, UNORDERED, NONE) per paragraph, `getStyledTextSegments` with
// `listOptions`; the list markers are not part of `characters`, and writing `characters` resets the formatting.
import { describe, expect, it } from 'vitest'
import { errorOf, setup, setupWithFont } from './helpers'

describe('list formatting of text sublayers', () => {
  it('a sticky formatted as an ordered list keeps its text without markers; each paragraph is a list item', async () => {
    const { fake, figma } = await setupWithFont()
    const sticky = figma.createSticky()
    sticky.text.characters = 'Long waits\nNo parking\nRude staff'
    expect(sticky.text.getRangeListOptions(0, sticky.text.characters.length)).toEqual({ type: 'NONE' })
    sticky.text.setRangeListOptions(0, 12, { type: 'ORDERED' })
    // The range touched the first two paragraphs only.
    expect(sticky.text.getRangeListOptions(0, 1)).toEqual({ type: 'ORDERED' })
    expect(sticky.text.getRangeListOptions(11, 12)).toEqual({ type: 'ORDERED' })
    expect(sticky.text.getRangeListOptions(22, 23)).toEqual({ type: 'NONE' })
    expect(sticky.text.getRangeListOptions(0, sticky.text.characters.length)).toBe(figma.mixed)
    expect(sticky.text.characters).toBe('Long waits\nNo parking\nRude staff')
    expect(sticky.text.getStyledTextSegments(['listOptions'])).toEqual([
      { characters: 'Long waits\nNo parking\n', start: 0, end: 22, listOptions: { type: 'ORDERED' } },
      { characters: 'Rude staff', start: 22, end: 32, listOptions: { type: 'NONE' } }
    ])
    expect(fake.counter.readsByProperty['STICKY.text.getStyledTextSegments']).toBe(1)
  })

  it('writing characters resets the list formatting ("reset styles applied to character ranges")', async () => {
    const { figma } = await setupWithFont()
    const shape = figma.createShapeWithText()
    shape.text.characters = 'Wait less'
    shape.text.setRangeListOptions(0, 9, { type: 'UNORDERED' })
    shape.text.characters = 'Wait far less'
    expect(shape.text.getRangeListOptions(0, 13)).toEqual({ type: 'NONE' })
  })

  it('refuses ranges outside the text and unknown list types, and an empty text has no segments', async () => {
    const { figma } = await setupWithFont()
    const sticky = figma.createSticky()
    expect(sticky.text.getStyledTextSegments(['listOptions'])).toEqual([])
    sticky.text.characters = 'abc'
    expect(errorOf(() => sticky.text.getRangeListOptions(0, 4))).toMatch(/not inside the text/)
    expect(errorOf(() => sticky.text.getRangeListOptions(2, 2))).toMatch(/not inside the text/)
    expect(errorOf(() => sticky.text.setRangeListOptions(0, 3, { type: 'NUMBERED' as 'ORDERED' }))).toMatch(
      /ORDERED/
    )
    expect(errorOf(() => sticky.text.getStyledTextSegments(['indentation']))).toMatch(/does not model/)
  })

  it('a person formatting a sticky as a list is one undo step and one change event', async () => {
    const { fake, figma } = setup()
    await figma.loadAllPagesAsync()
    const sticky = fake.user.addSticky({ text: 'Long waits', x: 0, y: 0 })
    await fake.flush()
    const changes: DocumentChange[] = []
    figma.on('documentchange', (event) => changes.push(...event.documentChanges))
    fake.user.formatList(sticky, 'ORDERED')
    await fake.flush()
    expect(changes.map((change) => [change.type, change.id])).toEqual([['PROPERTY_CHANGE', sticky.id]])
    expect(sticky.text.getRangeListOptions(0, 10)).toEqual({ type: 'ORDERED' })
    fake.undo.undo()
    expect(sticky.text.getRangeListOptions(0, 10)).toEqual({ type: 'NONE' })
  })

  it('typing "1. " with auto-formatting (unverified in FigJam) makes a list item without the marker', () => {
    const { fake } = setup()
    const sticky = fake.user.addSticky({ text: '', x: 0, y: 0 })
    fake.user.typeInto(sticky, '1. Long waits', { autoFormatLists: true })
    expect(sticky.text.characters).toBe('Long waits')
    expect(sticky.text.getRangeListOptions(0, 10)).toEqual({ type: 'ORDERED' })
    fake.user.typeInto(sticky, '- Cheap\nQuick', { autoFormatLists: true })
    expect(sticky.text.getStyledTextSegments(['listOptions']).map((s) => [s.characters, s.listOptions.type])).toEqual([
      ['Cheap\n', 'UNORDERED'],
      ['Quick', 'NONE']
    ])
    // Without it, the marker stays in the text.
    fake.user.typeInto(sticky, '1. Long waits')
    expect(sticky.text.characters).toBe('1. Long waits')
    expect(sticky.text.getRangeListOptions(0, 13)).toEqual({ type: 'NONE' })
  })
})
