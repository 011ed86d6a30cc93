import { riskiestAssumptions } from '../evidence/riskiest'
import type { FitReport, ReportItem, TestEntry, ZoneKey } from '../types'
import { CUSTOMER_ZONES, VALUE_ZONES } from '../types'
import { fillTemplate, type ExportLabels } from './labels'
import { checkedAtText } from './private/date-text'
import { byRank } from '../ranking'
import { itemsById, type LocatedItem } from './private/items-by-id'
import { markdownBlock, markdownHeading, markdownText } from './private/markdown-text'

/** Customer profile first, as the method reads a canvas: who the customer is, then what is offered. */
const ZONE_ORDER: ZoneKey[] = [...CUSTOMER_ZONES, ...VALUE_ZONES]

export interface MarkdownOptions {
  /** The full value proposition statement (`buildValueStatement`), said in the canvas's language; none: no section. */
  statement?: string
  /** Minutes east of UTC to write the check time in (the user's time zone); 0, the default, writes it in UTC. */
  utcOffsetMinutes?: number
}

/**
 * The canvas as a CommonMark document, in the canvas's language (`labels`): a title, when it was checked (a date
 * and time as people write them, `checkedAtText`), the value proposition statement, a heading per zone (customer
 * profile first) with its stickies in rank order, each with its votes and its evidence, then the fit: score and
 * band, the fit backed by evidence, coverage per customer zone, what is not addressed, value-map items with no
 * link, the links; then the riskiest assumptions in order with why each is there, the test cards with their
 * learning cards, and the stickies outside every zone. Texts are escaped only where Markdown would read markup
 * (see `markdownText`), so they render as written, each on one line.
 */
export function toMarkdown(report: FitReport, labels: ExportLabels, options: MarkdownOptions = {}): string {
  const byId = itemsById(report)
  const levels = report.evidence.items
  const lines: string[] = []
  const heading = (level: number, text: string): void => {
    lines.push(`${'#'.repeat(level)} ${markdownHeading(text)}`, '')
  }
  const paragraph = (text: string): void => {
    lines.push(markdownBlock(text), '')
  }
  const list = (items: string[], ordered: boolean): void => {
    if (items.length === 0) lines.push(`_${markdownText(labels.none)}_`)
    else items.forEach((item, i) => lines.push(`${ordered ? `${i + 1}.` : '-'} ${markdownBlock(item)}`))
    lines.push('')
  }
  const say = (template: string, values: Record<string, string>): string =>
    fillTemplate(markdownText(template), values)
  const where = (found: LocatedItem): string =>
    markdownText(found.zone === null ? labels.headings.unplaced : labels.zones[found.zone])
  const describe = (id: string): string => {
    const found = byId.get(id)
    return found === undefined ? markdownText(id) : `${markdownText(found.item.text)} (${where(found)})`
  }
  const ranked = (items: ReportItem[]): string[] =>
    // Numbered by position, which is the rank: ranks in a zone are 1..n, so the numbers match what renders.
    byRank(items).map((item) => {
      const votes = item.votes > 0 ? ` — ${markdownText(labels.columns.votes)}: ${item.votes}` : ''
      const level = say(labels.evidence, { level: markdownText(labels.levels[levels[item.id] ?? 'none']) })
      return `${markdownText(item.text)}${votes} — ${level}`
    })
  const fit = (template: string, score: number, band: keyof ExportLabels['bands']): string =>
    say(template, { score: String(score), band: markdownText(labels.bands[band]) })

  heading(
    1,
    say(labels.title, {
      segment: markdownText(report.canvas.segment),
      product: markdownText(report.canvas.product)
    })
  )
  const date = checkedAtText(report.checkedAt, labels.dates, options.utcOffsetMinutes ?? 0)
  paragraph(say(labels.checkedAt, { date: markdownText(date) }))

  if (options.statement !== undefined && options.statement.trim() !== '') {
    heading(2, markdownText(labels.headings.statement))
    paragraph(markdownText(options.statement))
  }

  heading(2, markdownText(labels.headings.zones))
  for (const zone of ZONE_ORDER) {
    heading(3, markdownText(labels.zones[zone]))
    list(ranked(report.zones[zone]), true)
  }

  heading(2, markdownText(labels.headings.fit))
  paragraph(fit(labels.fitScore, report.fit.score, report.fit.band))
  paragraph(fit(labels.backedFit, report.evidence.fit.score, report.evidence.fit.band))

  heading(3, markdownText(labels.headings.coverage))
  list(
    CUSTOMER_ZONES.map((zone) =>
      say(labels.coverage, { zone: markdownText(labels.zones[zone]), coverage: String(report.fit.coverage[zone]) })
    ),
    false
  )
  heading(3, markdownText(labels.headings.unaddressed))
  list(report.fit.unaddressed.map(describe), false)
  heading(3, markdownText(labels.headings.orphans))
  list(report.fit.orphans.map(describe), false)

  const valid = report.links.filter((link) => link.kind !== 'invalid')
  const invalid = report.links.filter((link) => link.kind === 'invalid')
  const linkLine = (link: { from: string; to: string }): string => `${describe(link.from)} → ${describe(link.to)}`
  heading(3, markdownText(labels.headings.links))
  list(valid.map(linkLine), false)
  if (invalid.length > 0) {
    heading(3, markdownText(labels.headings.invalidLinks))
    list(invalid.map(linkLine), false)
  }

  heading(2, markdownText(labels.headings.riskiest))
  list(
    riskiestAssumptions(report).map((entry) => {
      const paired = entry.pairedWith === null ? undefined : byId.get(entry.pairedWith)
      // After an opening quote mark, not a space: a delimiter starting the text could close emphasis there.
      const other = paired === undefined ? '' : markdownText(paired.item.text, false)
      return `${describe(entry.id)} — ${say(labels.why[entry.reason], { other })}`
    }),
    true
  )

  heading(2, markdownText(labels.headings.tests))
  if (report.evidence.tests.length === 0) list([], false)
  for (const test of report.evidence.tests) {
    // A card whose sticky has left the canvas is named by its hypothesis, not by a node id.
    const tested = byId.has(test.itemId) ? describe(test.itemId) : markdownText(test.hypothesis)
    heading(3, say(labels.testCard, { item: tested }))
    list(testLines(test, labels), false)
  }

  heading(2, markdownText(labels.headings.unplaced))
  list(ranked(report.unplaced), true)

  return lines.join('\n').replace(/\n+$/, '\n')
}

/** A test card's fields, then its learning card's, as "Field: text" lines; a field not written yet says so. */
function testLines(test: TestEntry, labels: ExportLabels): string[] {
  const t = labels.test
  const empty = `_${markdownText(t.empty)}_`
  const line = (name: string, value: string): string =>
    `${markdownText(name)}: ${value.trim() === '' ? empty : markdownText(value)}`
  const lines = [
    line(t.hypothesis, test.hypothesis),
    line(t.test, test.test),
    line(t.metric, test.metric),
    line(t.criteria, test.criteria),
    line(t.status, labels.statuses[test.status])
  ]
  const learning = test.learning
  if (learning) {
    lines.push(
      line(t.observation, learning.observation),
      line(t.learning, learning.learning),
      line(t.decision, learning.decision ? labels.decisions[learning.decision] : '')
    )
  }
  return lines
}
