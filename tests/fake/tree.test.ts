import { describe, expect, it } from 'vitest'
import { setup, setupWithFont } from './helpers'

describe('parent and children', () => {
  it('children are in paint order; appendChild puts on top, insertChild at an index', () => {
    const { figma } = setup()
    const section = figma.createSection()
    const a = figma.createSticky()
    const b = figma.createSticky()
    const c = figma.createSticky()
    section.appendChild(a)
    section.appendChild(b)
    section.insertChild(0, c)
    expect(section.children).toEqual([c, a, b])
    expect(a.parent).toBe(section)
    section.insertChild(2, c)
    expect(section.children).toEqual([a, b, c])
  })

  it('insertChild refuses an index out of range', () => {
    const { figma } = setup()
    const section = figma.createSection()
    expect(() => section.insertChild(3, figma.createSticky())).toThrow(/out of range/)
  })

  it('a node cannot become its own descendant', () => {
    const { figma } = setup()
    const outer = figma.createSection()
    const inner = figma.createSection()
    outer.appendChild(inner)
    expect(() => inner.appendChild(outer)).toThrow(/descendants/)
  })

  it('children is a frozen snapshot', () => {
    const { figma } = setup()
    const section = figma.createSection()
    const children = section.children
    section.appendChild(figma.createSticky())
    expect(children).toHaveLength(0)
    expect(Object.isFrozen(section.children)).toBe(true)
  })
})

describe('remove', () => {
  it('removes the node and its descendants; removed turns true; other reads throw', () => {
    const { figma } = setup()
    const section = figma.createSection()
    const sticky = figma.createSticky()
    section.appendChild(sticky)
    section.remove()
    expect(section.removed).toBe(true)
    expect(sticky.removed).toBe(true)
    expect(sticky.id).toMatch(/:/)
    expect(sticky.type).toBe('STICKY')
    expect(() => sticky.x).toThrow(/does not exist/)
    expect(figma.currentPage.children).toEqual([])
  })
})

describe('clone', () => {
  it('copies the node with plugin data and shared plugin data, under the current page', async () => {
    const { figma } = await setupWithFont()
    const section = figma.createSection()
    const sticky = figma.createSticky()
    section.appendChild(sticky)
    sticky.text.characters = 'Pain'
    sticky.setPluginData('role', 'pain')
    sticky.setSharedPluginData('vpcfit', 'zone', 'pains')
    const copy = sticky.clone()
    expect(copy.id).not.toBe(sticky.id)
    expect(copy.text.characters).toBe('Pain')
    expect(copy.getPluginData('role')).toBe('pain')
    expect(copy.getSharedPluginData('vpcfit', 'zone')).toBe('pains')
    expect(copy.parent).toBe(figma.currentPage)
  })

  it('clones children too', () => {
    const { figma } = setup()
    const section = figma.createSection()
    section.appendChild(figma.createSticky())
    section.appendChild(figma.createShapeWithText())
    const copy = section.clone()
    expect(copy.children.map((c) => c.type)).toEqual(['STICKY', 'SHAPE_WITH_TEXT'])
    expect(copy.children[0]).not.toBe(section.children[0])
  })
})

describe('finding', () => {
  function board(figma: PluginAPI): { section: SectionNode; stickies: StickyNode[] } {
    const section = figma.createSection()
    const stickies = [figma.createSticky(), figma.createSticky(), figma.createSticky()]
    section.appendChild(stickies[0] as StickyNode)
    const inner = figma.createSection()
    section.appendChild(inner)
    inner.appendChild(stickies[1] as StickyNode)
    ;(stickies[0] as StickyNode).setPluginData('role', 'pain')
    ;(stickies[1] as StickyNode).setSharedPluginData('vpcfit', 'zone', 'gains')
    return { section, stickies }
  }

  it('findAll walks pre-order and excludes the node itself', () => {
    const { figma } = setup()
    const { section } = board(figma)
    expect(section.findAll().map((n) => n.type)).toEqual(['STICKY', 'SECTION', 'STICKY'])
    expect(figma.currentPage.findAll().map((n) => n.type)).toEqual([
      'SECTION',
      'STICKY',
      'SECTION',
      'STICKY',
      'STICKY'
    ])
    expect(section.findAll((n) => n.type === 'SECTION')).toHaveLength(1)
  })

  it('findOne, findChildren and findChild', () => {
    const { figma } = setup()
    const { section, stickies } = board(figma)
    expect(section.findOne((n) => n.type === 'STICKY')).toBe(stickies[0])
    expect(section.findChildren().map((n) => n.type)).toEqual(['STICKY', 'SECTION'])
    expect(section.findChild((n) => n.type === 'SECTION')?.type).toBe('SECTION')
    expect(section.findOne(() => false)).toBeNull()
  })

  it('findAllWithCriteria filters by types, plugin data keys and shared plugin data', () => {
    const { figma } = setup()
    const { stickies } = board(figma)
    const page = figma.currentPage
    expect(page.findAllWithCriteria({ types: ['STICKY'] })).toEqual(stickies)
    expect(page.findAllWithCriteria({ pluginData: {} })).toEqual([stickies[0]])
    expect(page.findAllWithCriteria({ pluginData: { keys: ['other', 'role'] } })).toEqual([stickies[0]])
    expect(page.findAllWithCriteria({ pluginData: { keys: ['other'] } })).toEqual([])
    expect(page.findAllWithCriteria({ sharedPluginData: { namespace: 'vpcfit' } })).toEqual([stickies[1]])
    expect(page.findAllWithCriteria({ sharedPluginData: { namespace: 'vpcfit', keys: ['nope'] } })).toEqual(
      []
    )
    expect(page.findAllWithCriteria({ types: ['SECTION'], pluginData: {} })).toEqual([])
  })

  it('findAllWithCriteria leaves out the node it is called on', () => {
    const { figma } = setup()
    const { section } = board(figma)
    expect(section.findAllWithCriteria({ types: ['SECTION'] }).map((n) => n.id)).not.toContain(section.id)
    expect(section.findAllWithCriteria({ types: ['SECTION'] })).toHaveLength(1)
  })

  it('findAllWithCriteria is typed by the requested types', () => {
    const { figma } = setup()
    figma.createSticky()
    const [sticky] = figma.currentPage.findAllWithCriteria({ types: ['STICKY'] })
    // Compiles only because the result is narrowed to StickyNode.
    expect(sticky?.authorVisible).toBe(true)
  })
})
