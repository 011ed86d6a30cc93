import { describe, expect, it } from 'vitest'
import { UserFacingError } from '../../src/adapter/errors'
import { bmcSummaryAsync, insertBmcThenSummaryAsync, NoBmcError } from '../../src/commands/bmc-summary-async'
import { insertBmcAsync } from '../../src/commands/insert-bmc-async'
import { insertVpcAsync } from '../../src/commands/insert-vpc-async'
import { hashText } from '../../src/core/hash'
import { overlaps } from '../../src/core/layout/placement'
import { pointAt, vpcLayout } from '../../src/core/layout/vpc-layout'
import { ZONE_SECTORS } from '../../src/core/zones'
import type { Locale, Rect, ZoneKey } from '../../src/core/types'
import { t, tKey } from '../../src/i18n'
import type { InspectedNode } from '../../fake'
import { useFake } from '../adapter/harness'

const INTER_MEDIUM = { family: 'Inter', style: 'Medium' }
type Block = 'valuePropositions' | 'customerSegments'

// ---------------------------------------------------------------------------
// Board helpers
// ---------------------------------------------------------------------------

function nodes(): InspectedNode[] {
  return useFake().inspect.nodes()
}

function rect(box: { x: number; y: number; width: number; height: number }): Rect {
  return { x: box.x, y: box.y, width: box.width, height: box.height }
}

function centreInside(inner: Rect, outer: Rect): boolean {
  const x = inner.x + inner.width / 2
  const y = inner.y + inner.height / 2
  return x >= outer.x && x <= outer.x + outer.width && y >= outer.y && y <= outer.y + outer.height
}

function within(inner: Rect, outer: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  )
}

interface Vpc {
  id: string
  box: Rect
}

/** Inserts a canvas through the plugin's own command and fills its zones as a team would (rank markers). */
async function vpcWith(
  segment: string,
  product: string,
  locale: Locale,
  content: Partial<Record<ZoneKey, string[]>>
): Promise<Vpc> {
  const fake = useFake()
  const known = new Set(nodes().map((node) => node.id))
  await insertVpcAsync({ segment, product, locale })
  const section = nodes().find((node) => node.sharedPluginData.vpcfit?.role === 'vpc-canvas' && !known.has(node.id))!
  const layout = vpcLayout()
  for (const zone of Object.keys(content) as ZoneKey[]) {
    const { shape, centre: centreAngle } = ZONE_SECTORS.find((sector) => sector.zone === zone)!
    const local = shape === 'square' ? layout.valueMap : layout.customerProfile
    const half = local.width / 2
    const centre = { x: section.box.x + local.x + half, y: section.box.y + local.y + half }
    ;(content[zone] ?? []).forEach((text, i) => {
      // Along the sector's middle ray, 40-80 % of the way out: inside the zone whatever the count.
      const p = pointAt(centre, centreAngle, half * (0.4 + 0.13 * i))
      fake.user.addSticky({ text: `${i + 1}. ${text}`, x: Math.round(p.x - 120), y: Math.round(p.y - 120) })
    })
  }
  return { id: section.id, box: rect(section.box) }
}

const FULL: Partial<Record<ZoneKey, string[]>> = {
  products: ['Bike sharing app', 'Monthly pass'],
  painRelievers: ['Guaranteed bike within 5 minutes'],
  gainCreators: ['Streak rewards'],
  jobs: ['Get to work on time', 'Stay fit'],
  pains: ['Crowded buses'],
  gains: ['Arrive fresh']
}

function summaries(): InspectedNode[] {
  return nodes().filter((node) => node.type === 'STICKY' && node.sharedPluginData.vpcfit?.role === 'bmc-summary')
}

function summaryOf(block: Block): InspectedNode[] {
  return summaries().filter(
    (node) => (JSON.parse(node.sharedPluginData.vpcfit?.summary ?? '{}') as { block?: string }).block === block
  )
}

function pluginBlock(block: Block): InspectedNode | undefined {
  return nodes().find((node) => node.sharedPluginData.vpcfit?.role === 'bmc-block' && node.sharedPluginData.vpcfit?.block === block)
}

/** A hand-drawn BMC as another team would build it: nine plain sections named in their language. */
function handDrawnBmc(
  labels: { vp: string; cs: string },
  origin = { x: 20_000, y: 0 }
): Record<Block, InspectedNode> {
  const fake = useFake()
  const names = ['Key Partners', 'Key Activities', labels.vp, 'Customer Relationships', labels.cs]
  const sections = names.map((name, i) =>
    fake.user.addSection({ name, x: origin.x + i * 1100, y: origin.y, width: 1000, height: 1600 })
  )
  fake.user.addSection({ name: 'Cost Structure', x: origin.x, y: origin.y + 1700, width: 2700, height: 800 })
  const vp = fake.inspect.node(sections[2]!.id)!
  const cs = fake.inspect.node(sections[4]!.id)!
  return { valuePropositions: vp, customerSegments: cs }
}

/** Every node that is not a summary sticky, keyed by id. */
function userBoard(): Map<string, InspectedNode> {
  return new Map(
    nodes()
      .filter((n) => n.sharedPluginData.vpcfit?.role !== 'bmc-summary')
      .map((n) => [n.id, n])
  )
}

// ---------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------

describe('bmc-summary into the plugin’s own BMC', () => {
  it('writes the value proposition and the customer segment into their blocks', async () => {
    const vpc = await vpcWith('Commuters', 'Bike app', 'en', FULL)
    await insertBmcAsync({ locale: 'en' })
    const outcome = await bmcSummaryAsync({ canvasId: null, locale: 'en' })

    const [vp] = summaryOf('valuePropositions')
    const [cs] = summaryOf('customerSegments')
    expect(summaries()).toHaveLength(2)
    const bmc = nodes().find((node) => node.sharedPluginData.vpcfit?.role === 'bmc-canvas')!
    for (const [sticky, block] of [
      [vp, 'valuePropositions'],
      [cs, 'customerSegments']
    ] as const) {
      expect(sticky).toBeDefined()
      expect(within(rect(sticky!.box), rect(pluginBlock(block)!.box))).toBe(true)
      expect(sticky!.parentId).toBe(bmc.id)
      const data = JSON.parse(sticky!.sharedPluginData.vpcfit?.summary ?? '') as Record<string, unknown>
      expect(data).toEqual({ canvasId: vpc.id, block, hash: hashText(sticky!.text ?? ''), node: sticky!.id })
    }
    expect(vp!.text).toMatch(/^Our bike sharing app and monthly pass help commuters/)
    expect(vp!.text).toContain('get to work on time')
    expect(vp!.text).toContain('guaranteed bike within 5 minutes')
    expect(vp!.text).toContain('streak rewards')
    expect(vp!.text).toMatch(/\n\nFit \d+% \((weak|on target|strong)[^)]*\) · \d{4}-\d{2}-\d{2}$/)
    expect(cs!.text?.split('\n')[0]).toBe('Commuters')
    expect(cs!.text).toContain('get to work on time')
    expect(cs!.text).toContain('crowded buses')
    expect(cs!.text).toContain('arrive fresh')
    expect(outcome.message).toBe(
      t('en', 'bmcNotify.written', {
        segment: 'Commuters',
        blocks: 'Value propositions and Customer segments'
      })
    )
  })

  it('does not cover the labels, the questions or any sticky already in the block', async () => {
    const fake = useFake()
    await vpcWith('Commuters', 'Bike app', 'en', FULL)
    await insertBmcAsync({ locale: 'en' })
    const block = rect(pluginBlock('valuePropositions')!.box)
    const before = nodes().filter((n) => n.type === 'STICKY' || n.type === 'TEXT')
    fake.user.addSticky({ text: 'Our own idea', x: block.x + 40, y: block.y + 380 })
    fake.user.addSticky({ text: 'Another one', x: block.x + 320, y: block.y + 380 })
    await bmcSummaryAsync({ canvasId: null, locale: 'en' })
    const [vp] = summaryOf('valuePropositions')
    const others = nodes().filter((n) => (n.type === 'STICKY' || n.type === 'TEXT') && n.id !== vp!.id)
    expect(others.length).toBe(before.length + 3)
    for (const other of others) expect(overlaps(rect(vp!.box), rect(other.box)), other.text ?? '').toBe(false)
  })

  it('running it twice gives one sticky per block, updated in place', async () => {
    const fake = useFake()
    await vpcWith('Commuters', 'Bike app', 'en', FULL)
    await insertBmcAsync({ locale: 'en' })
    await bmcSummaryAsync({ canvasId: null, locale: 'en' })
    const first = summaries()
    fake.user.addSticky({ text: '2. Ride with friends', x: 0, y: 0 })
    const outcome = await bmcSummaryAsync({ canvasId: null, locale: 'en' })
    const second = summaries()
    expect(second).toHaveLength(2)
    expect(second.map((n) => n.id).sort()).toEqual(first.map((n) => n.id).sort())
    expect(second.map((n) => rect(n.box))).toEqual(first.map((n) => rect(n.box)))
    expect(outcome.message).toBe(
      t('en', 'bmcNotify.updated', {
        segment: 'Commuters',
        blocks: 'Value propositions and Customer segments'
      })
    )
  })

  it('running it again on an unchanged board changes nothing, not even the undo history', async () => {
    const fake = useFake()
    await vpcWith('Commuters', 'Bike app', 'en', FULL)
    await insertBmcAsync({ locale: 'en' })
    await bmcSummaryAsync({ canvasId: null, locale: 'en' })
    const before = nodes()
    const steps = fake.undo.steps
    await bmcSummaryAsync({ canvasId: null, locale: 'en' })
    expect(nodes()).toEqual(before)
    expect(fake.undo.steps).toBe(steps)
  })

  it('updates the text in place when the canvas changed and nobody edited the sticky', async () => {
    const fake = useFake()
    const vpc = await vpcWith('Commuters', 'Bike app', 'en', { products: ['Bike sharing app'] })
    await insertBmcAsync({ locale: 'en' })
    await bmcSummaryAsync({ canvasId: vpc.id, locale: 'en' })
    const [before] = summaryOf('valuePropositions')
    expect(before!.text).toContain('Still missing')
    const profile = vpcLayout().customerProfile
    const centre = { x: vpc.box.x + profile.x + 1100, y: vpc.box.y + profile.y + 1100 }
    fake.user.addSticky({ text: 'Get to work on time', x: centre.x + 500, y: centre.y - 120 })
    await bmcSummaryAsync({ canvasId: vpc.id, locale: 'en' })
    const [after] = summaryOf('valuePropositions')
    expect(after!.id).toBe(before!.id)
    expect(after!.text).toContain('get to work on time')
    expect(JSON.parse(after!.sharedPluginData.vpcfit?.summary ?? '')).toMatchObject({ hash: hashText(after!.text ?? '') })
  })

  it('after a user edit, leaves the edited sticky alone and puts a new one beside it', async () => {
    const fake = useFake()
    await vpcWith('Commuters', 'Bike app', 'en', FULL)
    await insertBmcAsync({ locale: 'en' })
    await bmcSummaryAsync({ canvasId: null, locale: 'en' })
    const [edited] = summaryOf('valuePropositions')
    fake.user.typeInto(edited!.id, 'Our team rewrote this statement.')
    const editedBefore = fake.inspect.node(edited!.id)!

    const outcome = await bmcSummaryAsync({ canvasId: null, locale: 'en' })
    expect(fake.inspect.node(edited!.id)).toEqual(editedBefore)
    const vps = summaryOf('valuePropositions')
    expect(vps).toHaveLength(2)
    const fresh = vps.find((n) => n.id !== edited!.id)!
    expect(fresh.text).toMatch(/^Our bike sharing app/)
    expect(overlaps(rect(fresh.box), rect(editedBefore.box))).toBe(false)
    expect(Math.abs(fresh.box.y - editedBefore.box.y)).toBeLessThan(editedBefore.box.height)
    expect(within(rect(fresh.box), rect(pluginBlock('valuePropositions')!.box))).toBe(true)
    expect(summaryOf('customerSegments')).toHaveLength(1)
    expect(outcome.message).toContain(t('en', 'bmcNotify.keptEdited', { block: 'Value propositions' }))

    // And again: the new sticky is updated, the edited one still untouched, no third sticky.
    await bmcSummaryAsync({ canvasId: null, locale: 'en' })
    expect(summaryOf('valuePropositions')).toHaveLength(2)
    expect(fake.inspect.node(edited!.id)).toEqual(editedBefore)
  })

  it('two canvases summarised into one BMC give two distinct stickies per block', async () => {
    const a = await vpcWith('Commuters', 'Bike app', 'en', FULL)
    const b = await vpcWith('Tourists', 'City tours', 'en', {
      products: ['Guided bike tours'],
      jobs: ['See the city']
    })
    await insertBmcAsync({ locale: 'en' })
    await bmcSummaryAsync({ canvasId: a.id, locale: 'en' })
    await bmcSummaryAsync({ canvasId: b.id, locale: 'en' })
    await bmcSummaryAsync({ canvasId: a.id, locale: 'en' })
    for (const block of ['valuePropositions', 'customerSegments'] as const) {
      const stickies = summaryOf(block)
      expect(stickies).toHaveLength(2)
      const canvases = stickies.map(
        (n) => (JSON.parse(n.sharedPluginData.vpcfit?.summary ?? '') as { canvasId: string }).canvasId
      )
      expect(canvases.sort()).toEqual([a.id, b.id].sort())
      expect(overlaps(rect(stickies[0]!.box), rect(stickies[1]!.box))).toBe(false)
      for (const sticky of stickies)
        expect(within(rect(sticky.box), rect(pluginBlock(block)!.box))).toBe(true)
    }
    expect(
      summaryOf('customerSegments')
        .map((n) => n.text?.split('\n')[0])
        .sort()
    ).toEqual(['Commuters', 'Tourists'])
  })

  it('a canvas with empty zones gives a statement that says what is missing', async () => {
    await vpcWith('Commuters', 'Bike app', 'en', { products: ['Bike sharing app'] })
    await insertBmcAsync({ locale: 'en' })
    await bmcSummaryAsync({ canvasId: null, locale: 'en' })
    const [vp] = summaryOf('valuePropositions')
    const [cs] = summaryOf('customerSegments')
    expect(vp!.text).toMatch(
      /^Our bike sharing app helps commuters\. Still missing: a customer job, pain relievers and gain creators\./
    )
    expect(cs!.text).toContain(t('en', 'statement.segment.noJobs'))
    expect(cs!.text).toContain(t('en', 'statement.segment.noPains'))
    expect(cs!.text).toContain(t('en', 'statement.segment.noGains'))
  })

  it('an empty canvas: no products, and the sticky says so', async () => {
    await vpcWith('Commuters', 'Bike app', 'en', {})
    await insertBmcAsync({ locale: 'en' })
    await bmcSummaryAsync({ canvasId: null, locale: 'en' })
    const [vp] = summaryOf('valuePropositions')
    expect(vp!.text).toContain(t('en', 'statement.noProducts', { segment: 'commuters' }).slice(0, 20))
  })

  it('is one undo step and leaves every other node exactly as it was', async () => {
    const fake = useFake()
    await vpcWith('Commuters', 'Bike app', 'en', FULL)
    await insertBmcAsync({ locale: 'en' })
    fake.user.addSticky({ text: 'Loose note', x: -5000, y: -5000 })
    const before = userBoard()
    const all = nodes()
    const steps = fake.undo.steps
    await bmcSummaryAsync({ canvasId: null, locale: 'en' })
    expect(fake.undo.steps).toBe(steps + 1)
    const after = userBoard()
    expect(after.size).toBe(before.size)
    before.forEach((node, id) => expect(after.get(id), node.text ?? node.name).toEqual(node))
    expect(fake.undo.undo()).toBe(true)
    expect(nodes()).toEqual(all)
  })

  it('brings the written stickies into view', async () => {
    const fake = useFake()
    await vpcWith('Commuters', 'Bike app', 'en', FULL)
    await insertBmcAsync({ locale: 'en' })
    fake.figma.viewport.center = { x: -100_000, y: -100_000 }
    await bmcSummaryAsync({ canvasId: null, locale: 'en' })
    const view = rect(fake.figma.viewport.bounds)
    for (const sticky of summaries()) expect(within(rect(sticky.box), view)).toBe(true)
  })

  it('a BMC with its Customer segments block deleted still gets the value proposition and a clear note', async () => {
    const fake = useFake()
    await vpcWith('Commuters', 'Bike app', 'en', FULL)
    await insertBmcAsync({ locale: 'en' })
    fake.user.delete([pluginBlock('customerSegments')!.id])
    const outcome = await bmcSummaryAsync({ canvasId: null, locale: 'en' })
    expect(summaryOf('valuePropositions')).toHaveLength(1)
    expect(summaryOf('customerSegments')).toHaveLength(0)
    expect(outcome.message).toContain(t('en', 'bmcNotify.missingBlock', { block: 'Customer segments' }))
  })

  it('a full block: the sticky goes just below the BMC, in the block’s column, and the note says so', async () => {
    const fake = useFake()
    await vpcWith('Commuters', 'Bike app', 'en', FULL)
    const { valuePropositions: vpSection } = handDrawnBmc({
      vp: 'Value Propositions',
      cs: 'Customer Segments'
    })
    const box = rect(vpSection.box)
    // Fill the block with stickies.
    for (let y = box.y + 20; y + 240 <= box.y + box.height; y += 250) {
      for (let x = box.x + 20; x + 240 <= box.x + box.width; x += 250)
        fake.user.addSticky({ text: 'idea', x, y })
    }
    const outcome = await bmcSummaryAsync({ canvasId: null, locale: 'en' })
    const [vp] = summaryOf('valuePropositions')
    expect(vp!.box.y).toBeGreaterThanOrEqual(box.y + box.height)
    expect(vp!.box.x).toBeGreaterThanOrEqual(box.x)
    for (const other of nodes().filter((n) => n.type === 'STICKY' && n.id !== vp!.id)) {
      expect(overlaps(rect(vp!.box), rect(other.box))).toBe(false)
    }
    expect(outcome.message).toContain(t('en', 'bmcNotify.blockFull', { block: 'Value propositions' }))
    // Running again finds it there and updates it instead of adding another.
    await bmcSummaryAsync({ canvasId: null, locale: 'en' })
    expect(summaryOf('valuePropositions')).toHaveLength(1)
  })
})

describe('bmc-summary into a BMC another team built', () => {
  it('English sections "Value Propositions" and "Customer Segments"', async () => {
    await vpcWith('Commuters', 'Bike app', 'en', FULL)
    const blocks = handDrawnBmc({ vp: 'Value Propositions', cs: 'Customer Segments' })
    await bmcSummaryAsync({ canvasId: null, locale: 'en' })
    for (const block of ['valuePropositions', 'customerSegments'] as const) {
      const stickies = summaryOf(block)
      expect(stickies).toHaveLength(1)
      expect(stickies[0]!.parentId).toBe(blocks[block].id)
      expect(within(rect(stickies[0]!.box), rect(blocks[block].box))).toBe(true)
    }
  })

  it('a Danish board ("Værditilbud", "Kundesegmenter") gets Danish stickies and a Danish note', async () => {
    await vpcWith('Pendlere', 'Cykelapp', 'da', {
      products: ['Cykeldeling'],
      jobs: ['Komme til tiden'],
      painRelievers: ['Altid en ledig cykel'],
      gainCreators: ['Belønninger'],
      pains: ['Fyldte busser'],
      gains: ['Frisk luft']
    })
    const blocks = handDrawnBmc({ vp: 'Værditilbud', cs: 'Kundesegmenter' })
    const outcome = await bmcSummaryAsync({ canvasId: null, locale: 'en' })
    const [vp] = summaryOf('valuePropositions')
    const [cs] = summaryOf('customerSegments')
    expect(vp!.parentId).toBe(blocks.valuePropositions.id)
    expect(cs!.parentId).toBe(blocks.customerSegments.id)
    expect(vp!.text).toContain('cykeldeling')
    expect(vp!.text).toMatch(/Match \d+\u00a0% .* · \d{2}\.\d{2}\.\d{4}$/)
    expect(cs!.text?.split('\n')[0]).toBe('Pendlere')
    expect(outcome.message).toBe(
      t('da', 'bmcNotify.written', {
        segment: 'Pendlere',
        blocks: `${tKey('da', 'bmc.block.valuePropositions')} og ${tKey('da', 'bmc.block.customerSegments')}`
      })
    )
  })

  it('shapes with the block names as their text work too, and the sticky stays on the shape', async () => {
    const fake = useFake()
    await vpcWith('Commuters', 'Bike app', 'en', FULL)
    const vpShape = fake.user.addShape({
      x: 20_000,
      y: 0,
      width: 1200,
      height: 1600,
      text: 'Value proposition',
      shapeType: 'SQUARE'
    })
    const csShape = fake.user.addShape({
      x: 21_400,
      y: 0,
      width: 1200,
      height: 1600,
      text: 'Kundsegment',
      shapeType: 'SQUARE'
    })
    await bmcSummaryAsync({ canvasId: null, locale: 'en' })
    const [vp] = summaryOf('valuePropositions')
    const [cs] = summaryOf('customerSegments')
    expect(within(rect(vp!.box), rect(fake.inspect.node(vpShape.id)!.box))).toBe(true)
    expect(within(rect(cs!.box), rect(fake.inspect.node(csShape.id)!.box))).toBe(true)
  })

  it('a single selected shape labelled Value propositions is that block when there is no BMC', async () => {
    const fake = useFake()
    await vpcWith('Commuters', 'Bike app', 'en', FULL)
    const shape = fake.user.addShape({
      x: 20_000,
      y: 0,
      width: 1200,
      height: 1200,
      shapeType: 'ROUNDED_RECTANGLE',
      text: 'Value propositions'
    })
    fake.user.select([shape.id])
    const outcome = await bmcSummaryAsync({ canvasId: null, locale: 'en' })
    const [vp] = summaryOf('valuePropositions')
    expect(centreInside(rect(vp!.box), rect(fake.inspect.node(shape.id)!.box))).toBe(true)
    expect(summaryOf('customerSegments')).toHaveLength(0)
    expect(outcome.message).toContain(t('en', 'bmcNotify.missingBlock', { block: 'Customer segments' }))
  })
})

describe('bmc-summary: choosing the canvas, and when it cannot run', () => {
  it('no BMC: a NoBmcError that offers to insert one beside the canvas; the offer writes the summary', async () => {
    const vpc = await vpcWith('Commuters', 'Bike app', 'sv', FULL)
    const error = await bmcSummaryAsync({ canvasId: null, locale: 'en' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(NoBmcError)
    expect(error).toBeInstanceOf(UserFacingError)
    const noBmc = error as NoBmcError
    expect(noBmc.message).toBe(t('sv', 'bmcNotify.noBmc'))
    expect(noBmc.canvasId).toBe(vpc.id)
    expect(noBmc.near).toEqual(vpc.box)
    expect(summaries()).toHaveLength(0)

    const fake = useFake()
    const steps = fake.undo.steps
    const before = fake.inspect.nodes().length
    const outcome = await insertBmcThenSummaryAsync(noBmc)
    const bmc = nodes().find((node) => node.sharedPluginData.vpcfit?.role === 'bmc-canvas')!
    expect(bmc.box.x).toBeGreaterThan(vpc.box.x + vpc.box.width)
    expect(JSON.parse(bmc.sharedPluginData.vpcfit?.meta ?? '')).toMatchObject({ locale: 'sv' })
    expect(summaries()).toHaveLength(2)
    // One notification that says both, one undo step that takes both back.
    expect(outcome.message).toBe(
      t('sv', 'bmcNotify.insertedWritten', {
        segment: 'Commuters',
        blocks: `${t('sv', 'bmc.block.valuePropositions')} och ${t('sv', 'bmc.block.customerSegments')}`
      })
    )
    expect(fake.undo.steps).toBe(steps + 1)
    expect(fake.undo.undo()).toBe(true)
    expect(nodes().some((node) => node.sharedPluginData.vpcfit?.role === 'bmc-canvas')).toBe(false)
    expect(summaries()).toHaveLength(0)
    expect(fake.inspect.nodes()).toHaveLength(before)
  })

  it('insertBmc on a page that has a BMC writes into it and inserts nothing', async () => {
    await vpcWith('Commuters', 'Bike app', 'en', FULL)
    await insertBmcAsync({ locale: 'en' })
    const outcome = await bmcSummaryAsync({ canvasId: null, locale: 'en', insertBmc: 'da' })
    expect(nodes().filter((node) => node.sharedPluginData.vpcfit?.role === 'bmc-canvas')).toHaveLength(1)
    expect(summaries()).toHaveLength(2)
    expect(outcome.message).toMatch(/^Summary of Commuters written to /)
  })

  it('insertBmc without the font inserts nothing and says so', async () => {
    const fake = useFake()
    await vpcWith('Commuters', 'Bike app', 'en', FULL)
    const before = nodes()
    const steps = fake.undo.steps
    fake.startSession()
    fake.makeFontUnavailable(INTER_MEDIUM)
    await expect(bmcSummaryAsync({ canvasId: null, locale: 'en', insertBmc: 'en' })).rejects.toThrow(
      t('en', 'bmcNotify.fontFailed')
    )
    expect(nodes()).toEqual(before)
    expect(fake.undo.steps).toBe(steps)
  })

  it('several canvases and none chosen or selected: asks to select one', async () => {
    await vpcWith('A', 'B', 'en', FULL)
    await vpcWith('C', 'D', 'en', FULL)
    await insertBmcAsync({ locale: 'en' })
    await expect(bmcSummaryAsync({ canvasId: null, locale: 'da' })).rejects.toThrow(
      t('da', 'bmcNotify.chooseCanvas')
    )
    expect(summaries()).toHaveLength(0)
  })

  it('several canvases: the one holding the selection is summarised', async () => {
    const fake = useFake()
    await vpcWith('First', 'B', 'en', FULL)
    const second = await vpcWith('Second', 'D', 'en', FULL)
    await insertBmcAsync({ locale: 'en' })
    const inside = nodes().find((n) => n.type === 'STICKY' && centreInside(rect(n.box), second.box))!
    fake.user.select([inside.id])
    await bmcSummaryAsync({ canvasId: null, locale: 'en' })
    expect(summaryOf('customerSegments')[0]!.text?.split('\n')[0]).toBe('Second')
  })

  it('no canvas on the page: a clear error', async () => {
    await insertBmcAsync({ locale: 'en' })
    await expect(bmcSummaryAsync({ canvasId: null, locale: 'en' })).rejects.toThrow(
      t('en', 'bmcNotify.noCanvas')
    )
  })

  it('a canvas id that is gone: a clear error', async () => {
    await vpcWith('A', 'B', 'en', FULL)
    await insertBmcAsync({ locale: 'en' })
    await expect(bmcSummaryAsync({ canvasId: '999:999', locale: 'en' })).rejects.toThrow(
      t('en', 'bmcNotify.canvasGone')
    )
  })

  it('in Figma Design: a clear error and nothing changes', async () => {
    const fake = useFake()
    await vpcWith('Commuters', 'Bike app', 'en', FULL)
    await insertBmcAsync({ locale: 'en' })
    const before = nodes()
    const steps = fake.undo.steps
    fake.setEditorType('figma')
    await expect(bmcSummaryAsync({ canvasId: null, locale: 'en' })).rejects.toThrow(
      t('en', 'notify.notFigJam')
    )
    expect(nodes()).toEqual(before)
    expect(fake.undo.steps).toBe(steps)
  })

  it('Inter cannot load: a message, and nothing is written', async () => {
    const fake = useFake()
    await vpcWith('Commuters', 'Bike app', 'en', FULL)
    await insertBmcAsync({ locale: 'en' })
    const before = nodes()
    fake.startSession()
    fake.makeFontUnavailable(INTER_MEDIUM)
    await expect(bmcSummaryAsync({ canvasId: null, locale: 'en' })).rejects.toThrow(
      t('en', 'bmcNotify.fontFailed')
    )
    expect(nodes()).toEqual(before)
  })

  it('a summary sticky in a font that cannot load is left alone; a new one goes beside it', async () => {
    const fake = useFake()
    await vpcWith('Commuters', 'Bike app', 'en', FULL)
    await insertBmcAsync({ locale: 'en' })
    await bmcSummaryAsync({ canvasId: null, locale: 'en' })
    const [vp] = summaryOf('valuePropositions')
    // Someone styled the sticky in another font (its text, and so its hash, is unchanged).
    const mono = { family: 'Roboto Mono', style: 'Medium' }
    await fake.figma.loadFontAsync(mono)
    const node = (await fake.figma.getNodeByIdAsync(vp!.id)) as StickyNode
    node.text.fontName = mono
    fake.figma.commitUndo()
    const styled = fake.inspect.node(vp!.id)!

    fake.startSession()
    fake.makeFontUnavailable(mono)
    const outcome = await bmcSummaryAsync({ canvasId: null, locale: 'en' })
    expect(fake.inspect.node(vp!.id)).toEqual(styled)
    expect(summaryOf('valuePropositions')).toHaveLength(2)
    expect(summaryOf('customerSegments')).toHaveLength(1)
    expect(outcome.message).toContain(t('en', 'bmcNotify.keptFont', { block: 'Value propositions' }))
  })
})
