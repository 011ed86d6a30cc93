import { describe, expect, it } from 'vitest'
import { createFigJam, STICKY_COLORS } from '../../fake'
import { firstFillHex, setup } from './helpers'

function withSection(): ReturnType<typeof setup> & { section: SectionNode } {
  const result = setup()
  const section = result.fake.user.addSection({ x: 1000, y: 0, width: 800, height: 600, name: 'Pains' })
  return { ...result, section }
}

describe('dropping stickies', () => {
  it('a sticky dropped on a section becomes its child, in section-local coordinates', () => {
    const { fake, section } = withSection()
    const sticky = fake.user.addSticky({ text: 'Long waits', x: 1100, y: 50 })
    expect(sticky.parent).toBe(section)
    expect([sticky.x, sticky.y]).toEqual([100, 50])
    expect(sticky.absoluteBoundingBox).toMatchObject({ x: 1100, y: 50 })
    expect(sticky.text.characters).toBe('Long waits')
  })

  it('the centre decides: a sticky overlapping a section with its centre outside stays on the page', () => {
    const { fake, figma } = withSection()
    const sticky = fake.user.addSticky({ text: 'edge', x: 1000 - 200, y: 0 })
    expect(sticky.parent).toBe(figma.currentPage)
  })

  it('the topmost section under the centre wins (nested sections)', () => {
    const { fake, section } = withSection()
    const inner = fake.user.addSection({ x: 1100, y: 100, width: 400, height: 400 })
    expect(inner.parent).toBe(section)
    const sticky = fake.user.addSticky({ text: 'x', x: 1200, y: 200 })
    expect(sticky.parent).toBe(inner)
  })

  it('colour, wide and author', () => {
    const { fake } = setup()
    const sticky = fake.user.addSticky({ text: 'x', x: 0, y: 0, color: 'Blue', wide: true })
    expect(firstFillHex(sticky.fills)).toBe(STICKY_COLORS.Blue)
    expect(sticky.isWideWidth).toBe(true)
    expect(sticky.authorName).toBe('Ada Lovelace')
    expect(fake.user.addSticky({ text: 'y', x: 0, y: 0 }, { remote: true }).authorName).toBe('Grace Hopper')
  })

  it('a given parent is used as is', () => {
    const { fake, figma, section } = withSection()
    const sticky = fake.user.addSticky({ text: 'x', x: 0, y: 0, parent: section })
    expect(sticky.parent).toBe(section)
    expect(sticky.absoluteBoundingBox).toMatchObject({ x: 0, y: 0 })
    expect(figma.currentPage.children).toHaveLength(1)
  })
})

describe('dragging', () => {
  it('dragging a sticky into a section reparents it; out again puts it back on the page', () => {
    const { fake, figma, section } = withSection()
    const sticky = fake.user.addSticky({ text: 'x', x: 0, y: 0 })
    fake.user.move(sticky, 1200, 100)
    expect(sticky.parent).toBe(section)
    expect([sticky.x, sticky.y]).toEqual([200, 100])
    fake.user.move(sticky, 0, 1000)
    expect(sticky.parent).toBe(figma.currentPage)
    expect([sticky.x, sticky.y]).toEqual([0, 1000])
  })

  it('moving a section carries its children; stickies merely overlapping stay', () => {
    const { fake, section } = withSection()
    const inside = fake.user.addSticky({ text: 'in', x: 1100, y: 100 })
    const outside = fake.user.addSticky({ text: 'out', x: 2000, y: 0 })
    fake.user.move(section, 3000, 0)
    expect(inside.absoluteBoundingBox).toMatchObject({ x: 3100, y: 100 })
    expect(outside.absoluteBoundingBox).toMatchObject({ x: 2000, y: 0 })
  })

  it('stamps stuck to a sticky travel with it', () => {
    const { fake, section } = withSection()
    const sticky = fake.user.addSticky({ text: 'x', x: 0, y: 0 })
    const stamp = fake.user.stamp(sticky)
    const offset = (stamp.absoluteBoundingBox?.x ?? 0) - (sticky.absoluteBoundingBox?.x ?? 0)
    fake.user.move(sticky, 1200, 100)
    expect(stamp.parent).toBe(section)
    expect((stamp.absoluteBoundingBox?.x ?? 0) - (sticky.absoluteBoundingBox?.x ?? 0)).toBe(offset)
  })

  it('people can move locked nodes’ children and edit what they like', () => {
    const { fake, section } = withSection()
    const sticky = fake.user.addSticky({ text: 'x', x: 1100, y: 100 })
    fake.user.setLocked(section, true)
    fake.user.move(sticky, 1150, 150)
    expect([sticky.x, sticky.y]).toEqual([150, 150])
    expect(section.locked).toBe(true)
  })
})

describe('other edits', () => {
  it('typeInto changes text without fonts; resize changes sections and shapes', () => {
    const { fake, section } = withSection()
    const sticky = fake.user.addSticky({ text: 'x', x: 0, y: 0 })
    fake.user.typeInto(sticky, 'typed by a person')
    expect(sticky.text.characters).toBe('typed by a person')
    fake.user.resize(section, 1600, 900)
    expect([section.width, section.height]).toEqual([1600, 900])
    expect(() => fake.user.resize(sticky, 10, 10)).toThrow(/cannot be resized/)
  })

  it('a section made smaller lets go of the children it no longer covers (they drop where they are)', () => {
    const { fake } = setup()
    const outer = fake.user.addSection({ x: 0, y: 0, width: 2000, height: 1000, name: 'Outer' })
    const keep = fake.user.addSticky({ text: 'keep', x: 100, y: 100 })
    const out = fake.user.addSticky({ text: 'out', x: 1500, y: 100 })
    const stamp = fake.user.stamp(out, 'Heart')
    const other = fake.user.addSection({ x: 1400, y: 1200, width: 600, height: 600, name: 'Other' })
    const under = fake.user.addSticky({ text: 'under', x: 1500, y: 700 })
    fake.user.move(other, 1400, 600)
    fake.user.resize(outer, 1000, 1000)
    const parentOf = (node: BaseNode) => fake.inspect.node(node.id)?.parentId
    expect(parentOf(keep)).toBe(outer.id)
    expect(parentOf(out)).toBe(fake.inspect.currentPageId)
    expect(fake.inspect.node(out.id)?.box).toMatchObject({ x: 1500, y: 100 })
    expect(parentOf(stamp)).toBe(fake.inspect.currentPageId)
    // A child over another section drops into that one, as a dragged sticky does.
    expect([parentOf(under), fake.inspect.node(under.id)?.box.y]).toEqual([other.id, 700])
    fake.undo.undo()
    expect([parentOf(out), parentOf(under)]).toEqual([outer.id, outer.id])
  })

  it('connect draws an elbowed connector with AUTO magnets', () => {
    const { fake } = setup()
    const a = fake.user.addSticky({ text: 'a', x: 0, y: 0 })
    const b = fake.user.addSticky({ text: 'b', x: 500, y: 0 })
    const connector = fake.user.connect(a, b)
    expect(connector.connectorStart).toEqual({ endpointNodeId: a.id, magnet: 'AUTO' })
    expect(connector.connectorEnd).toEqual({ endpointNodeId: b.id, magnet: 'AUTO' })
    expect(fake.inspect.node(connector.id)?.connector?.start).toMatchObject({ x: 240, y: 120, nodeId: a.id })
  })

  it('duplicate copies a section with everything on it, plugin data included', () => {
    const { fake, figma, section } = withSection()
    section.setPluginData('canvas', 'c1')
    const a = fake.user.addSticky({ text: 'a', x: 1100, y: 100 })
    const b = fake.user.addSticky({ text: 'b', x: 1400, y: 100 })
    a.setPluginData('role', 'pain')
    fake.user.connect(a, b)
    fake.user.stamp(a)
    const [copy] = fake.user.duplicate([section]) as SectionNode[]
    if (copy === undefined) throw new Error('no copy')
    expect(copy.getPluginData('canvas')).toBe('c1')
    expect(copy.x).toBe(1000 + 800 + 40)
    const copiedStickies = copy.findAllWithCriteria({ types: ['STICKY'] })
    expect(copiedStickies.map((s) => s.text.characters)).toEqual(['a', 'b'])
    expect(copiedStickies[0]?.getPluginData('role')).toBe('pain')
    expect(copiedStickies[0]?.stuckNodes).toHaveLength(1)
    expect(figma.currentPage.findAllWithCriteria({ types: ['STAMP'] })).toHaveLength(2)
    expect(figma.currentPage.findAllWithCriteria({ types: ['STICKY'] })).toHaveLength(4)
  })

  it('a connector drawn between two stickies of a section lives in the section', () => {
    const { fake, section } = withSection()
    const a = fake.user.addSticky({ text: 'a', x: 1100, y: 100 })
    const b = fake.user.addSticky({ text: 'b', x: 1400, y: 100 })
    expect(fake.user.connect(a, b).parent).toBe(section)
  })

  it('duplicate brings connectors between copied nodes, wherever the connector lives', () => {
    const { fake, figma, section } = withSection()
    const a = fake.user.addSticky({ text: 'a', x: 1100, y: 100 })
    const b = fake.user.addSticky({ text: 'b', x: 1400, y: 100 })
    const outside = fake.user.addSticky({ text: 'c', x: 0, y: 0 })
    const onPage = figma.createConnector()
    onPage.connectorStart = { endpointNodeId: a.id, magnet: 'AUTO' }
    onPage.connectorEnd = { endpointNodeId: b.id, magnet: 'AUTO' }
    fake.user.connect(a, outside)
    const [copy] = fake.user.duplicate([section]) as SectionNode[]
    const [copyA, copyB] = copy?.findAllWithCriteria({ types: ['STICKY'] }) ?? []
    expect(copyA?.attachedConnectors.map((c) => [c.connectorStart, c.connectorEnd])).toEqual([
      [
        { endpointNodeId: copyA?.id, magnet: 'AUTO' },
        { endpointNodeId: copyB?.id, magnet: 'AUTO' }
      ]
    ])
    expect(a.attachedConnectors).toHaveLength(2)
  })

  it('duplicate of a sticky lands in the section under the copy', () => {
    const { fake, section } = withSection()
    const sticky = fake.user.addSticky({ text: 'x', x: 700, y: 0 })
    const [copy] = fake.user.duplicate([sticky], { offset: { x: 500, y: 100 } })
    expect(copy?.parent).toBe(section)
    expect(copy?.absoluteBoundingBox).toMatchObject({ x: 1200, y: 100 })
  })

  it('delete removes nodes with their connectors and stamps', () => {
    const { fake, figma } = setup()
    const a = fake.user.addSticky({ text: 'a', x: 0, y: 0 })
    const b = fake.user.addSticky({ text: 'b', x: 500, y: 0 })
    fake.user.connect(a, b)
    fake.user.stamp(a)
    fake.user.delete([a])
    expect(figma.currentPage.children).toEqual([b])
  })

  it('setFill, rename, group and select', () => {
    const { fake, figma } = setup()
    const a = fake.user.addSticky({ text: 'a', x: 0, y: 0 })
    const b = fake.user.addSticky({ text: 'b', x: 300, y: 0 })
    fake.user.setFill(a, '#FFB8A8')
    expect(firstFillHex(a.fills)).toBe('FFB8A8')
    fake.user.rename(a, 'First')
    expect(a.name).toBe('First')
    const group = fake.user.group([a, b])
    expect(group.children).toEqual([a, b])
    fake.user.select([a])
    expect(figma.currentPage.selection).toEqual([a])
  })

  it('takes node ids as well as nodes', () => {
    const { fake } = setup()
    const a = fake.user.addSticky({ text: 'a', x: 0, y: 0 })
    fake.user.typeInto(a.id, 'by id')
    expect(a.text.characters).toBe('by id')
    expect(() => fake.user.typeInto('9:9', 'x')).toThrow(/no node/)
  })
})

describe('what user actions return', () => {
  it('while a plugin runs: the very node objects the plugin sees', () => {
    const { fake, figma } = setup()
    const sticky = fake.user.addSticky({ text: 'a', x: 0, y: 0 })
    expect(figma.currentPage.children[0]).toBe(sticky)
  })

  it('after the plugin closed: nodes that still read (people have no session to close), counting nothing', () => {
    const { fake, figma } = setup()
    const section = fake.user.addSection({ x: 0, y: 0, width: 800, height: 600, name: 'Pains' })
    figma.closePlugin()
    // Returned while the plugin ran, it is the plugin's object: it dies with the plugin, as in FigJam.
    expect(() => section.name).toThrow('plugin has been closed')
    const before = fake.counter.snapshot()
    const sticky = fake.user.addSticky({ text: 'Long waits', x: 100, y: 100 })
    const [copy] = fake.user.duplicate([sticky])
    expect(sticky.text.characters).toBe('Long waits')
    expect(sticky.parent?.name).toBe('Pains')
    expect(copy?.removed).toBe(false)
    expect(sticky.getPluginData('role')).toBe('')
    expect(fake.counter.snapshot()).toEqual(before)
    expect(fake.session.closed).toBe(true)
  })

  it('with no plugin run at all: usable nodes, and no session is started for them', () => {
    const fake = createFigJam()
    const sticky = fake.user.addSticky({ text: 'a', x: 0, y: 0 })
    expect(sticky.text.characters).toBe('a')
    expect(fake.counter.snapshot().total).toBe(0)
    const session = fake.startSession()
    expect(fake.user.addSticky({ text: 'b', x: 300, y: 0 })).toBe(session.figma.currentPage.children[1])
  })
})
