import { describe, expect, it } from 'vitest'
import { UserFacingError } from '../../src/adapter/errors'
import { insertBmcAsync } from '../../src/commands/insert-bmc-async'
import { insertVpcAsync } from '../../src/commands/insert-vpc-async'
import { bmcLayout } from '../../src/core/layout/bmc-layout'
import { overlaps } from '../../src/core/layout/placement'
import type { Locale, Rect } from '../../src/core/types'
import { t, tKey } from '../../src/i18n'
import { BMC_BLOCK_KEYS } from '../../src/i18n/bmc-blocks'
import { bmcQuestionsFor } from '../../src/i18n/questions'
import type { InspectedNode } from '../../fake'
import { useFake } from '../adapter/harness'

const INTER_MEDIUM = { family: 'Inter', style: 'Medium' }

function nodes(): InspectedNode[] {
  return useFake().inspect.nodes()
}

function withRole(role: string): InspectedNode[] {
  return nodes().filter((node) => node.sharedPluginData.vpcfit?.role === role)
}

function onlyBmcSection(): InspectedNode {
  const sections = withRole('bmc-canvas')
  expect(sections).toHaveLength(1)
  return sections[0]!
}

function rect(box: { x: number; y: number; width: number; height: number }): Rect {
  return { x: box.x, y: box.y, width: box.width, height: box.height }
}

describe('insert-bmc', () => {
  it('draws one section with the nine blocks as locked shapes, tagged with their block keys', async () => {
    await insertBmcAsync({ locale: 'en' })
    const section = onlyBmcSection()
    expect(section.type).toBe('SECTION')
    expect(JSON.parse(section.sharedPluginData.vpcfit?.meta ?? '')).toEqual({ schema: 1, locale: 'en' })
    const blocks = withRole('bmc-block')
    expect(blocks.map((b) => b.sharedPluginData.vpcfit?.block).sort()).toEqual([...BMC_BLOCK_KEYS].sort())
    for (const block of blocks) {
      expect(block.type).toBe('SHAPE_WITH_TEXT')
      expect(['SQUARE', 'ROUNDED_RECTANGLE']).toContain(block.shapeType)
      expect(block.locked).toBe(true)
      expect(block.parentId).toBe(section.id)
      expect(block.width).toBeGreaterThanOrEqual(1000)
      expect(block.height).toBeGreaterThanOrEqual(1000)
    }
  })

  it('places the blocks as the layout says, relative to the section', async () => {
    await insertBmcAsync({ locale: 'en' })
    const section = onlyBmcSection()
    const layout = bmcLayout()
    for (const block of withRole('bmc-block')) {
      const key = block.sharedPluginData.vpcfit?.block as keyof typeof layout.blocks
      const expected = layout.blocks[key]
      expect(rect(block.box)).toEqual({
        x: section.box.x + expected.x,
        y: section.box.y + expected.y,
        width: expected.width,
        height: expected.height
      })
    }
  })

  it('stays within 40 nodes, all inside the section', async () => {
    await insertBmcAsync({ locale: 'en' })
    const all = nodes()
    expect(all.length).toBeLessThanOrEqual(40)
    const section = onlyBmcSection()
    for (const node of all) if (node.id !== section.id) expect(node.parentId).toBe(section.id)
  })

  it.each<[Locale]>([['en'], ['sv'], ['da']])(
    'labels every block and asks its questions in %s',
    async (locale) => {
      await insertBmcAsync({ locale })
      const texts = withRole('bmc-text')
      for (const text of texts) expect(text.locked).toBe(true)
      for (const key of BMC_BLOCK_KEYS) {
        const own = texts.filter((node) => node.sharedPluginData.vpcfit?.block === key).map((node) => node.text)
        expect(own).toContain(tKey(locale, `bmc.block.${key}`))
        const questions = own.find((text) => text !== tKey(locale, `bmc.block.${key}`)) ?? ''
        const lines = questions.split('\n')
        expect(lines.length).toBeGreaterThanOrEqual(3)
        expect(lines.length).toBeLessThanOrEqual(4)
        expect(lines).toEqual(bmcQuestionsFor(locale, key).slice(0, lines.length))
      }
      const all = texts.map((node) => node.text)
      expect(all).toContain(t(locale, 'bmc.title'))
      expect(all).toContain(t(locale, 'bmc.credit'))
      expect(onlyBmcSection().name).toBe(t(locale, 'bmc.name'))
    }
  )

  it('credits Strategyzer and the CC BY-SA 4.0 licence', async () => {
    await insertBmcAsync({ locale: 'da' })
    const credit = withRole('bmc-text').find((node) => node.text === t('da', 'bmc.credit'))
    expect(credit?.text).toContain('Strategyzer AG')
    expect(credit?.text).toContain('CC BY-SA 4.0')
  })

  it('is one undo step, and undoing it restores the board', async () => {
    const fake = useFake()
    fake.user.addSticky({ text: 'Existing idea', x: 0, y: 0 })
    const before = nodes()
    const steps = fake.undo.steps
    await insertBmcAsync({ locale: 'en' })
    expect(fake.undo.steps).toBe(steps + 1)
    expect(fake.undo.undo()).toBe(true)
    expect(nodes()).toEqual(before)
  })

  it('selects the new BMC, brings it into view and says so', async () => {
    const fake = useFake()
    const outcome = await insertBmcAsync({ locale: 'sv' })
    const section = onlyBmcSection()
    expect(fake.figma.currentPage.selection.map((node) => node.id)).toEqual([section.id])
    const view = fake.figma.viewport.bounds
    expect(overlaps(rect(view), rect(section.box))).toBe(true)
    expect(outcome.message).toBe(t('sv', 'bmcNotify.inserted'))
  })

  it('goes beside the existing canvas, overlapping nothing', async () => {
    const fake = useFake()
    await insertVpcAsync({ segment: 'Commuters', product: 'Bike app', locale: 'en' })
    fake.user.addSticky({ text: 'Loose idea', x: 20_000, y: 0 })
    await insertBmcAsync({ locale: 'en' })
    const canvas = withRole('vpc-canvas')[0]!
    const section = onlyBmcSection()
    expect(section.box.x).toBeGreaterThan(canvas.box.x + canvas.box.width)
    expect(section.box.y).toBe(canvas.box.y)
    for (const node of nodes().filter((n) => n.depth === 0 && n.id !== section.id)) {
      expect(overlaps(rect(node.box), rect(section.box))).toBe(false)
    }
  })

  it('a second BMC goes beside the first', async () => {
    await insertBmcAsync({ locale: 'en' })
    await insertBmcAsync({ locale: 'en' })
    const [first, second] = withRole('bmc-canvas')
    expect(second!.box.x).toBeGreaterThan(first!.box.x + first!.box.width)
  })

  it('goes beside the box it is asked to be near', async () => {
    await insertVpcAsync({ segment: 'A', product: 'B', locale: 'en' })
    const near = { x: -30_000, y: 5_000, width: 1000, height: 800 }
    await insertBmcAsync({ locale: 'en', near })
    const section = onlyBmcSection()
    expect(section.box.x).toBeGreaterThan(near.x + near.width)
    expect(section.box.x).toBeLessThan(near.x + near.width + 1000)
    expect(section.box.y).toBe(near.y)
  })

  it('without any canvas, is centred on the viewport', async () => {
    const fake = useFake()
    const centre = fake.figma.viewport.center
    await insertBmcAsync({ locale: 'en' })
    const section = onlyBmcSection()
    expect(Math.abs(section.box.x + section.box.width / 2 - centre.x)).toBeLessThanOrEqual(1)
    expect(Math.abs(section.box.y + section.box.height / 2 - centre.y)).toBeLessThanOrEqual(1)
  })

  it('in Figma Design: a clear error and nothing drawn', async () => {
    const fake = useFake()
    fake.setEditorType('figma')
    const before = nodes()
    await expect(insertBmcAsync({ locale: 'en' })).rejects.toThrow(
      new UserFacingError(t('en', 'notify.notFigJam'))
    )
    expect(nodes()).toEqual(before)
  })

  it('when Inter cannot load: a message and nothing half-drawn', async () => {
    const fake = useFake()
    fake.makeFontUnavailable(INTER_MEDIUM)
    const steps = fake.undo.steps
    await expect(insertBmcAsync({ locale: 'da' })).rejects.toThrow(t('da', 'bmcNotify.fontFailed'))
    expect(nodes()).toEqual([])
    expect(fake.undo.steps).toBe(steps)
  })
})
