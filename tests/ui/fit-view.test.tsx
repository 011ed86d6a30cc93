import { fireEvent, screen, within } from '@testing-library/preact'
import { describe, expect, it } from 'vitest'
import { oneCanvas, withHostileText, XSS } from './fixtures'
import { renderPanel } from './harness'

function section(name: string) {
  return screen.getByRole('heading', { level: 2, name }).closest('section') as HTMLElement
}

describe('fit view', () => {
  it('shows coverage per customer zone and flags empty zones in words', () => {
    const state = oneCanvas()
    if (state.active) {
      state.active.analysis!.emptyZones = ['gains']
      state.active.analysis!.report.fit.coverage.gains = 0
    }
    renderPanel(state)
    const coverage = section('Coverage')
    const rows = within(coverage)
      .getAllByRole('listitem')
      .map((row) => row.textContent)
    expect(rows).toEqual(['Customer jobs50%', 'Pains75%', 'Gains⚠ Empty'])
  })

  it('lists unaddressed jobs, pains and gains per zone in rank order', () => {
    renderPanel(oneCanvas())
    const unaddressed = section('Not addressed yet')
    expect(
      within(unaddressed)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent)
    ).toEqual(['Customer jobs', 'Pains', 'Gains'])
    expect(
      within(unaddressed)
        .getAllByRole('button')
        .map((button) => button.textContent)
    ).toEqual([
      '#2Swap a shift fast',
      '#3Feel rested',
      '#2Paper rota gets lost',
      '#2Fair share of night shifts'
    ])
  })

  it('sends FOCUS_NODE for a clicked unaddressed item', () => {
    const { main } = renderPanel(oneCanvas())
    fireEvent.click(within(section('Not addressed yet')).getByRole('button', { name: /Feel rested/ }))
    expect(main.payloads('FOCUS_NODE')).toEqual([{ nodeId: 'j3' }])
  })

  it('lists orphans, invalid links and unplaced stickies, each clickable', () => {
    const { main } = renderPanel(oneCanvas())
    expect(
      within(section('Not tied to the customer'))
        .getAllByRole('button')
        .map((b) => b.textContent)
    ).toEqual(['#2Rota saved in the cloud', '#2Badges for swaps'])
    // Two "#2" entries: each under the name of its zone.
    const orphans = section('Not tied to the customer')
    expect(
      within(orphans)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent)
    ).toEqual(['Pain relievers', 'Gain creators'])
    const invalid = within(section('Links that do not count')).getByRole('button')
    expect(invalid.textContent).toBe(
      'Pain relievers Rota saved in the cloud ↔  and Gains Fair share of night shifts'
    )
    fireEvent.click(within(section('Outside the zones')).getByRole('button', { name: 'Coffee machine idea' }))
    expect(main.payloads('FOCUS_NODE')).toEqual([{ nodeId: 'u1' }])
  })

  it('says so when everything is addressed, and omits empty lists', () => {
    const state = oneCanvas()
    if (state.active) {
      state.active.analysis!.report.fit.unaddressed = []
      state.active.analysis!.report.fit.orphans = []
      state.active.analysis!.report.links = []
      state.active.analysis!.report.unplaced = []
    }
    renderPanel(state)
    expect(screen.getByText('Every job, pain and gain is addressed.')).toBeTruthy()
    expect(screen.queryByRole('heading', { name: 'Not tied to the customer' })).toBeNull()
    expect(screen.queryByRole('heading', { name: 'Links that do not count' })).toBeNull()
    expect(screen.queryByRole('heading', { name: 'Outside the zones' })).toBeNull()
  })

  it('renders sticky text with HTML as literal text and creates no element from it', () => {
    const { container } = renderPanel(withHostileText())
    const button = screen.getByRole('button', { name: new RegExp(XSS.replace(/[()]/g, '\\$&')) })
    expect(button.textContent).toBe(`#2${XSS}`)
    expect(container.querySelector('img')).toBeNull()
    // Also in the Zones view, where every sticky is listed.
    fireEvent.click(screen.getByRole('tab', { name: 'Zones' }))
    fireEvent.click(screen.getByRole('button', { name: /^Customer jobs \d/ }))
    expect(screen.getAllByText(XSS).length).toBeGreaterThan(0)
    expect(document.querySelector('img')).toBeNull()
  })
})

