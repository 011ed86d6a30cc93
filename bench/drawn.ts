/**
 * Canvases people drew, on the big board: the 50 canvases of the 10,000 / 50 board drawn again by hand (a section,
 * a square, a circle and six text labels each, where the plugin draws its own) and adopted, then the same stickies,
 * connectors and stamps dropped on them. A full read and analysis of that board against the plugin's own board in
 * the same run, runs alternating; every sticky must land in the same zone on both (else the measurement is broken).
 */
import { installFigJam } from '../fake'
import type { FigJamFake } from '../fake'
import { takeSnapshot } from '../src/adapter/snapshot'
import { adoptCanvasAsync } from '../src/commands/adopt-canvas-async'
import { analyzeBoard } from '../src/core/analyze'
import { zoneLabel } from '../src/i18n'
import type { CanvasAnalysis, Point, Rect, ZoneKey } from '../src/core/types'
import { ZONE_KEYS } from '../src/core/types'
import { applyPlan, planBoard } from './boards'
import type { BuiltBoard } from './boards'
import { apiUse, median, nowMs } from './measure'
import { CHECKED_AT } from './scenarios'

export interface DrawnReadResult {
  canvases: number
  stickies: number
  /** Median ms of a full read and analysis: the drawn board, and the plugin's own board beside it. */
  drawnMs: number
  ownMs: number
  timeRatio: number
  /** API reads of one full read, each board. */
  drawnReads: number
  ownReads: number
  readRatio: number
  runs: number
  buildMs: number
}

/** The middle of each zone's sector (the plugin's own canvas splits each shape into three 120° sectors). */
const MIDDLES: Record<ZoneKey, number> = { jobs: 0, gains: 120, pains: 240, gainCreators: 60, products: 180, painRelievers: 300 }

function centreOf(box: Rect): Point {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}

/** A text label centred on `point` inside `section`, as a person types it. */
function label(section: SectionNode, characters: string, point: Point): void {
  const text = figma.createText()
  section.appendChild(text)
  text.characters = characters
  text.fontSize = 24
  const origin = { x: section.absoluteTransform[0][2], y: section.absoluteTransform[1][2] }
  text.x = point.x - text.width / 2 - origin.x
  text.y = point.y - text.height / 2 - origin.y
}

/** The big board again, its canvases drawn by hand and adopted, the same stickies on them. */
async function buildDrawnTwin(own: BuiltBoard): Promise<{ fake: FigJamFake; stickyIds: string[]; buildMs: number }> {
  const started = nowMs()
  const fake = installFigJam()
  await figma.loadFontAsync({ family: 'Inter', style: 'Medium' })
  for (const canvas of own.canvases) {
    const section = fake.user.addSection({ ...canvas.box, name: 'Drawn canvas' })
    fake.user.addShape({ ...canvas.valueMap, shapeType: 'SQUARE', color: '#FFFFFF' })
    fake.user.addShape({ ...canvas.customerProfile, shapeType: 'ELLIPSE', color: '#FFFFFF' })
    for (const zone of ZONE_KEYS) {
      const shape = zone === 'jobs' || zone === 'pains' || zone === 'gains' ? canvas.customerProfile : canvas.valueMap
      const c = centreOf(shape)
      const radians = (MIDDLES[zone] * Math.PI) / 180
      const r = shape.width * 0.4
      label(section, zoneLabel('en', zone), { x: c.x + r * Math.cos(radians), y: c.y - r * Math.sin(radians) })
    }
    figma.commitUndo()
    fake.user.select([section])
    const answer = await adoptCanvasAsync({ locale: 'en' })
    if (!answer.message.startsWith('Adopted')) throw new Error(`bench: a drawn canvas was not adopted: ${answer.message}`)
  }
  const stickyIds = applyPlan(fake, planBoard(own.spec, own.canvases))
  await fake.flush()
  fake.counter.reset()
  return { fake, stickyIds, buildMs: nowMs() - started }
}

/** Each sticky's zone (by its index in the order dropped), or 'unplaced'; canvases in page order. */
function placements(analyses: CanvasAnalysis[], stickyIds: readonly string[]): string[] {
  const index = new Map(stickyIds.map((id, i) => [id, i]))
  const out = stickyIds.map(() => '-')
  analyses.forEach(({ report }, c) => {
    for (const zone of ZONE_KEYS)
      for (const item of report.zones[zone]) out[index.get(item.id) ?? -1] = `${c}:${zone}`
    for (const item of report.unplaced) out[index.get(item.id) ?? -1] = `${c}:unplaced`
  })
  return out
}

function fullRead(page: PageNode): CanvasAnalysis[] {
  return analyzeBoard(takeSnapshot(page), CHECKED_AT)
}

/**
 * Measures the drawn twin of `own` (the 10,000 / 50 board, as built) against it; `own` is the global `figma`
 * again afterwards, so the benchmark goes on with it.
 */
export async function measureDrawnRead(own: BuiltBoard, options: { runs: number; warmups: number }): Promise<DrawnReadResult> {
  const ownPage = figma.currentPage
  const ownFigma: unknown = Reflect.get(globalThis, 'figma')
  let twin: Awaited<ReturnType<typeof buildDrawnTwin>>
  try {
    twin = await buildDrawnTwin(own)
  } finally {
    Reflect.set(globalThis, 'figma', ownFigma)
  }
  const drawnPage = twin.fake.figma.currentPage
  const ownResult = fullRead(ownPage)
  const drawnResult = fullRead(drawnPage)
  if (drawnResult.length !== own.canvases.length) throw new Error(`bench: ${drawnResult.length} drawn canvases read`)
  const a = placements(ownResult, own.stickyIds)
  const b = placements(drawnResult, twin.stickyIds)
  const differ = a.findIndex((zone, i) => zone !== b[i])
  if (differ >= 0) throw new Error(`bench: sticky ${differ} is in ${a[differ]} on the plugin's board, ${b[differ]} drawn`)

  own.fake.counter.reset()
  fullRead(ownPage)
  const ownReads = apiUse(own.fake.counter.snapshot()).reads
  twin.fake.counter.reset()
  fullRead(drawnPage)
  const drawnReads = apiUse(twin.fake.counter.snapshot()).reads

  for (let i = 0; i < options.warmups; i++) {
    fullRead(ownPage)
    fullRead(drawnPage)
  }
  const ownSamples: number[] = []
  const drawnSamples: number[] = []
  for (let i = 0; i < options.runs; i++) {
    let t0 = nowMs()
    fullRead(ownPage)
    ownSamples.push(nowMs() - t0)
    t0 = nowMs()
    fullRead(drawnPage)
    drawnSamples.push(nowMs() - t0)
  }
  own.fake.counter.reset()
  twin.fake.counter.reset()
  const ownMs = median(ownSamples)
  const drawnMs = median(drawnSamples)
  return {
    canvases: own.canvases.length,
    stickies: own.stickyIds.length,
    drawnMs,
    ownMs,
    timeRatio: drawnMs / ownMs,
    drawnReads,
    ownReads,
    readRatio: drawnReads / ownReads,
    runs: options.runs,
    buildMs: twin.buildMs
  }
}
