import { describe, expect, it } from 'vitest'
import { setup, setupWithFont } from './helpers'

describe('inspect', () => {
  it('shows a text node’s auto-resize mode and any node’s relaunch data, as copies', async () => {
    const { fake, figma } = await setupWithFont()
    const text = figma.createText()
    text.characters = 'Title'
    text.textAutoResize = 'HEIGHT'
    const sticky = fake.user.addSticky({ text: 'a', x: 0, y: 400 })
    sticky.setRelaunchData({ check: 'Check the canvas' })
    const inspectedText = fake.inspect.node(text.id)
    const inspectedSticky = fake.inspect.node(sticky.id)
    expect(inspectedText?.textAutoResize).toBe('HEIGHT')
    expect(inspectedText?.relaunchData).toEqual({})
    expect(inspectedSticky?.textAutoResize).toBeNull()
    expect(inspectedSticky?.relaunchData).toEqual({ check: 'Check the canvas' })
    ;(inspectedSticky?.relaunchData as Record<string, string>).check = 'changed'
    expect(sticky.getRelaunchData()).toEqual({ check: 'Check the canvas' })
    expect(fake.inspect.node(sticky.id)?.relaunchData).toEqual({ check: 'Check the canvas' })
  })
  it('lists the current page in paint order with absolute boxes and plain fields', () => {
    const { fake } = setup()
    const section = fake.user.addSection({
      x: 100,
      y: 100,
      width: 600,
      height: 400,
      name: 'Gains',
      color: 'F5FBFF'
    })
    const sticky = fake.user.addSticky({ text: 'Faster', x: 200, y: 150, color: 'Green' })
    sticky.setPluginData('role', 'gain')
    const shape = fake.user.addShape({ x: 1000, y: 0, shapeType: 'ELLIPSE', text: 'Job' })
    const stamp = fake.user.stamp(sticky)
    const nodes = fake.inspect.nodes()
    expect(nodes.map((n) => [n.type, n.depth])).toEqual([
      ['SECTION', 0],
      ['STICKY', 1],
      ['STAMP', 1],
      ['SHAPE_WITH_TEXT', 0]
    ])
    const inspected = nodes[1]
    expect(inspected).toMatchObject({
      id: sticky.id,
      parentId: section.id,
      box: { x: 200, y: 150, width: 240, height: 240 },
      text: 'Faster',
      fills: ['#B3EFBD'],
      locked: false,
      pluginData: { role: 'gain' },
      authorName: 'Ada Lovelace'
    })
    expect(nodes[0]?.fills).toEqual(['#F5FBFF'])
    expect(fake.inspect.node(stamp.id)?.stuckTo).toBe(sticky.id)
    expect(fake.inspect.node(shape.id)?.shapeType).toBe('ELLIPSE')
  })

  it('connectors come with absolute end points, node ids and caps', () => {
    const { fake } = setup()
    const a = fake.user.addSticky({ text: 'a', x: 0, y: 0 })
    const b = fake.user.addSticky({ text: 'b', x: 0, y: 500 })
    const connector = fake.user.connect(a, b)
    expect(fake.inspect.node(connector.id)?.connector).toEqual({
      start: { x: 120, y: 240, nodeId: a.id, magnet: 'AUTO' },
      end: { x: 120, y: 500, nodeId: b.id, magnet: 'AUTO' },
      startCap: 'NONE',
      endCap: 'ARROW_LINES',
      lineType: 'ELBOWED'
    })
  })

  it('rotated nodes come with their transform and rotation', () => {
    const { figma, fake } = setup()
    const shape = figma.createShapeWithText()
    shape.rotation = 90
    const inspected = fake.inspect.node(shape.id)
    expect(inspected?.rotation).toBe(90)
    expect(inspected?.transform).toEqual([
      [0, 1, 0],
      [-1, 0, 0]
    ])
    expect(inspected?.box).toEqual({ x: 0, y: -208, width: 208, height: 208 })
  })

  it('subscribe is told after mutations, once per burst', async () => {
    const { fake, figma } = setup()
    let calls = 0
    const stop = fake.inspect.subscribe(() => calls++)
    fake.user.addSticky({ text: 'a', x: 0, y: 0 })
    figma.createSticky().x = 10
    expect(calls).toBe(0)
    await Promise.resolve()
    expect(calls).toBe(1)
    figma.viewport.zoom = 2
    await Promise.resolve()
    expect(calls).toBe(2)
    stop()
    figma.createSticky()
    await Promise.resolve()
    expect(calls).toBe(2)
  })

  it('tells subscribers which nodes each burst touched, so a renderer can redraw only those', async () => {
    const { fake } = setup()
    const section = fake.user.addSection({ x: 0, y: 0, width: 800, height: 800, name: 'Canvas' })
    const a = fake.user.addSticky({ text: 'a', x: 100, y: 100, parent: section })
    const b = fake.user.addSticky({ text: 'b', x: 400, y: 100, parent: section })
    const loose = fake.user.addSticky({ text: 'loose', x: 2000, y: 0 })
    await Promise.resolve()
    const seen: Array<{ ids: string[]; pageSwitched: boolean }> = []
    const stop = fake.inspect.subscribe((change) => seen.push({ ids: [...change.ids].sort(), pageSwitched: change.pageSwitched }))
    const burst = async (edit: () => void) => {
      seen.length = 0
      edit()
      await Promise.resolve()
      expect(seen).toHaveLength(1)
      return seen[0] as { ids: string[]; pageSwitched: boolean }
    }
    // A text edit: that sticky only.
    expect((await burst(() => fake.user.typeInto(a, 'A'))).ids).toEqual([a.id])
    // A section moved: the section (its children keep their own coordinates; a renderer redraws them itself).
    expect((await burst(() => fake.user.move(section, 50, 50))).ids).toEqual([section.id])
    // A stamp: the new stamp (its host's record does not change).
    const stamped = await burst(() => fake.user.stamp(loose))
    expect(stamped.ids).toHaveLength(1)
    expect(stamped.ids).not.toContain(loose.id)
    // A duplicated section: the copy and every node in it, though FigJam reports only the copy's CREATE.
    const copied = await burst(() => fake.user.duplicate([section]))
    expect(copied.ids).toHaveLength(3)
    const copy = copied.ids.find((id) => fake.inspect.node(id)?.type === 'SECTION') as string
    expect(fake.inspect.subtree(copy).map((node) => [node.type, node.depth])).toEqual([
      ['SECTION', 0],
      ['STICKY', 1],
      ['STICKY', 1]
    ])
    // Deleted with its stickies: all three.
    expect((await burst(() => fake.user.delete([copy]))).ids).toHaveLength(3)
    expect(fake.inspect.subtree(copy)).toEqual([])
    // Undo brings them back: the same three.
    expect((await burst(() => fake.undo.undo())).ids).toEqual([...copied.ids].sort())
    // Two edits in one burst: both.
    expect(
      (
        await burst(() => {
          fake.user.typeInto(b, 'B')
          fake.user.setFill(loose, '#A8DAFF')
        })
      ).ids
    ).toEqual([b.id, loose.id].sort())
    // A page switch is flagged; a zoom changes no node.
    const other = fake.document.addPage('Page 2')
    expect(await burst(() => fake.user.goToPage(other))).toEqual({ ids: [], pageSwitched: true })
    expect(fake.inspect.subtree(a.id)).toEqual([])
    expect(fake.inspect.subtree(a.id, fake.inspect.pages()[0]?.id)).toHaveLength(1)
    stop()
  })

  it('gives parents and children in paint order', () => {
    const { fake } = setup()
    const section = fake.user.addSection({ x: 0, y: 0, width: 800, height: 800 })
    const a = fake.user.addSticky({ text: 'a', x: 100, y: 100, parent: section })
    const loose = fake.user.addSticky({ text: 'loose', x: 2000, y: 0 })
    const page = fake.inspect.currentPageId
    expect(fake.inspect.childIds(page)).toEqual([section.id, loose.id])
    expect(fake.inspect.childIds(section.id)).toEqual([a.id])
    expect(fake.inspect.childIds(a.id)).toEqual([])
    expect(fake.inspect.parentOf(a.id)).toBe(section.id)
    expect(fake.inspect.parentOf(section.id)).toBe(page)
    expect(fake.inspect.parentOf('9:999')).toBeNull()
    // A copy: changing it changes nothing on the board.
    fake.inspect.childIds(page).pop()
    expect(fake.inspect.childIds(page)).toHaveLength(2)
  })

  it('pages, selection and viewport', () => {
    const { fake } = setup()
    const sticky = fake.user.addSticky({ text: 'a', x: 0, y: 0 })
    fake.user.select([sticky])
    expect(fake.inspect.pages()).toEqual([{ id: fake.inspect.currentPageId, name: 'Page 1', current: true }])
    expect(fake.inspect.selection()).toEqual([sticky.id])
    expect(fake.inspect.viewport()).toMatchObject({ center: { x: 0, y: 0 }, zoom: 1 })
  })
})
