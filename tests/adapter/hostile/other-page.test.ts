/**
 * A canvas and a sticky moved to another page while the panel is open (FigJam's "Move to page", or a plugin's
 * `appendChild` across pages). The page they left hears them as deleted (NodeChange: a DELETE is "a node removed
 * from the page"): the panel drops them, agrees with a fresh read, and every request still answers plainly.
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { useFake } from '../harness'
import { smallCanvas } from '../reliability/canvas'
import { PanelDriver, settle } from '../reliability/panel'
import { disagreement, sweepAsync } from './sweep'

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
})

afterEach(() => {
  vi.useRealTimers()
})

it('a canvas and a sticky moved to another page while the panel is open', async () => {
  const fake = useFake()
  const a = await smallCanvas(fake)
  const b = await smallCanvas(fake, { segment: 'Second' })
  const panel = await PanelDriver.openAsync(fake)
  const other = figma.createPage()
  other.appendChild(b.section)
  const rain = (await figma.getNodeByIdAsync(a.sticky['Rain']!)) as StickyNode
  other.appendChild(rain)
  figma.commitUndo()
  await settle(fake)
  expect(disagreement(fake, panel)).toEqual([])
  expect(panel.state?.canvases.map((canvas) => canvas.id)).toEqual([a.id])
  expect(await sweepAsync(fake, panel, { items: 2 })).toEqual([])
})
