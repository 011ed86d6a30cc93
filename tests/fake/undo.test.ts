import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { FigJamFake } from '../../fake'
import { setup, setupWithFont } from './helpers'

describe('undo checkpoints', () => {
  it('each commitUndo with changes closes one step; an empty commit is no step', () => {
    const { fake, figma } = setup()
    figma.commitUndo()
    expect(fake.undo.steps).toBe(0)
    figma.createSticky()
    figma.commitUndo()
    expect(fake.undo.steps).toBe(1)
    figma.commitUndo()
    expect(fake.undo.steps).toBe(1)
  })

  it('a command is exactly one undo step, and undo returns the board to before it', async () => {
    const { fake, figma } = await setupWithFont()
    fake.user.addSection({ x: 0, y: 0, width: 800, height: 600, name: 'Pains' })
    const before = fake.document.serialise()
    const steps = fake.undo.steps
    // The "command": several edits, then one commit.
    const section = figma.currentPage.children[0] as SectionNode
    const sticky = figma.createSticky()
    section.appendChild(sticky)
    sticky.text.characters = 'Long waits'
    sticky.setPluginData('role', 'pain')
    section.name = 'Pains (1)'
    figma.commitUndo()
    expect(fake.undo.steps).toBe(steps + 1)
    expect(fake.undo.undo()).toBe(true)
    expect(fake.document.serialise()).toEqual(before)
    expect(sticky.removed).toBe(true)
    expect(section.name).toBe('Pains')
  })

  it('without commitUndo a plugin’s changes merge into the step before them', () => {
    const { fake, figma } = setup()
    fake.user.addSticky({ text: 'person', x: 0, y: 0 })
    const steps = fake.undo.steps
    figma.createSticky()
    fake.undo.undo()
    expect(fake.undo.steps).toBe(steps - 1)
    expect(fake.inspect.nodes()).toEqual([])
  })

  it('each user action is its own step', () => {
    const { fake } = setup()
    const sticky = fake.user.addSticky({ text: 'a', x: 0, y: 0 })
    fake.user.move(sticky, 100, 0)
    fake.user.typeInto(sticky, 'b')
    expect(fake.undo.steps).toBe(3)
    fake.undo.undo()
    expect(fake.inspect.node(sticky.id)?.text).toBe('a')
    fake.undo.undo()
    expect(fake.inspect.node(sticky.id)?.box.x).toBe(0)
  })

  it('a collaborator’s edits are not in the local history', () => {
    const { fake } = setup()
    fake.user.addSticky({ text: 'theirs', x: 0, y: 0 }, { remote: true })
    expect(fake.undo.steps).toBe(0)
  })

  it('undo with nothing to undo returns false', () => {
    expect(setup().fake.undo.undo()).toBe(false)
  })

  it('undo restores deleted nodes with their plugin data, children and connectors', async () => {
    const { fake, figma } = await setupWithFont()
    const section = fake.user.addSection({ x: 0, y: 0, width: 1000, height: 1000 })
    const a = fake.user.addSticky({ text: 'a', x: 10, y: 10 })
    const b = fake.user.addSticky({ text: 'b', x: 400, y: 10 })
    fake.user.connect(a, b)
    a.setPluginData('role', 'pain')
    figma.commitUndo()
    const before = fake.document.serialise()
    fake.user.delete([section])
    expect(fake.inspect.nodes()).toEqual([])
    fake.undo.undo()
    expect(fake.document.serialise()).toEqual(before)
    expect(a.removed).toBe(false)
    expect(a.getPluginData('role')).toBe('pain')
    expect(a.attachedConnectors).toHaveLength(1)
  })

  it('undo reports what it changed', async () => {
    const { fake, figma } = setup()
    await figma.loadAllPagesAsync()
    const sticky = fake.user.addSticky({ text: 'a', x: 0, y: 0 })
    fake.user.move(sticky, 50, 60)
    await fake.flush()
    const changes: DocumentChange[] = []
    figma.on('documentchange', (event) => changes.push(...event.documentChanges))
    fake.undo.undo()
    fake.undo.undo()
    await fake.flush()
    expect(changes.map((c) => c.type)).toEqual(['PROPERTY_CHANGE', 'DELETE'])
    expect(changes[0]?.type === 'PROPERTY_CHANGE' && changes[0].properties).toEqual(['x', 'y'])
  })

  it('property: any sequence of user actions undone step by step returns every intermediate board', () => {
    type Action =
      | { kind: 'add'; x: number; y: number; text: string }
      | { kind: 'move'; pick: number; x: number; y: number }
      | { kind: 'type'; pick: number; text: string }
      | { kind: 'stamp'; pick: number }
      | { kind: 'connect'; pick: number; other: number }
      | { kind: 'duplicate'; pick: number }
      | { kind: 'delete'; pick: number }
      | { kind: 'fill'; pick: number }
      | { kind: 'group'; pick: number; other: number }
      | { kind: 'resizeSection'; width: number }
    const coordinate = fc.integer({ min: -200, max: 1400 })
    const pick = fc.nat(50)
    const action: fc.Arbitrary<Action> = fc.oneof(
      fc.record({
        kind: fc.constant('add' as const),
        x: coordinate,
        y: coordinate,
        text: fc.string({ maxLength: 60 })
      }),
      fc.record({ kind: fc.constant('move' as const), pick, x: coordinate, y: coordinate }),
      fc.record({ kind: fc.constant('type' as const), pick, text: fc.string({ maxLength: 120 }) }),
      fc.record({ kind: fc.constant('stamp' as const), pick }),
      fc.record({ kind: fc.constant('connect' as const), pick, other: pick }),
      fc.record({ kind: fc.constant('duplicate' as const), pick }),
      fc.record({ kind: fc.constant('delete' as const), pick }),
      fc.record({ kind: fc.constant('fill' as const), pick }),
      fc.record({ kind: fc.constant('group' as const), pick, other: pick }),
      fc.record({ kind: fc.constant('resizeSection' as const), width: fc.integer({ min: 100, max: 2000 }) })
    )
    const stickies = (fake: FigJamFake): string[] =>
      fake.inspect
        .nodes()
        .filter((n) => n.type === 'STICKY')
        .map((n) => n.id)
    const run = (fake: FigJamFake, step: Action): void => {
      const ids = stickies(fake)
      const at = (n: number): string | undefined => ids[n % Math.max(1, ids.length)]
      const target = 'pick' in step ? at(step.pick) : undefined
      const section = fake.inspect.nodes().find((n) => n.type === 'SECTION')
      switch (step.kind) {
        case 'add':
          fake.user.addSticky({ text: step.text, x: step.x, y: step.y })
          return
        case 'resizeSection':
          if (section) fake.user.resize(section.id, step.width, 700)
          return
      }
      if (target === undefined) return
      switch (step.kind) {
        case 'move':
          fake.user.move(target, step.x, step.y)
          break
        case 'type':
          fake.user.typeInto(target, step.text)
          break
        case 'stamp':
          fake.user.stamp(target)
          break
        case 'connect': {
          const other = at(step.other)
          if (other !== undefined && other !== target) fake.user.connect(target, other)
          break
        }
        case 'duplicate':
          fake.user.duplicate([target])
          break
        case 'delete':
          fake.user.delete([target])
          break
        case 'fill':
          fake.user.setFill(target, 'Blue')
          break
        case 'group': {
          const other = at(step.other)
          const inspected = [fake.inspect.node(target), other === undefined ? null : fake.inspect.node(other)]
          if (other !== undefined && other !== target && inspected[0]?.parentId === inspected[1]?.parentId) {
            fake.user.group([target, other])
          }
          break
        }
      }
    }
    fc.assert(
      fc.property(fc.array(action, { minLength: 1, maxLength: 25 }), (actions) => {
        const { fake } = setup()
        fake.user.addSection({ x: 0, y: 0, width: 700, height: 700, name: 'Zone' })
        const boards = [fake.document.serialise()]
        for (const step of actions) {
          const stepsBefore = fake.undo.steps
          run(fake, step)
          if (fake.undo.steps > stepsBefore) boards.push(fake.document.serialise())
        }
        for (let i = boards.length - 2; i >= 0; i--) {
          expect(fake.undo.undo()).toBe(true)
          expect(fake.document.serialise()).toEqual(boards[i])
        }
      }),
      { numRuns: 60 }
    )
  })
})
