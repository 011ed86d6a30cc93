/**
 * Boards for the bad-input tests, built as a team builds them: the plugin inserts a canvas, people drop stickies
 * into its zones and draw connectors.
 */
import type { FigJamFake } from '../../../fake'
import { SHARED_NAMESPACE } from '../../../src/adapter/plugin-data'
import { readStoredReportText } from '../../../src/core/report-storage'
import { insertVpcAsync } from '../../../src/commands/insert-vpc-async'
import type { FitReport, Locale, ZoneKey } from '../../../src/core/types'
import { ZONE_KEYS } from '../../../src/core/types'
import { canvases, zonePoint } from './board'

export interface TestCanvas {
  id: string
  section: SectionNode
  /** Sticky ids by their text (the first sticky with that text). */
  sticky: Record<string, string>
}

/** Inserts a canvas and drops `content`'s stickies along each zone's middle ray (reading order = list order). */
export async function canvasWith(
  fake: FigJamFake,
  content: Partial<Record<ZoneKey, string[]>>,
  names: { segment?: string; product?: string; locale?: Locale } = {}
): Promise<TestCanvas> {
  const known = new Set(canvases(fake).map((canvas) => canvas.id))
  await insertVpcAsync({
    segment: names.segment ?? 'Commuters',
    product: names.product ?? 'Bike app',
    locale: names.locale ?? 'en'
  })
  const created = canvases(fake).find((canvas) => !known.has(canvas.id))
  if (!created) throw new Error('insertVpcAsync drew no canvas')
  const sticky: Record<string, string> = {}
  for (const zone of ZONE_KEYS) {
    const texts = content[zone] ?? []
    texts.forEach((text, i) => {
      const at = zonePoint(fake, created.id, zone, 0.3 + (0.55 * i) / Math.max(1, texts.length))
      if (!at) throw new Error('canvas has no shape for ' + zone)
      const node = fake.user.addSticky({ text, x: at.x - 120, y: at.y - 120 })
      if (!(text in sticky)) sticky[text] = node.id
    })
  }
  const section = (await figma.getNodeByIdAsync(created.id)) as SectionNode
  return { id: created.id, section, sticky }
}

/** A small, complete canvas: two items per customer zone, one per value zone, three valid links. */
export async function smallCanvas(
  fake: FigJamFake,
  names?: { segment?: string; product?: string; locale?: Locale }
) {
  const canvas = await canvasWith(
    fake,
    {
      jobs: ['Get to work on time', 'Stay fit'],
      pains: ['Bikes are never there', 'Rain'],
      gains: ['Arrive fresh', 'Save money'],
      products: ['Bike sharing app'],
      painRelievers: ['Reserve a bike'],
      gainCreators: ['Monthly pass']
    },
    names
  )
  const link = (from: string, to: string) =>
    fake.user.connect(canvas.sticky[from] as string, canvas.sticky[to] as string)
  link('Reserve a bike', 'Bikes are never there')
  link('Monthly pass', 'Save money')
  link('Bike sharing app', 'Get to work on time')
  return canvas
}

/** The report check-fit stored on a section, parsed. */
export function storedReport(section: SectionNode): FitReport {
  const text = readStoredReportText((key) => section.getSharedPluginData(SHARED_NAMESPACE, key))
  return JSON.parse(text.ok ? text.json : '') as FitReport
}

/** Every report item (zones and unplaced) of a report. */
export function itemsOf(report: Pick<FitReport, 'zones' | 'unplaced'>): Array<{ id: string; text: string }> {
  return [...ZONE_KEYS.flatMap((zone) => report.zones[zone]), ...report.unplaced]
}

/** The zone (or 'unplaced', or null) a sticky has in a report. */
export function placeIn(
  report: Pick<FitReport, 'zones' | 'unplaced'>,
  id: string
): ZoneKey | 'unplaced' | null {
  for (const zone of ZONE_KEYS) if (report.zones[zone].some((item) => item.id === id)) return zone
  return report.unplaced.some((item) => item.id === id) ? 'unplaced' : null
}
