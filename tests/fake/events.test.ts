import { describe, expect, it } from 'vitest'
import { createFigJam } from '../../fake'
import { setup, setupWithFont } from './helpers'

async function withAllPages(): Promise<{
  fake: ReturnType<typeof createFigJam>
  figma: PluginAPI
  events: DocumentChange[][]
}> {
  const { fake, figma } = await setupWithFont()
  await figma.loadAllPagesAsync()
  const events: DocumentChange[][] = []
  figma.on('documentchange', (event) => events.push(event.documentChanges))
  return { fake, figma, events }
}

describe('documentchange', () => {
  it('needs loadAllPagesAsync first', async () => {
    const { figma } = setup()
    expect(() => figma.on('documentchange', () => undefined)).toThrow(
      'in on: Cannot register documentchange handler in incremental mode without calling figma.loadAllPagesAsync first.'
    )
    await figma.loadAllPagesAsync()
    figma.on('documentchange', () => undefined)
  })

  it('arrives batched, after the current task, not synchronously', async () => {
    const { fake, figma, events } = await withAllPages()
    const sticky = figma.createSticky()
    sticky.x = 10
    sticky.y = 20
    await Promise.resolve()
    expect(events).toHaveLength(0)
    await fake.flush()
    expect(events).toHaveLength(1)
    expect(events[0]?.map((c) => c.type)).toEqual(['CREATE'])
  })

  it('reports property changes with their properties, merged per node', async () => {
    const { fake, figma, events } = await withAllPages()
    const sticky = figma.createSticky()
    await fake.flush()
    sticky.x = 10
    sticky.text.characters = 'Pain'
    sticky.fills = [{ type: 'SOLID', color: { r: 1, g: 1, b: 1 } }]
    await fake.flush()
    const change = events[1]?.[0]
    expect(change?.type).toBe('PROPERTY_CHANGE')
    expect(change?.origin).toBe('LOCAL')
    expect(change?.type === 'PROPERTY_CHANGE' && change.properties).toEqual(['x', 'text', 'fills'])
    expect(change?.type === 'PROPERTY_CHANGE' && change.node).toBe(sticky)
  })

  it('reports parent changes and deletions; a deleted node is removed', async () => {
    const { fake, figma, events } = await withAllPages()
    const section = figma.createSection()
    const sticky = figma.createSticky()
    await fake.flush()
    section.appendChild(sticky)
    sticky.remove()
    await fake.flush()
    const batch = events[1] ?? []
    expect(batch.map((c) => c.type)).toEqual(['PROPERTY_CHANGE', 'DELETE'])
    const deleted = batch[1]
    expect(deleted?.type === 'DELETE' && deleted.node.removed).toBe(true)
    expect(deleted?.id).toBe(sticky.id)
  })

  it('marks collaborators’ edits REMOTE', async () => {
    const { fake, events } = await withAllPages()
    fake.user.addSticky({ text: 'theirs', x: 0, y: 0 }, { remote: true })
    fake.user.addSticky({ text: 'mine', x: 300, y: 0 })
    await fake.flush()
    expect(events[0]?.map((c) => c.origin)).toEqual(['REMOTE', 'LOCAL'])
  })

  it('changes a plugin makes inside its own handler are not echoed back to it', async () => {
    const { fake, figma } = await withAllPages()
    const seen: string[] = []
    figma.on('documentchange', (event) => {
      for (const change of event.documentChanges) {
        seen.push(change.type)
        if (change.type === 'CREATE' && change.node.type === 'STICKY' && !change.node.removed) {
          change.node.setPluginData('seen', 'yes')
        }
      }
    })
    fake.user.addSticky({ text: 'x', x: 0, y: 0 })
    await fake.flush()
    expect(seen).toEqual(['CREATE'])
  })

  it('but another session sees them', async () => {
    const fake = createFigJam()
    const a = fake.startSession().figma
    const b = fake.startSession().figma
    await a.loadAllPagesAsync()
    await b.loadAllPagesAsync()
    const seenByB: string[] = []
    a.on('documentchange', (event) => {
      for (const change of event.documentChanges) {
        if (change.type === 'CREATE' && !change.node.removed) change.node.name = 'tagged'
      }
    })
    b.on('documentchange', (event) => event.documentChanges.forEach((c) => seenByB.push(c.type)))
    fake.user.addSticky({ text: 'x', x: 0, y: 0 })
    await fake.flush()
    expect(seenByB).toEqual(['CREATE', 'PROPERTY_CHANGE'])
  })

  it('once and off', async () => {
    const { fake, figma } = await withAllPages()
    let once = 0
    let always = 0
    const handler = (): void => {
      always++
    }
    figma.once('documentchange', () => once++)
    figma.on('documentchange', handler)
    figma.createSticky()
    await fake.flush()
    figma.off('documentchange', handler)
    figma.createSticky()
    await fake.flush()
    expect([once, always]).toEqual([1, 1])
  })
})

describe('page nodechange', () => {
  it('reports changes of nodes on that page, without loadAllPagesAsync', async () => {
    const { fake, figma } = setup()
    const changes: NodeChange[] = []
    figma.currentPage.on('nodechange', (event) => changes.push(...event.nodeChanges))
    const sticky = fake.user.addSticky({ text: 'x', x: 0, y: 0 })
    fake.user.move(sticky, 100, 100)
    await fake.flush()
    expect(changes.map((c) => c.type)).toEqual(['CREATE'])
    fake.user.typeInto(sticky, 'Pain')
    await fake.flush()
    expect(changes[1]?.type === 'PROPERTY_CHANGE' && changes[1].properties).toEqual(['text'])
  })

  it('ignores other pages', async () => {
    const { fake, figma } = setup()
    fake.document.addPage('Other')
    const other = figma.root.children[1] as PageNode
    const changes: NodeChange[] = []
    other.on('nodechange', (event) => changes.push(...event.nodeChanges))
    fake.user.addSticky({ text: 'x', x: 0, y: 0 })
    await fake.flush()
    expect(changes).toEqual([])
  })
})

describe('selection, page, run and close events', () => {
  it('setting the selection fires selectionchange asynchronously', async () => {
    const { fake, figma } = setup()
    let fired = 0
    figma.on('selectionchange', () => fired++)
    const sticky = figma.createSticky()
    figma.currentPage.selection = [sticky]
    expect(fired).toBe(0)
    await fake.flush()
    expect(fired).toBe(1)
    expect(figma.currentPage.selection).toEqual([sticky])
  })

  it('a person selecting fires it too; deleting a selected node fires it again', async () => {
    const { fake, figma } = setup()
    let fired = 0
    figma.on('selectionchange', () => fired++)
    const sticky = fake.user.addSticky({ text: 'x', x: 0, y: 0 })
    fake.user.select([sticky])
    await fake.flush()
    fake.user.delete([sticky])
    await fake.flush()
    expect(fired).toBe(2)
    expect(figma.currentPage.selection).toEqual([])
  })

  it('currentpagechange fires when the page changes', async () => {
    const { fake, figma } = setup()
    let fired = 0
    figma.on('currentpagechange', () => fired++)
    fake.user.goToPage(fake.document.addPage('Other'))
    await fake.flush()
    expect(fired).toBe(1)
  })

  it('fireRun fires run with the command and parameters', () => {
    const fake = createFigJam()
    const session = fake.startSession({ command: 'insert-vpc', parameters: { locale: 'sv' } })
    const runs: RunEvent[] = []
    session.figma.on('run', (event) => runs.push(event))
    session.fireRun()
    expect(runs).toEqual([{ command: 'insert-vpc', parameters: { locale: 'sv' } }])
    expect(session.figma.command).toBe('insert-vpc')
  })

  it('closePlugin fires close, records the message and closes the API', () => {
    const fake = createFigJam()
    const session = fake.startSession()
    let closed = 0
    session.figma.on('close', () => closed++)
    session.figma.closePlugin('Done: 3 stickies')
    expect(closed).toBe(1)
    expect(session.closed).toBe(true)
    expect(session.closeMessage).toBe('Done: 3 stickies')
    expect(() => session.figma.createSticky()).toThrow(/plugin has been closed/)
    expect(() => session.figma.currentPage).toThrow(/plugin has been closed/)
  })

  it('node objects of a closed session refuse use too', () => {
    const { fake, figma } = setup()
    const sticky = figma.createSticky()
    figma.closePlugin()
    expect(() => sticky.x).toThrow(/plugin has been closed/)
    expect(fake.inspect.nodes()).toHaveLength(1)
  })

  it('unknown events are refused', () => {
    const { figma } = setup()
    expect(() => figma.on('nope' as 'close', () => undefined)).toThrow(/Unknown event/)
  })
})

describe('a subtree created or deleted at once is one change (PageNode.on: "only ... the highest level parent")', () => {
  async function sectionWithStampedStickies() {
    const context = await withAllPages()
    const { fake } = context
    const section = fake.user.addSection({ x: 0, y: 0, width: 800, height: 600, name: 'Pains' })
    const a = fake.user.addSticky({ text: 'Long waits', x: 100, y: 100 })
    fake.user.addSticky({ text: 'No parking', x: 400, y: 100 })
    fake.user.stamp(a, 'Thumbs up')
    await fake.flush()
    context.events.length = 0
    return { ...context, section }
  }

  it('pasting a section with stamped stickies arrives as one CREATE, of the section', async () => {
    const { fake, events, section } = await sectionWithStampedStickies()
    const [copy] = fake.user.duplicate([section])
    await fake.flush()
    const changes = events.flat()
    expect(changes.filter((c) => c.type === 'CREATE').map((c) => c.id)).toEqual([copy!.id])
    // Nothing else about the copies' insides: their moves fold into the CREATE they are part of.
    expect(changes.every((c) => c.id === copy!.id)).toBe(true)
    expect(copy!.type === 'SECTION' && copy.findAllWithCriteria({ types: ['STICKY', 'STAMP'] })).toHaveLength(3)
  })

  it('deleting a section with stickies arrives as one DELETE; undoing it as one CREATE', async () => {
    const { fake, events, section } = await sectionWithStampedStickies()
    fake.user.delete([section])
    await fake.flush()
    expect(events.flat().map((c) => [c.type, c.id])).toEqual([['DELETE', section.id]])
    events.length = 0
    fake.undo.undo()
    await fake.flush()
    expect(events.flat().map((c) => [c.type, c.id])).toEqual([['CREATE', section.id]])
  })
})
