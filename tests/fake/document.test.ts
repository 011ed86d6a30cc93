import { describe, expect, it } from 'vitest'
import { createFigJam, FIGJAM_ONLY_CREATORS, installFigJam } from '../../fake'
import { errorOf, setup } from './helpers'

describe('pages and the document', () => {
  it('has a root with one page, the current page', () => {
    const { figma } = setup()
    expect(figma.root.type).toBe('DOCUMENT')
    expect(figma.root.children).toHaveLength(1)
    expect(figma.currentPage.type).toBe('PAGE')
    expect(figma.currentPage.parent?.type).toBe('DOCUMENT')
    expect(figma.root.children[0]).toBe(figma.currentPage)
  })

  it('the same node is the same object within a session', () => {
    const { figma } = setup()
    const sticky = figma.createSticky()
    expect(figma.currentPage.children[0]).toBe(sticky)
  })

  it('setting figma.currentPage throws under dynamic-page; setCurrentPageAsync switches', async () => {
    const { fake, figma } = setup()
    const second = fake.document.addPage('Second')
    const page = figma.root.children.find((p) => p.id === second) as PageNode
    expect(() => (figma.currentPage = page)).toThrow(/Setting figma.currentPage is not supported/)
    await figma.setCurrentPageAsync(page)
    expect(figma.currentPage.id).toBe(second)
    expect(fake.inspect.currentPageId).toBe(second)
  })

  it('new nodes go on the current page', async () => {
    const { fake, figma } = setup()
    const second = fake.document.addPage('Second')
    await figma.setCurrentPageAsync(figma.root.children[1] as PageNode)
    const sticky = figma.createSticky()
    expect(sticky.parent?.id).toBe(second)
  })

  it('createPage adds a page to the document', () => {
    const { figma } = setup()
    const page = figma.createPage()
    expect(figma.root.children.map((p) => p.id)).toEqual([figma.currentPage.id, page.id])
  })

  it('installFigJam sets the figma and __html__ globals, and later sessions become the global', () => {
    const fake = installFigJam()
    expect(Reflect.get(globalThis, 'figma')).toBe(fake.figma)
    expect(Reflect.get(globalThis, '__html__')).toBe('<html>fake ui</html>')
    const next = fake.startSession()
    expect(Reflect.get(globalThis, 'figma')).toBe(next.figma)
  })

  it('fake.figma is the latest session’s figma; a session is started on first use', () => {
    const fake = createFigJam()
    const first = fake.figma
    expect(fake.session.figma).toBe(first)
    const second = fake.startSession({ command: 'check-fit' })
    expect(fake.figma).toBe(second.figma)
    expect(fake.figma.command).toBe('check-fit')
  })

  it('node ids look like Figma’s', () => {
    const { figma } = setup()
    expect(figma.createSticky().id).toMatch(/^\d+:\d+$/)
    expect(figma.currentPage.id).toMatch(/^\d+:\d+$/)
  })
})

describe('editor type', () => {
  it('is figjam by default, with the FigJam-only creators', () => {
    const { figma } = setup()
    expect(figma.editorType).toBe('figjam')
    for (const name of FIGJAM_ONLY_CREATORS) expect(name in figma).toBe(true)
  })

  it('in Figma Design the FigJam-only creators are absent and calling them is a TypeError', () => {
    const { figma } = setup({ editorType: 'figma' })
    expect(figma.editorType).toBe('figma')
    for (const name of FIGJAM_ONLY_CREATORS) expect(name in figma).toBe(false)
    expect(() => figma.createSticky()).toThrow(TypeError)
    expect(figma.createSection().type).toBe('SECTION')
  })

  it('setEditorType switches live sessions', () => {
    const { fake, figma } = setup()
    fake.setEditorType('figma')
    expect(figma.editorType).toBe('figma')
    expect('createSticky' in figma).toBe(false)
    fake.setEditorType('figjam')
    expect(figma.createSticky().type).toBe('STICKY')
  })

  it('code blocks and tables exist in FigJam but are not modelled: they say so', () => {
    const { figma } = setup()
    expect(() => figma.createCodeBlock()).toThrow(/not modelled/)
  })
})

describe('what dynamic-page forbids', () => {
  it('getNodeById throws; getNodeByIdAsync works', async () => {
    const { figma } = setup()
    const sticky = figma.createSticky()
    expect(errorOf(() => figma.getNodeById(sticky.id))).toBe(
      'in getNodeById: Cannot call with documentAccess: dynamic-page. Use figma.getNodeByIdAsync instead.'
    )
    expect(await figma.getNodeByIdAsync(sticky.id)).toBe(sticky)
    expect(await figma.getNodeByIdAsync('999:999')).toBeNull()
  })

  it('other sync lookups throw too', () => {
    const { figma } = setup()
    expect(() => figma.getStyleById('S:1')).toThrow(/dynamic-page/)
    expect(() => figma.getLocalPaintStyles()).toThrow(/dynamic-page/)
    expect(() => figma.getLocalTextStyles()).toThrow(/dynamic-page/)
    expect(() => figma.getFileThumbnailNode()).toThrow(/dynamic-page/)
  })

  it('figma.root.findAll needs loadAllPagesAsync first', async () => {
    const { figma } = setup()
    figma.createSticky()
    expect(() => figma.root.findAll()).toThrow(/loadAllPagesAsync/)
    expect(() => figma.root.findAllWithCriteria({ types: ['STICKY'] })).toThrow(/loadAllPagesAsync/)
    await figma.loadAllPagesAsync()
    expect(figma.root.findAll().map((n) => n.type)).toEqual(['PAGE', 'STICKY'])
    expect(figma.root.findAllWithCriteria({ types: ['STICKY'] })).toHaveLength(1)
  })

  it('another page’s children need page.loadAsync first', async () => {
    const { fake, figma } = setup()
    fake.document.addPage('Other')
    const other = figma.root.children[1] as PageNode
    expect(errorOf(() => other.children)).toMatch(
      /^in get_children: Cannot access property `children` on a page/
    )
    expect(() => other.findAll()).toThrow(/has not been explicitly loaded/)
    await other.loadAsync()
    expect(other.children).toEqual([])
  })

  it('the current page is always loaded', () => {
    const { figma } = setup()
    expect(figma.currentPage.children).toEqual([])
  })
})
