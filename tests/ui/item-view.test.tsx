// The panel tells main which sticky lists it shows (VIEW_ITEMS) and renders the windows main sends: a tab or zone
// opened, "show more", the More tab's suggestions. It never asks for what the state already holds.
import { fireEvent, render, screen, within } from '@testing-library/preact'
import { describe, expect, it } from 'vitest'
import type { ItemView, PanelState } from '../../contract/messages'
import { FIT_LIST_FIRST, LIST_WINDOW } from '../../contract/limits'
import { Panel } from '../../ui/components/panel'
import { defaultItemView } from '../../src/panel/canvas-view'
import { activeOf, analysis, checklist, item, NOW, oneCanvas } from './fixtures'
import { fakeMain } from './harness'

/** One canvas as main sends it for `view` (the lists it names, windowed), with `jobs` extra unaddressed jobs. */
function sent(view: ItemView, jobs = 0, version = 1): PanelState {
  const base = analysis()
  const extra = Array.from({ length: jobs }, (_, i) => item(`x${i}`, `Extra job ${i}`, 4 + i))
  const report = {
    ...base.report,
    zones: { ...base.report.zones, jobs: [...base.report.zones.jobs, ...extra] },
    fit: { ...base.report.fit, unaddressed: [...base.report.fit.unaddressed, ...extra.map((x) => x.id)] }
  }
  const state = oneCanvas({ version })
  return {
    ...state,
    active: activeOf({ ...base, report }, { canvasId: 'c1', checklist: checklist(), rejected: [] }, [], view)
  }
}

function mount(state: PanelState) {
  const main = fakeMain()
  const view = render(<Panel state={state} request={main.request} listen={main.listen} clock={() => NOW} />)
  return {
    main,
    update: (next: PanelState) =>
      view.rerender(<Panel state={next} request={main.request} listen={main.listen} clock={() => NOW} />)
  }
}

const FIT = defaultItemView(null)

describe('which sticky lists the panel asks for', () => {
  it('asks for nothing while the state holds what the Fit tab shows', () => {
    const { main } = mount(sent(FIT))
    expect(main.payloads('VIEW_ITEMS')).toEqual([])
    expect(screen.getAllByRole('button', { name: /Swap a shift fast/ })).toHaveLength(1)
  })

  it('asks for an opened zone’s list, says the stickies are coming, and shows them once sent', () => {
    const { main, update } = mount(sent(FIT))
    fireEvent.click(screen.getByRole('tab', { name: 'Zones' }))
    expect(main.payloads('VIEW_ITEMS')).toEqual([{ view: { lists: [], full: false } }])
    update(sent({ lists: [], full: false }, 0, 2))
    fireEvent.click(screen.getByRole('button', { name: /Pains/ }))
    expect(main.payloads('VIEW_ITEMS').at(-1)).toEqual({
      view: { lists: [{ key: 'zone.pains', shown: LIST_WINDOW }], full: false }
    })
    expect(screen.getByText('Getting the stickies…')).toBeTruthy()
    // Asked once, not again at the next state while it is on its way.
    update(sent({ lists: [], full: false }, 0, 3))
    expect(main.payloads('VIEW_ITEMS')).toHaveLength(2)
    update(sent({ lists: [{ key: 'zone.pains', shown: LIST_WINDOW }], full: false }, 0, 4))
    expect(screen.queryByText('Getting the stickies…')).toBeNull()
    expect(screen.getByRole('button', { name: /Paper rota gets lost/ })).toBeTruthy()
    expect(main.payloads('VIEW_ITEMS')).toHaveLength(2)
  })

  it('“show more” asks main for the next window, and shows it with the count of the rest', () => {
    const { main, update } = mount(sent(FIT, 2 * LIST_WINDOW))
    const unaddressed = () =>
      screen.getByRole('heading', { level: 2, name: 'Not addressed yet' }).closest('section') as HTMLElement
    // The Fit tab's lists open on their first FIT_LIST_FIRST stickies; "show more" adds a window.
    const more = within(unaddressed()).getByRole('button', { name: /Show \d+ more/ })
    expect(more.textContent).toContain(`Show ${LIST_WINDOW} more (${2 * LIST_WINDOW + 2 - FIT_LIST_FIRST} not shown)`)
    expect(within(unaddressed()).queryByRole('button', { name: /Extra job 110\b/ })).toBeNull()
    fireEvent.click(more)
    const asked = main.payloads('VIEW_ITEMS').at(-1) as { view: ItemView }
    expect(asked.view.lists.find((list) => list.key === 'unaddressed.jobs')).toEqual({
      key: 'unaddressed.jobs',
      shown: FIT_LIST_FIRST + LIST_WINDOW
    })
    update(sent(asked.view, 2 * LIST_WINDOW, 2))
    expect(within(unaddressed()).getByRole('button', { name: /Extra job 110\b/ })).toBeTruthy()
  })

  it('asks for the whole analysis on the More tab, where the suggestions read every sticky', () => {
    const { main, update } = mount(sent(FIT))
    fireEvent.click(screen.getByRole('tab', { name: 'More' }))
    expect(main.payloads('VIEW_ITEMS').at(-1)).toEqual({ view: { lists: [], full: true } })
    expect(screen.getByText('Getting the stickies…')).toBeTruthy()
    update(sent({ lists: [], full: true }, 0, 2))
    expect(screen.queryByText('Getting the stickies…')).toBeNull()
    expect(screen.getAllByRole('button', { name: 'Accept' }).length).toBeGreaterThan(0)
  })
})
