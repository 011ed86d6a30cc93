import { describe, expect, it } from 'vitest'
import { findBmc } from '../../src/adapter/bmc/find-bmc'
import { insertBmcAsync } from '../../src/commands/insert-bmc-async'
import { insertVpcAsync } from '../../src/commands/insert-vpc-async'
import type { Rect } from '../../src/core/types'
import { useFake } from './harness'

const INTER_MEDIUM = { family: 'Inter', style: 'Medium' }

function page(): PageNode {
  return useFake().figma.currentPage
}

function rect(box: { x: number; y: number; width: number; height: number }): Rect {
  return { x: box.x, y: box.y, width: box.width, height: box.height }
}

function boxOfId(id: string): Rect {
  return rect(useFake().inspect.node(id)!.box)
}

/** A text label as people type it on a board (the user module has no text tool, so the plugin API draws it). */
async function label(text: string, x: number, y: number): Promise<string> {
  const fake = useFake()
  await fake.figma.loadFontAsync(INTER_MEDIUM)
  const node = fake.figma.createText()
  node.fontName = INTER_MEDIUM
  node.characters = text
  node.x = x
  node.y = y
  fake.figma.commitUndo()
  return node.id
}

describe('findBmc', () => {
  it('an empty page has none', () => {
    expect(findBmc(page())).toBeNull()
  })

  it('finds the plugin’s own BMC with both blocks and its section', async () => {
    await insertBmcAsync({ locale: 'en' })
    const target = findBmc(page())!
    const inspected = useFake().inspect.nodes()
    const section = inspected.find((n) => n.sharedPluginData.vpcfit?.role === 'bmc-canvas')!
    const vp = inspected.find(
      (n) => n.sharedPluginData.vpcfit?.block === 'valuePropositions' && n.type === 'SHAPE_WITH_TEXT'
    )!
    const cs = inspected.find(
      (n) => n.sharedPluginData.vpcfit?.block === 'customerSegments' && n.type === 'SHAPE_WITH_TEXT'
    )!
    expect(target.source).toBe('plugin')
    expect(target.sectionId).toBe(section.id)
    expect(target.valuePropositions?.node.id).toBe(vp.id)
    expect(target.valuePropositions?.box).toEqual(rect(vp.box))
    expect(target.customerSegments?.node.id).toBe(cs.id)
  })

  it('is read-only', async () => {
    const fake = useFake()
    await insertBmcAsync({ locale: 'en' })
    fake.user.addSection({ name: 'Value Propositions', x: 50_000, y: 0, width: 900, height: 900 })
    fake.counter.reset()
    findBmc(page())
    expect(Object.keys(fake.counter.writes)).toEqual([])
  })

  it('prefers the plugin’s BMC over a hand-drawn one', async () => {
    const fake = useFake()
    fake.user.addSection({ name: 'Value Propositions', x: 50_000, y: 0, width: 900, height: 900 })
    fake.user.addSection({ name: 'Customer Segments', x: 51_000, y: 0, width: 900, height: 900 })
    await insertBmcAsync({ locale: 'en' })
    expect(findBmc(page())?.source).toBe('plugin')
  })

  it('among two plugin BMCs, picks the one nearest the canvas', async () => {
    await insertBmcAsync({ locale: 'en' })
    await insertBmcAsync({ locale: 'en' })
    const sections = useFake()
      .inspect.nodes()
      .filter((n) => n.sharedPluginData.vpcfit?.role === 'bmc-canvas')
    const second = sections[1]!
    expect(
      findBmc(page(), { near: { x: second.box.x + 9000, y: 0, width: 10, height: 10 } })?.sectionId
    ).toBe(second.id)
    expect(findBmc(page())?.sectionId).toBe(sections[0]!.id)
  })

  it('a plugin BMC that lost one block gives that block and null for the other', async () => {
    const fake = useFake()
    await insertBmcAsync({ locale: 'en' })
    const cs = fake.inspect
      .nodes()
      .find((n) => n.sharedPluginData.vpcfit?.block === 'customerSegments' && n.type === 'SHAPE_WITH_TEXT')!
    fake.user.delete([cs.id])
    const target = findBmc(page())!
    expect(target.source).toBe('plugin')
    expect(target.valuePropositions).not.toBeNull()
    expect(target.customerSegments).toBeNull()
  })

  it.each([
    ['Value Propositions', 'Customer Segments'],
    ['Værditilbud', 'Kundesegmenter'],
    ['Värdeerbjudanden', 'Kundsegment'],
    ['Wertangebote', 'Kundensegmente'],
    ['3. Value proposition:', '🎯 customer segments']
  ])('recognises hand-drawn sections named %j and %j', (vpName, csName) => {
    const fake = useFake()
    const group = fake.user.addSection({ name: 'Our business model', x: 0, y: 0, width: 5000, height: 3000 })
    fake.user.addSection({ name: 'Key Partners', x: 100, y: 100, width: 900, height: 1800 })
    const vp = fake.user.addSection({ name: vpName, x: 1100, y: 100, width: 900, height: 1800 })
    const cs = fake.user.addSection({ name: csName, x: 2100, y: 100, width: 900, height: 1800 })
    const target = findBmc(page())!
    expect(target.source).toBe('foreign')
    expect(target.valuePropositions?.node.id).toBe(vp.id)
    expect(target.customerSegments?.node.id).toBe(cs.id)
    expect(target.valuePropositions?.box).toEqual(boxOfId(vp.id))
    expect(target.sectionId).toBe(group.id)
  })

  it('recognises shapes by their text', () => {
    const fake = useFake()
    const vp = fake.user.addShape({
      x: 0,
      y: 0,
      width: 900,
      height: 1600,
      text: 'Value Propositions',
      shapeType: 'SQUARE'
    })
    const cs = fake.user.addShape({
      x: 1000,
      y: 0,
      width: 900,
      height: 1600,
      text: 'Customer Segments',
      shapeType: 'SQUARE'
    })
    const target = findBmc(page())!
    expect(target.valuePropositions?.node.id).toBe(vp.id)
    expect(target.customerSegments?.node.id).toBe(cs.id)
    expect(target.sectionId).toBeNull()
  })

  it('recognises text labels over plain rectangles: the rectangle is the block', async () => {
    const fake = useFake()
    fake.user.addSection({ name: 'BMC', x: -100, y: -100, width: 3000, height: 2000 })
    const vpBox = fake.user.addShape({ x: 0, y: 0, width: 900, height: 1600, shapeType: 'SQUARE' })
    const csBox = fake.user.addShape({ x: 1000, y: 0, width: 900, height: 1600, shapeType: 'SQUARE' })
    await label('Value Propositions', 40, 40)
    await label('Customer Segments', 1040, 40)
    const target = findBmc(page())!
    expect(target.source).toBe('foreign')
    expect(target.valuePropositions?.node.id).toBe(vpBox.id)
    expect(target.customerSegments?.node.id).toBe(csBox.id)
  })

  it('a small labelled shape is a header: the rectangle around it is the block', () => {
    const fake = useFake()
    const vpBox = fake.user.addShape({ x: 0, y: 0, width: 900, height: 1600, shapeType: 'SQUARE' })
    const csBox = fake.user.addShape({ x: 1000, y: 0, width: 900, height: 1600, shapeType: 'SQUARE' })
    fake.user.addShape({ x: 40, y: 40, text: 'Value Propositions' })
    fake.user.addShape({ x: 1040, y: 40, text: 'Customer Segments' })
    const target = findBmc(page())!
    expect(target.valuePropositions?.node.id).toBe(vpBox.id)
    expect(target.customerSegments?.node.id).toBe(csBox.id)
  })

  it('a small labelled shape over nothing is the block itself', () => {
    const fake = useFake()
    const header = fake.user.addShape({ x: 40, y: 40, text: 'Value Propositions' })
    expect(findBmc(page())?.valuePropositions?.node.id).toBe(header.id)
  })

  it('a section holding both labels is the whole BMC, not a block', async () => {
    const fake = useFake()
    fake.user.addSection({ name: 'Business model', x: 0, y: 0, width: 3000, height: 2000 })
    await label('Value Propositions', 100, 100)
    await label('Customer Segments', 1100, 100)
    expect(findBmc(page())).toBeNull()
  })

  it('only one block drawn: that block, and null for the other', () => {
    const fake = useFake()
    const vp = fake.user.addSection({ name: 'Value Proposition', x: 0, y: 0, width: 900, height: 900 })
    const target = findBmc(page())!
    expect(target.source).toBe('foreign')
    expect(target.valuePropositions?.node.id).toBe(vp.id)
    expect(target.customerSegments).toBeNull()
  })

  it('with two hand-drawn BMCs, the two blocks come from the same one', () => {
    const fake = useFake()
    fake.user.addSection({ name: 'Value Propositions', x: 0, y: 0, width: 900, height: 900 })
    fake.user.addSection({ name: 'Customer Segments', x: 1000, y: 0, width: 900, height: 900 })
    const vp2 = fake.user.addSection({ name: 'Value Propositions', x: 0, y: 10_000, width: 900, height: 900 })
    const cs2 = fake.user.addSection({
      name: 'Customer Segments',
      x: 1000,
      y: 10_000,
      width: 900,
      height: 900
    })
    fake.user.addSection({ name: 'Customer Segments', x: 40_000, y: 0, width: 900, height: 900 })
    const target = findBmc(page())!
    const vpId = target.valuePropositions!.node.id
    const csId = target.customerSegments!.node.id
    expect(Math.abs(boxOfId(vpId).y - boxOfId(csId).y)).toBe(0)
    expect([vp2.id, cs2.id].includes(vpId)).toBe([vp2.id, cs2.id].includes(csId))
  })

  it('labels that only look alike do not count', () => {
    const fake = useFake()
    fake.user.addSection({ name: 'Value Proposition Canvas', x: 0, y: 0, width: 900, height: 900 })
    fake.user.addSection({ name: 'Customer relationships', x: 1000, y: 0, width: 900, height: 900 })
    fake.user.addShape({ x: 2000, y: 0, text: 'Value map' })
    expect(findBmc(page())).toBeNull()
  })

  it('a selected shape or section that is not a BMC block is never written into', () => {
    const fake = useFake()
    const shape = fake.user.addShape({ x: 0, y: 0, width: 1000, height: 1000 })
    const section = fake.user.addSection({ x: 2000, y: 0, width: 1000, height: 1000, name: 'Ideas' })
    fake.user.select([shape.id])
    expect(findBmc(page())).toBeNull()
    fake.user.select([section.id])
    expect(findBmc(page())).toBeNull()
  })

  it('a selected block labelled as a BMC block is that block', () => {
    const fake = useFake()
    const shape = fake.user.addShape({ x: 0, y: 0, width: 1000, height: 1000, text: 'Kundsegment' })
    fake.user.select([shape.id])
    const target = findBmc(page())!
    expect(target.customerSegments?.node.id).toBe(shape.id)
    expect(target.valuePropositions).toBeNull()
  })

  it('a section people drew around a canvas, or inside one, is never a block, even labelled', async () => {
    const fake = useFake()
    await insertVpcAsync({ segment: 'A', product: 'B', locale: 'en' })
    const canvas = fake.inspect.nodes().find((n) => n.sharedPluginData.vpcfit?.role === 'vpc-canvas')!
    const around = fake.user.addSection({
      x: canvas.box.x - 200,
      y: canvas.box.y - 200,
      width: canvas.box.width + 400,
      height: canvas.box.height + 400,
      name: 'Value propositions'
    })
    fake.user.select([around.id])
    expect(findBmc(page())).toBeNull()
    const inside = fake.user.addSection({
      x: canvas.box.x + 300,
      y: canvas.box.y + 600,
      width: 800,
      height: 800,
      name: 'Value propositions'
    })
    fake.user.select([inside.id])
    expect(findBmc(page())).toBeNull()
  })

  it('a selected canvas (or one of its shapes) is never taken for a BMC block', async () => {
    const fake = useFake()
    await insertVpcAsync({ segment: 'A', product: 'B', locale: 'en' })
    const canvas = fake.inspect.nodes().find((n) => n.sharedPluginData.vpcfit?.role === 'vpc-canvas')!
    const square = fake.inspect.nodes().find((n) => n.sharedPluginData.vpcfit?.role === 'value-map')!
    fake.user.select([canvas.id])
    expect(findBmc(page())).toBeNull()
    fake.user.select([square.id])
    expect(findBmc(page())).toBeNull()
  })

  it('a page without a BMC: the canvases are listed once and no canvas box is read (the live look costs little)', async () => {
    const fake = useFake()
    for (const segment of ['A', 'B', 'C'])
      await insertVpcAsync({ segment, product: 'P', locale: 'en' })
    // A section people drew for something else (what makes the open panel look for a BMC again).
    fake.user.addSection({ name: 'Parking lot', x: 80_000, y: 0, width: 600, height: 600 })
    fake.counter.reset()
    expect(findBmc(page())).toBeNull()
    // The role query (shared and old private data: BMC sections and canvases from the same answer), the shapes and
    // sections, the texts. Listing the canvases again cost two more queries and a second role read per canvas.
    expect(fake.counter.calls['PAGE.findAllWithCriteria']).toBe(4)
    expect(fake.counter.calls['SECTION.getSharedPluginData']).toBe(4)
    // A canvas box is read only to rule out a labelled block: there is none here.
    expect(fake.counter.readsByProperty['SECTION.absoluteBoundingBox'] ?? 0).toBe(0)
  })

  it('the canvases are still ruled out once a labelled block asks', async () => {
    const fake = useFake()
    await insertVpcAsync({ segment: 'A', product: 'B', locale: 'en' })
    const canvas = fake.inspect.nodes().find((n) => n.sharedPluginData.vpcfit?.role === 'vpc-canvas')!
    fake.user.addSection({
      x: canvas.box.x + 300,
      y: canvas.box.y + 600,
      width: 800,
      height: 800,
      name: 'Value propositions'
    })
    fake.user.addSection({ name: 'Customer segments', x: 80_000, y: 0, width: 600, height: 600 })
    const target = findBmc(page())!
    expect(target.valuePropositions).toBeNull()
    expect(target.customerSegments).not.toBeNull()
  })
})
