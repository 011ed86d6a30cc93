import { describe, expect, it } from 'vitest'
import { STICKY_COLORS, stickyHeight } from '../../fake'
import { firstFillHex, setup, setupWithFont } from './helpers'

describe('STICKY', () => {
  it('is 240 x 240, wide 416 x 240', () => {
    const { figma } = setup()
    const sticky = figma.createSticky()
    expect([sticky.width, sticky.height]).toEqual([240, 240])
    sticky.isWideWidth = true
    expect([sticky.width, sticky.height]).toEqual([416, 240])
  })

  it('has no resize and no rotation, like FigJam', () => {
    const { figma } = setup()
    const sticky = figma.createSticky()
    expect('resize' in sticky).toBe(false)
    expect('rotation' in sticky).toBe(false)
    expect(() => (sticky as unknown as { resize(w: number, h: number): void }).resize(10, 10)).toThrow(
      TypeError
    )
  })

  it('nodes are not extensible: writing a property they lack throws', () => {
    const { figma } = setup()
    const sticky = figma.createSticky()
    expect(Object.isExtensible(sticky)).toBe(false)
    expect(() => {
      ;(sticky as unknown as { rotation: number }).rotation = 45
    }).toThrow(TypeError)
  })

  it('read-only properties cannot be written', () => {
    const { figma } = setup()
    const sticky = figma.createSticky()
    expect(() => {
      ;(sticky as unknown as { width: number }).width = 10
    }).toThrow(TypeError)
  })

  it('its height grows with its text; the width stays', async () => {
    const { figma } = await setupWithFont()
    const sticky = figma.createSticky()
    sticky.text.characters = 'short'
    expect(sticky.height).toBe(240)
    sticky.text.characters = 'a fairly long sentence that keeps going '.repeat(6)
    expect(sticky.width).toBe(240)
    expect(sticky.height).toBeGreaterThan(240)
    expect(sticky.height).toBe(stickyHeight(sticky.text.characters, 24, false))
    const before = sticky.height
    sticky.isWideWidth = true
    expect(sticky.height).toBeLessThan(before)
  })

  it('has fills, an author and a visible author by default', () => {
    const { figma } = setup({ currentUser: { id: '7', name: 'Ada' } })
    const sticky = figma.createSticky()
    expect(sticky.authorName).toBe('Ada')
    expect(sticky.authorVisible).toBe(true)
    sticky.fills = [{ type: 'SOLID', color: { r: 179 / 255, g: 239 / 255, b: 189 / 255 } }]
    expect(firstFillHex(sticky.fills)).toBe(STICKY_COLORS.Green)
    sticky.authorVisible = false
    expect(sticky.authorVisible).toBe(false)
  })

  it('fills are frozen: change them by assigning a new array', () => {
    const { figma } = setup()
    const fills = figma.createSticky().fills as Paint[]
    expect(Object.isFrozen(fills)).toBe(true)
    expect(() => fills.push({ type: 'SOLID', color: { r: 0, g: 0, b: 0 } })).toThrow(TypeError)
  })

  it('bad paints are refused', () => {
    const { figma } = setup()
    const sticky = figma.createSticky()
    expect(() => (sticky.fills = [{ type: 'SOLID', color: { r: 255, g: 0, b: 0 } }])).toThrow(
      /between 0 and 1/
    )
  })
})

describe('SHAPE_WITH_TEXT', () => {
  it('is 208 x 208, resizable, rotatable, with a shapeType and text', async () => {
    const { figma } = await setupWithFont()
    const shape = figma.createShapeWithText()
    expect([shape.width, shape.height]).toEqual([208, 208])
    expect(shape.shapeType).toBe('SQUARE')
    shape.shapeType = 'ELLIPSE'
    shape.shapeType = 'ROUNDED_RECTANGLE'
    shape.shapeType = 'DIAMOND'
    expect(shape.shapeType).toBe('DIAMOND')
    shape.resize(400, 100)
    expect([shape.width, shape.height]).toEqual([400, 100])
    shape.rotation = 30
    expect(shape.rotation).toBe(30)
    shape.text.characters = 'Jobs'
    expect(shape.text.characters).toBe('Jobs')
  })

  it('refuses unknown shape types and tiny sizes', () => {
    const { figma } = setup()
    const shape = figma.createShapeWithText()
    expect(() => (shape.shapeType = 'BLOB' as ShapeWithTextNode['shapeType'])).toThrow(/Invalid enum value/)
    expect(() => shape.resize(0, 10)).toThrow(/greater than or equal to 0.01/)
  })

  it('has fills and strokes', () => {
    const { figma } = setup()
    const shape = figma.createShapeWithText()
    shape.strokes = [{ type: 'SOLID', color: { r: 0, g: 0, b: 0 } }]
    shape.strokeWeight = 3
    expect(firstFillHex(shape.strokes)).toBe('000000')
    expect(shape.strokeWeight).toBe(3)
  })
})

describe('SECTION', () => {
  it('starts small and takes resizeWithoutConstraints, fills and a name', () => {
    const { figma } = setup()
    const section = figma.createSection()
    expect([section.width, section.height]).toEqual([100, 100])
    section.resizeWithoutConstraints(1200, 800)
    expect([section.width, section.height]).toEqual([1200, 800])
    section.name = 'Customer Profile'
    section.fills = [{ type: 'SOLID', color: { r: 1, g: 1, b: 1 } }]
    expect(section.name).toBe('Customer Profile')
    expect(firstFillHex(section.fills)).toBe('FFFFFF')
  })

  it('has no rotation', () => {
    const { figma } = setup()
    expect('rotation' in figma.createSection()).toBe(false)
  })
})

describe('LINE', () => {
  it('its width is its length and its height 0; it rotates and has strokes', () => {
    const { figma } = setup()
    const line = figma.createLine()
    line.resize(300, 0)
    expect([line.width, line.height]).toEqual([300, 0])
    expect(() => line.resize(300, 5)).toThrow(/no height/)
    line.rotation = 90
    expect(line.absoluteBoundingBox).toEqual({ x: 0, y: -300, width: 0, height: 300 })
    line.strokeWeight = 2
    expect(line.strokes).toHaveLength(1)
  })
})

describe('TEXT', () => {
  it('needs its font for characters, names itself after them, and sizes to them', async () => {
    const { figma } = await setupWithFont()
    const text = figma.createText()
    text.characters = 'Gain creators'
    expect(text.name).toBe('Gain creators')
    expect(text.width).toBeGreaterThan(0)
    expect(text.height).toBeGreaterThan(0)
    text.name = 'Label'
    text.characters = 'Other'
    expect(text.name).toBe('Label')
  })

  it('fontSize takes numbers of at least 1', async () => {
    const { figma } = await setupWithFont()
    const text = figma.createText()
    text.fontSize = 32
    expect(text.fontSize).toBe(32)
    expect(() => (text.fontSize = 0)).toThrow(/greater than or equal to 1/)
  })
})

describe('GROUP', () => {
  it('figma.group wraps nodes; the group’s box is theirs; an emptied group disappears', () => {
    const { figma } = setup()
    const a = figma.createShapeWithText()
    const b = figma.createShapeWithText()
    b.x = 300
    const group = figma.group([a, b], figma.currentPage)
    expect(group.type).toBe('GROUP')
    expect(group.children).toEqual([a, b])
    expect([group.x, group.y, group.width, group.height]).toEqual([0, 0, 508, 208])
    a.remove()
    b.remove()
    expect(group.removed).toBe(true)
  })

  it('figma.group needs at least one node', () => {
    const { figma } = setup()
    expect(() => figma.group([], figma.currentPage)).toThrow(/at least one node/)
  })

  it('ungroup puts the children back', () => {
    const { figma } = setup()
    const a = figma.createSticky()
    const group = figma.group([a], figma.currentPage)
    expect(figma.ungroup(group)).toEqual([a])
    expect(a.parent).toBe(figma.currentPage)
    expect(group.removed).toBe(true)
  })
})

describe('STAMP', () => {
  it('there is no createStamp: stamps come from people (the user module)', () => {
    const { fake, figma } = setup()
    expect('createStamp' in figma).toBe(false)
    const sticky = fake.user.addSticky({ text: 'Vote me', x: 0, y: 0 })
    const stamp = fake.user.stamp(sticky)
    expect(stamp.type).toBe('STAMP')
    expect(stamp.stuckTo).toBe(sticky)
    expect(sticky.stuckNodes).toEqual([stamp])
  })

  it('getAuthorAsync names who stamped', async () => {
    const { fake } = setup()
    const sticky = fake.user.addSticky({ text: 'x', x: 0, y: 0 })
    const mine = fake.user.stamp(sticky)
    const theirs = fake.user.stamp(sticky, 'Thumbs up', { remote: true })
    expect((await mine.getAuthorAsync())?.name).toBe('Ada Lovelace')
    expect((await theirs.getAuthorAsync())?.name).toBe('Grace Hopper')
  })
})

describe('locked nodes', () => {
  it('locked is a plain property: a plugin can still edit a locked node', async () => {
    const { figma } = await setupWithFont()
    const sticky = figma.createSticky()
    sticky.locked = true
    sticky.x = 50
    sticky.text.characters = 'still editable'
    expect(sticky.locked).toBe(true)
    expect(sticky.x).toBe(50)
  })

  it('visible and name are plain properties too', () => {
    const { figma } = setup()
    const sticky = figma.createSticky()
    sticky.visible = false
    sticky.name = 'Hidden'
    expect([sticky.visible, sticky.name]).toEqual([false, 'Hidden'])
  })
})
