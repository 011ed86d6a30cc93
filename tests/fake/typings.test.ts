import { describe, expectTypeOf, it } from 'vitest'
import { createFigJam, type PluginSession } from '../../fake'

describe('the fake is typed as the official plugin API', () => {
  it('figma is PluginAPI and created nodes are the official node types', () => {
    const fake = createFigJam()
    expectTypeOf(fake.figma).toEqualTypeOf<PluginAPI>()
    expectTypeOf<PluginSession['figma']>().toEqualTypeOf<PluginAPI>()
    expectTypeOf(fake.figma.createSticky()).toEqualTypeOf<StickyNode>()
    expectTypeOf(fake.user.addSticky({ text: '', x: 0, y: 0 })).toMatchTypeOf<SceneNode>()
    expectTypeOf(fake.user.addSection({ x: 0, y: 0, width: 1, height: 1 })).toEqualTypeOf<SectionNode>()
  })

  it('nodes from the fake go wherever the typings expect SceneNode', () => {
    const fake = createFigJam()
    const takesScene = (node: SceneNode): string => node.type
    takesScene(fake.figma.createSticky())
    takesScene(fake.user.stamp(fake.user.addSticky({ text: '', x: 0, y: 0 })))
  })
})
