import { describe, expect, it } from 'vitest'
import { setup } from './helpers'

describe('coordinates', () => {
  it('children of a section use section-local coordinates', () => {
    const { figma } = setup()
    const section = figma.createSection()
    section.resizeWithoutConstraints(1000, 1000)
    section.x = 500
    section.y = 200
    const sticky = figma.createSticky()
    section.appendChild(sticky)
    sticky.x = 100
    sticky.y = 50
    expect(sticky.absoluteBoundingBox).toEqual({ x: 600, y: 250, width: 240, height: 240 })
    expect(sticky.absoluteTransform).toEqual([
      [1, 0, 600],
      [0, 1, 250]
    ])
    expect(sticky.relativeTransform).toEqual([
      [1, 0, 100],
      [0, 1, 50]
    ])
  })

  it('appendChild keeps the x/y numbers, so the node visually jumps (as in Figma)', () => {
    const { figma } = setup()
    const section = figma.createSection()
    section.x = 1000
    const sticky = figma.createSticky()
    sticky.x = 1100
    section.appendChild(sticky)
    expect(sticky.x).toBe(1100)
    expect(sticky.absoluteBoundingBox?.x).toBe(2100)
  })

  it('a section child’s absolute box follows the section when the section moves', () => {
    const { figma } = setup()
    const section = figma.createSection()
    const sticky = figma.createSticky()
    section.appendChild(sticky)
    section.x = 300
    section.y = 400
    expect(sticky.absoluteBoundingBox).toMatchObject({ x: 300, y: 400 })
    expect(sticky.x).toBe(0)
  })

  it('moving a node through the API never reparents it, even over a section', () => {
    const { figma } = setup()
    const section = figma.createSection()
    section.resizeWithoutConstraints(1000, 1000)
    const sticky = figma.createSticky()
    sticky.x = 100
    sticky.y = 100
    expect(sticky.parent).toBe(figma.currentPage)
  })

  it('nested sections add up', () => {
    const { figma } = setup()
    const outer = figma.createSection()
    const inner = figma.createSection()
    outer.appendChild(inner)
    outer.x = 100
    inner.x = 10
    const shape = figma.createShapeWithText()
    inner.appendChild(shape)
    shape.x = 1
    expect(shape.absoluteBoundingBox?.x).toBe(111)
  })

  it('absoluteBoundingBox of a rotated node is the box around the rotated rectangle', () => {
    const { figma } = setup()
    const shape = figma.createShapeWithText()
    shape.resize(200, 100)
    shape.rotation = 90
    // Rotation is counter-clockwise about the top-left: (200, 0) goes to (0, -200).
    expect(shape.absoluteBoundingBox).toEqual({ x: 0, y: -200, width: 100, height: 200 })
    shape.rotation = 45
    const box = shape.absoluteBoundingBox as Rect
    expect(box.width).toBeCloseTo((200 + 100) / Math.SQRT2, 6)
    expect(box.height).toBeCloseTo((200 + 100) / Math.SQRT2, 6)
  })

  it('rotation and relativeTransform agree (rotation = atan2(-m10, m00))', () => {
    const { figma } = setup()
    const shape = figma.createShapeWithText()
    shape.rotation = 30
    const [[m00], [m10]] = shape.relativeTransform
    expect((Math.atan2(-m10, m00) * 180) / Math.PI).toBeCloseTo(30, 9)
    shape.relativeTransform = [
      [1, 0, 40],
      [0, 1, 60]
    ]
    expect([shape.x, shape.y, shape.rotation]).toEqual([40, 60, 0])
  })

  it('rotation is reported in (-180, 180]', () => {
    const { figma } = setup()
    const shape = figma.createShapeWithText()
    shape.rotation = 270
    expect(shape.rotation).toBe(-90)
  })

  it('a sticky cannot be rotated through relativeTransform either', () => {
    const { figma } = setup()
    const sticky = figma.createSticky()
    expect(
      () =>
        (sticky.relativeTransform = [
          [0, 1, 0],
          [-1, 0, 0]
        ])
    ).toThrow(/cannot be rotated/)
  })

  it('x and y must be finite numbers', () => {
    const { figma } = setup()
    const sticky = figma.createSticky()
    expect(() => (sticky.x = Number.NaN)).toThrow(/finite number/)
  })

  it('group children keep coordinates in the group’s parent space; moving the group moves them', () => {
    const { figma } = setup()
    const section = figma.createSection()
    section.x = 1000
    const a = figma.createSticky()
    section.appendChild(a)
    a.x = 100
    const group = figma.group([a], section)
    expect(a.x).toBe(100)
    expect(group.x).toBe(100)
    group.x = 150
    expect(a.x).toBe(150)
    expect(a.absoluteBoundingBox?.x).toBe(1150)
  })
})
