import type { FitReport, ReportItem, ZoneKey } from '../types'
import { CUSTOMER_ZONES, VALUE_ZONES } from '../types'
import { fillTemplate, type ExportLabels } from './labels'
import { byRank, itemsById, type LocatedItem } from './private/items-by-id'
import { markdownText } from './private/markdown-text'

/** Customer profile first, as the method reads a canvas: who the customer is, then what is offered. */
const ZONE_ORDER: ZoneKey[] = [...CUSTOMER_ZONES, ...VALUE_ZONES]

function rankedList(items: ReportItem[], labels: ExportLabels): string[] {
  if (items.length === 0) return [`_${markdownText(labels.none)}_`]
  // An ordered list numbered by rank: ranks in a zone are the positions 1..n, so the numbers match what renders.
  return byRank(items).map((item) => {
    const votes = item.votes > 0 ? ` — ${markdownText(labels.columns.votes)}: ${item.votes}` : ''
    return `${item.rank}. ${markdownText(item.text)}${votes}`
  })
}

function bulletList(lines: string[], labels: ExportLabels): string[] {
  return lines.length === 0 ? [`_${markdownText(labels.none)}_`] : lines.map((line) => `- ${line}`)
}

function describe(id: string, byId: Map<string, LocatedItem>, labels: ExportLabels): string {
  const found = byId.get(id)
  if (found === undefined) return markdownText(id)
  const where = found.zone === null ? labels.headings.unplaced : labels.zones[found.zone]
  return `${markdownText(found.item.text)} (${markdownText(where)})`
}

/**
 * The canvas as CommonMark: a title, a heading per zone (customer profile first) with its stickies in rank order,
 * then the fit: score and band, coverage per customer zone, what is not addressed, value-map items with no link,
 * the links, and stickies outside every zone. Sticky text is escaped so it always renders as written, on one line
 * (see `markdownText`).
 */
export function toMarkdown(report: FitReport, labels: ExportLabels): string {
  const byId = itemsById(report)
  const lines: string[] = []
  const heading = (level: number, text: string): void => {
    lines.push(`${'#'.repeat(level)} ${text}`, '')
  }
  const block = (items: string[]): void => {
    lines.push(...items, '')
  }

  heading(
    1,
    fillTemplate(markdownText(labels.title), {
      segment: markdownText(report.canvas.segment),
      product: markdownText(report.canvas.product)
    })
  )
  block([fillTemplate(markdownText(labels.checkedAt), { date: markdownText(report.checkedAt) })])

  heading(2, markdownText(labels.headings.zones))
  for (const zone of ZONE_ORDER) {
    heading(3, markdownText(labels.zones[zone]))
    block(rankedList(report.zones[zone], labels))
  }

  heading(2, markdownText(labels.headings.fit))
  block([
    fillTemplate(markdownText(labels.fitScore), {
      score: String(report.fit.score),
      band: markdownText(labels.bands[report.fit.band])
    })
  ])

  heading(3, markdownText(labels.headings.coverage))
  block(
    bulletList(
      CUSTOMER_ZONES.map((zone) =>
        fillTemplate(markdownText(labels.coverage), {
          zone: markdownText(labels.zones[zone]),
          coverage: String(report.fit.coverage[zone])
        })
      ),
      labels
    )
  )

  heading(3, markdownText(labels.headings.unaddressed))
  block(
    bulletList(
      report.fit.unaddressed.map((id) => describe(id, byId, labels)),
      labels
    )
  )

  heading(3, markdownText(labels.headings.orphans))
  block(
    bulletList(
      report.fit.orphans.map((id) => describe(id, byId, labels)),
      labels
    )
  )

  const valid = report.links.filter((link) => link.kind !== 'invalid')
  const invalid = report.links.filter((link) => link.kind === 'invalid')
  const linkLine = (link: { from: string; to: string }): string =>
    `${describe(link.from, byId, labels)} → ${describe(link.to, byId, labels)}`
  heading(3, markdownText(labels.headings.links))
  block(bulletList(valid.map(linkLine), labels))
  if (invalid.length > 0) {
    heading(3, markdownText(labels.headings.invalidLinks))
    block(bulletList(invalid.map(linkLine), labels))
  }

  heading(2, markdownText(labels.headings.unplaced))
  block(rankedList(report.unplaced, labels))

  return lines.join('\n').replace(/\n+$/, '\n')
}
