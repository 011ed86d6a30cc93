/**
 * Hostile boards against every panel request (`sweep.ts`): texts no one types on purpose, and structures the
 * plugin never drew (nested groups and sections, stamps on shapes, connectors to shapes, sections and deleted
 * stickies, a renamed and locked canvas, canvases nested in sections and in each other, all of it duplicated, a
 * hidden sticky). Every request answers once, in a plain sentence that fits, changes nothing people made, is one undo
 * step, and leaves the panel agreeing with a fresh analysis.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useFake } from '../harness'
import { zonePoint } from '../reliability/board'
import { canvasWith, smallCanvas } from '../reliability/canvas'
import { PanelDriver } from '../reliability/panel'
import { sweepAsync } from './sweep'

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
})

afterEach(() => {
  vi.useRealTimers()
})

const HOSTILE = [
  'x'.repeat(100_000),
  'a\uD800b\uDFFFc',
  '\uDBFF',
  'e\u0301\u0301\u0301 combining',
  '\u200B\u200C\u200D\u2060\uFEFF',
  '\u202Eevil RTL override\u202C',
  'مرحبا بالعالم',
  '👩‍👩‍👧‍👦🏳️‍🌈🇸🇪',
  '',
  ' \n\t ',
  '<img src=x onerror=alert(1)>',
  '=HYPERLINK("http://x")',
  '1. first\n2. second',
  'Z̸̢̛̺͓̖a̸͕̼l̴go'
]

describe('hostile boards: every panel request', () => {
  it('texts: 100,000 characters, lone surrogates, combining marks, zero-width, RTL, emoji, empty, markup', async () => {
    const fake = useFake()
    await canvasWith(
      fake,
      {
        jobs: HOSTILE.slice(0, 5),
        pains: HOSTILE.slice(5, 10),
        gains: HOSTILE.slice(10),
        products: [HOSTILE[1]!],
        painRelievers: [HOSTILE[0]!],
        gainCreators: [HOSTILE[7]!]
      },
      { segment: '\uD800' + 'S'.repeat(200), product: '\u202E👩‍👩‍👧‍👦' }
    )
    const panel = await PanelDriver.openAsync(fake)
    expect(await sweepAsync(fake, panel)).toEqual([])
    expect(panel.answers.filter((answer) => answer.ok).length).toBeGreaterThan(20)
  })

  it('structures: nested groups and sections, stamps and connectors on non-stickies, nested and copied canvases', async () => {
    const fake = useFake()
    const a = await smallCanvas(fake)
    const p = zonePoint(fake, a.id, 'pains', 0.5)!
    const s1 = fake.user.addSticky({ text: 'grouped pain', x: p.x - 120, y: p.y - 120 })
    const s2 = fake.user.addSticky({ text: 'grouped pain 2', x: p.x - 120, y: p.y + 150 })
    const inner = fake.user.group([s1, s2])
    fake.user.group([inner, fake.user.addSticky({ text: 'outer grouped', x: p.x + 200, y: p.y })])
    const j = zonePoint(fake, a.id, 'jobs', 0.5)!
    const notes = fake.user.addSection({ x: j.x - 300, y: j.y - 300, width: 600, height: 600, name: 'Team notes' })
    fake.user.addSticky({ text: 'in a nested section', x: j.x - 120, y: j.y - 120, parent: notes })
    const shape = fake.user.addShape({ x: p.x, y: p.y + 400, text: 'a shape' })
    fake.user.stamp(shape)
    fake.user.stamp(notes)
    const gone = fake.user.addSticky({ text: 'soon gone', x: p.x, y: p.y + 600 })
    fake.user.connect(a.sticky['Rain']!, gone)
    fake.user.connect(a.sticky['Rain']!, shape)
    fake.user.connect(a.sticky['Rain']!, notes)
    fake.user.delete([gone])
    fake.user.rename(a.section, '')
    fake.user.setLocked(a.section, true)
    const b = await smallCanvas(fake, { segment: 'Second' })
    const room = fake.user.addSection({ x: -20_000, y: -20_000, width: 9000, height: 6000, name: 'Workshop' })
    room.appendChild(a.section)
    a.section.x = 500
    a.section.y = 500
    a.section.appendChild(b.section)
    b.section.x = 100
    b.section.y = 100
    const hidden = fake.user.addSticky({ text: 'hidden gain', x: p.x - 120, y: p.y - 120 })
    hidden.visible = false
    figma.commitUndo()
    fake.user.duplicate([room])
    const panel = await PanelDriver.openAsync(fake)
    expect(await sweepAsync(fake, panel)).toEqual([])
    expect(panel.answers.filter((answer) => answer.ok).length).toBeGreaterThan(60)
  })
})
