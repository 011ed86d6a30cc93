import { describe, expect, it } from 'vitest'
import { insertVpcAsync } from '../../src/commands/insert-vpc-async'
import { runCommandAsync } from '../../src/run/run-command'
import { DATA_KEYS, getData, ROLES } from '../../src/adapter/plugin-data'
import { readCanvasMeta } from '../../src/adapter/plugin-data'
import { overlaps } from '../../src/core/layout/placement'
import { zoneAt } from '../../src/core/zones'
import { ZONE_KEYS } from '../../src/core/types'
import type { Rect } from '../../src/core/types'
import { useFake } from '../adapter/harness'
import { canvasSections, pointInZone, shapesOf } from '../adapter/helpers'

const insert = (segment = 'Busy professionals', product = 'Fitness app', locale: 'en' | 'sv' | 'da' = 'en') =>
  runCommandAsync(locale, () => insertVpcAsync({ segment, product, locale }))

function boxOf(node: SceneNode): Rect {
  const box = node.absoluteBoundingBox
  if (!box) throw new Error('no box')
  return box
}

describe('inserting a Value Proposition Canvas', () => {
  it('draws one section with a square, a circle, six dividers, six labels and hints, within 30 nodes', async () => {
    const answer = await insert()
    expect(answer.ok).toBe(true)
    const sections = canvasSections()
    expect(sections).toHaveLength(1)
    const section = sections[0]!
    const parts = section.findAll(() => true)
    expect(parts.length + 1).toBeLessThanOrEqual(30)
    const shapes = section.findAllWithCriteria({ types: ['SHAPE_WITH_TEXT'] })
    expect(shapes.map((s) => s.shapeType).sort()).toEqual(['ELLIPSE', 'SQUARE'])
    expect(section.findAllWithCriteria({ types: ['LINE'] })).toHaveLength(6)
    const texts = section.findAllWithCriteria({ types: ['TEXT'] })
    const labels = ['Customer jobs', 'Pains', 'Gains', 'Products & services', 'Pain relievers', 'Gain creators']
    for (const label of labels) expect(texts.map((t) => t.characters)).toContain(label)
    // The square and circle are the two largest shapes in the section.
    const areas = parts.map((p) => boxOf(p).width * boxOf(p).height).sort((a, b) => b - a)
    const shapeAreas = shapes.map((s) => boxOf(s).width * boxOf(s).height)
    expect(Math.min(...shapeAreas)).toBeGreaterThanOrEqual(areas[1]!)
    // Square on the left, circle on the right.
    const { valueMap, customerProfile } = shapesOf(section)
    expect(valueMap.x + valueMap.width).toBeLessThan(customerProfile.x)
  })

  it('puts a sticky dropped at 60 % out on each sector centre inside that zone', async () => {
    await insert()
    const section = canvasSections()[0]!
    const shapes = shapesOf(section)
    for (const zone of ZONE_KEYS) expect(zoneAt(pointInZone(section, zone, 0.6), shapes)).toBe(zone)
  })

  it('labels each zone inside its own sector', async () => {
    await insert()
    const section = canvasSections()[0]!
    const shapes = shapesOf(section)
    const labelOf: Record<string, string> = {
      'Customer jobs': 'jobs',
      Pains: 'pains',
      Gains: 'gains',
      'Products & services': 'products',
      'Pain relievers': 'painRelievers',
      'Gain creators': 'gainCreators'
    }
    for (const text of section.findAllWithCriteria({ types: ['TEXT'] })) {
      const zone = labelOf[text.characters]
      if (!zone) continue
      const box = boxOf(text)
      expect(zoneAt({ x: box.x + box.width / 2, y: box.y + box.height / 2 }, shapes)).toBe(zone)
    }
  })

  it('locks the template parts and tags them with role, schema and locale; the section keeps the names', async () => {
    await insert('Parents', 'Meal kits', 'sv')
    const section = canvasSections()[0]!
    // The names have their own entries on the section, so the small `meta` (and the language) always reads back.
    expect(getData(section, DATA_KEYS.segment)).toBe('Parents')
    expect(getData(section, DATA_KEYS.product)).toBe('Meal kits')
    expect(readCanvasMeta((key) => getData(section, key))).toEqual({
      schema: 1,
      locale: 'sv',
      segment: 'Parents',
      product: 'Meal kits'
    })
    for (const part of section.children) {
      expect(part.locked).toBe(true)
      expect(getData(part, DATA_KEYS.role)).not.toBe('')
      expect(JSON.parse(getData(part, DATA_KEYS.meta))).toEqual({ schema: 1, locale: 'sv' })
    }
    expect(section.getRelaunchData()).toHaveProperty('check-fit')
  })

  it('places a second canvas beside the first without overlap, selects it and brings it into view', async () => {
    await insert('A', 'One')
    await insert('B', 'Two')
    const [first, second] = canvasSections()
    expect(overlaps(boxOf(first!), boxOf(second!))).toBe(false)
    expect(figma.currentPage.selection.map((n) => n.id)).toEqual([second!.id])
    const view = figma.viewport.bounds
    const box = boxOf(second!)
    expect(box.x).toBeGreaterThanOrEqual(view.x - 1)
    expect(box.x + box.width).toBeLessThanOrEqual(view.x + view.width + 1)
  })

  it('never lands on what is already on the page', async () => {
    const fake = useFake()
    const centre = figma.viewport.center
    const sticky = fake.user.addSticky({ text: 'already here', x: centre.x - 120, y: centre.y - 120 })
    await insert()
    expect(overlaps(boxOf(canvasSections()[0]!), boxOf(sticky))).toBe(false)
  })

  it('is exactly one undo step', async () => {
    const fake = useFake()
    const before = fake.undo.steps
    await insert()
    expect(fake.undo.steps).toBe(before + 1)
    expect(fake.undo.undo()).toBe(true)
    expect(canvasSections()).toHaveLength(0)
    expect(figma.currentPage.children).toHaveLength(0)
  })

  it('tells the user what was inserted', async () => {
    await insert('Students', 'Bike repair')
    const messages = useFake().session.notifications.map((n) => n.message)
    expect(messages).toContain('Inserted a Value Proposition Canvas for Students · Bike repair')
  })

  it.each([
    ['empty names', '', ''],
    ['500-character names', 'S'.repeat(500), 'P'.repeat(500)],
    ['emoji', '🚴‍♀️ Cyclists 🚲', '🔧 Repair'],
    ['right-to-left text', 'לקוחות עסקיים', 'تطبيق اللياقة'],
    ['line breaks and spaces', '  Busy\nprofessionals  ', '\tapp ']
  ])('draws a well-formed canvas for %s', async (_label, segment, product) => {
    const answer = await insert(segment, product)
    expect(answer.ok).toBe(true)
    const section = canvasSections()[0]!
    expect(section.findAllWithCriteria({ types: ['SHAPE_WITH_TEXT'] })).toHaveLength(2)
    const title = section.findAllWithCriteria({ types: ['TEXT'] }).find((t) => t.fontSize === 72)
    expect(title).toBeDefined()
    expect(Array.from(title!.characters).length).toBeLessThanOrEqual(70)
    expect(title!.characters).not.toMatch(/\n/)
    expect(section.name.length).toBeLessThanOrEqual(120)
    const meta = readCanvasMeta((key) => getData(section, key))
    expect(meta.segment).toBe(segment.trim())
    expect(meta.product).toBe(product.trim())
  })

  it('refuses to run in Figma Design, with a clear message and nothing drawn', async () => {
    useFake().setEditorType('figma')
    const answer = await insert()
    expect(answer).toEqual({ ok: false, message: 'VPC Fit works in FigJam. Open a FigJam board and run it there.' })
    expect(figma.currentPage.children).toHaveLength(0)
  })

  it('stops before drawing anything when the font cannot load', async () => {
    const fake = useFake()
    fake.makeFontUnavailable({ family: 'Inter', style: 'Medium' })
    const steps = fake.undo.steps
    const answer = await insert()
    expect(answer.ok).toBe(false)
    expect(answer.message).toMatch(/Inter/)
    expect(figma.currentPage.children).toHaveLength(0)
    expect(fake.undo.steps).toBe(steps)
    expect(fake.session.notifications.at(-1)?.options?.error).toBe(true)
  })

  it('treats a copy-pasted canvas as a new canvas of its own', async () => {
    await insert()
    const fake = useFake()
    fake.user.duplicate([canvasSections()[0]!])
    const sections = canvasSections()
    expect(sections).toHaveLength(2)
    expect(sections[0]!.id).not.toBe(sections[1]!.id)
    expect(sections[1]!.children.some((c) => getData(c, DATA_KEYS.role) === ROLES.valueMap)).toBe(true)
  })
})
