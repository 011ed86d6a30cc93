// Summary stickies fit their block: FigJam grows a sticky with its text, so a long statement would hang out of the
// BMC block. The fake lays text out with Inter Medium's real advance widths (fake/metrics), so these heights are
// the ones FigJam shows; a canvas whose full statement does not fit gets the brief one, in every language.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { bmcSummaryAsync } from '../../src/commands/bmc-summary-async'
import { insertBmcAsync } from '../../src/commands/insert-bmc-async'
import { insertVpcAsync } from '../../src/commands/insert-vpc-async'
import { localDateIso, summaryTexts } from '../../src/adapter/bmc/summary-texts'
import { takeSnapshot } from '../../src/adapter/snapshot'
import { analyzeBoard } from '../../src/core/analyze'
import type { Locale, Rect, ZoneKey } from '../../src/core/types'
import { LOCALES, ZONE_KEYS } from '../../src/core/types'
import type { InspectedNode } from '../../fake'
import { useFake } from '../adapter/harness'
import { canvasSections, dropSticky, pointInZone } from '../adapter/helpers'

const LONG: Record<ZoneKey, string[]> = {
  products: [
    'A subscription bike sharing service with reserved docking stations near every office park',
    'Corporate mobility budget dashboard for the HR department and the facilities team'
  ],
  painRelievers: [
    'Guaranteed bike within five minutes of any station or your ride is free of charge',
    'Weatherproof covered parking with lockers and showers at the destination'
  ],
  gainCreators: [
    'Streak rewards and monthly challenges shared with colleagues on the company leaderboard',
    'Carbon savings report for the annual sustainability statement'
  ],
  jobs: ['Get to the first meeting of the day on time without depending on crowded public transport'],
  pains: ['Crowded buses and trains during the morning rush hour that make everyone late and stressed'],
  gains: ['Arrive fresh, relaxed and with some exercise done before the working day begins']
}

const SHORT: Partial<Record<ZoneKey, string[]>> = {
  products: ['Bike app'],
  painRelievers: ['Bike in 5 minutes'],
  gainCreators: ['Streaks'],
  jobs: ['Get to work'],
  pains: ['Crowded buses'],
  gains: ['Arrive fresh']
}

async function canvasWith(locale: Locale, content: Partial<Record<ZoneKey, string[]>>): Promise<string> {
  await insertVpcAsync({ segment: 'Office commuters in the city centre', product: 'Bike sharing', locale })
  const section = canvasSections().at(-1)!
  for (const zone of ZONE_KEYS) {
    ;(content[zone] ?? []).forEach((text, i) => dropSticky(text, pointInZone(section, zone, 0.35 + i * 0.3)))
  }
  await useFake().flush()
  return section.id
}

const summaries = (): InspectedNode[] =>
  useFake()
    .inspect.nodes()
    .filter((node) => node.type === 'STICKY' && node.sharedPluginData.vpcfit?.role === 'bmc-summary')

const blockOf = (block: string): InspectedNode =>
  useFake()
    .inspect.nodes()
    .find(
      (node) =>
        node.sharedPluginData.vpcfit?.role === 'bmc-block' && node.sharedPluginData.vpcfit?.block === block
    )!

const inside = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height

function variantsOf(canvasId: string) {
  const analysis = analyzeBoard(takeSnapshot(figma.currentPage), new Date().toISOString()).find(
    (a) => a.report.canvas.id === canvasId
  )!
  // The date the command writes (today, local time): a fixed date failed every run after that day.
  return summaryTexts(analysis, localDateIso(new Date()))
}

describe('summary stickies fit their block, measured with Inter Medium', () => {
  // The summary's date line is today's: the day the expected texts are written for, whenever the suite runs.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-12-01T12:00:00'))
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it.each(LOCALES)('%s: a long canvas in the plugin’s BMC: each sticky inside its block', async (locale) => {
    const id = await canvasWith(locale, LONG)
    await insertBmcAsync({ locale })
    const variants = variantsOf(id)
    await bmcSummaryAsync({ canvasId: id, locale })
    const written = summaries()
    expect(written).toHaveLength(2)
    for (const sticky of written) {
      const block = JSON.parse(sticky.sharedPluginData.vpcfit?.summary ?? '{}') as {
        block: 'valuePropositions' | 'customerSegments'
      }
      expect(inside(sticky.box, blockOf(block.block).box), `${block.block} ${sticky.box.height}`).toBe(true)
      const { text, shorter } = variants[block.block]
      expect([text, ...shorter]).toContain(sticky.text)
    }
    // A second run on the unchanged board changes nothing.
    const steps = useFake().undo.steps
    await bmcSummaryAsync({ canvasId: id, locale })
    expect(useFake().undo.steps).toBe(steps)
  })

  it.each(LOCALES)('%s: a small BMC people drew gets the brief texts, inside its blocks', async (locale) => {
    const fake = useFake()
    const id = await canvasWith(locale, LONG)
    const labels = {
      en: ['Value propositions', 'Customer segments'],
      sv: ['Värdeerbjudanden', 'Kundsegment'],
      da: ['Værditilbud', 'Kundesegmenter']
    }[locale]
    const vpBlock = fake.user.addSection({ name: labels[0]!, x: 20_000, y: 0, width: 520, height: 560 })
    const csBlock = fake.user.addSection({ name: labels[1]!, x: 20_600, y: 0, width: 520, height: 560 })
    await fake.flush()
    const variants = variantsOf(id)
    await bmcSummaryAsync({ canvasId: id, locale })
    const vp = summaries().find((s) => s.parentId === vpBlock.id)
    const cs = summaries().find((s) => s.parentId === csBlock.id)
    expect(vp?.text).toBe(variants.valuePropositions.shorter[0])
    expect(inside(vp!.box, fake.inspect.node(vpBlock.id)!.box), `${vp!.box.height}`).toBe(true)
    expect([variants.customerSegments.text, ...variants.customerSegments.shorter]).toContain(cs?.text)
    expect(inside(cs!.box, fake.inspect.node(csBlock.id)!.box), `${cs!.box.height}`).toBe(true)
    // The full texts are still on the board, sticky by sticky (and so in every export of the canvas).
    for (const text of LONG.products) expect(fake.inspect.nodes().some((n) => n.text === text)).toBe(true)
  })

  it.each(LOCALES)('%s: a short canvas keeps its full statement', async (locale) => {
    const id = await canvasWith(locale, SHORT)
    await insertBmcAsync({ locale })
    const variants = variantsOf(id)
    await bmcSummaryAsync({ canvasId: id, locale })
    const texts = summaries().map((s) => s.text)
    expect(texts).toContain(variants.valuePropositions.text)
    expect(texts).toContain(variants.customerSegments.text)
  })
})
