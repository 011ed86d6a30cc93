import { fireEvent, screen, within } from '@testing-library/preact'
import { describe, expect, it } from 'vitest'
import { questionsFor } from '../../src/i18n/questions'
import { oneCanvas } from './fixtures'
import { renderPanel } from './harness'

const selecting = (zone: 'pains' | 'gains' | null, nodeIds: string[]) =>
  oneCanvas({ selection: { canvasId: zone ? 'c1' : null, zone, nodeIds } })

function zoneToggle(name: string) {
  return screen.getByRole('button', { name: new RegExp(`^${name} \\d`) })
}

describe('selection-aware zones', () => {
  it('opens the Zones tab on the selected zone, with its guiding questions, marked as selected', () => {
    renderPanel(selecting('pains', ['p1']))
    expect(screen.getByRole('tab', { name: 'Zones' }).getAttribute('aria-selected')).toBe('true')
    const pains = zoneToggle('Pains')
    expect(pains.getAttribute('aria-expanded')).toBe('true')
    expect(within(pains).getByText('Selected on the board')).toBeTruthy()
    const body = document.getElementById(pains.getAttribute('aria-controls') ?? '') as HTMLElement
    const questions = questionsFor('en', 'pains')
    expect(questions.length).toBeGreaterThan(1)
    for (const question of questions) expect(within(body).getByText(question)).toBeTruthy()
    // The other zones stay closed.
    expect(zoneToggle('Gains').getAttribute('aria-expanded')).toBe('false')
    expect(screen.queryByText(questionsFor('en', 'gains')[0] ?? '')).toBeNull()
  })

  it('lists a zone’s stickies in rank order with votes and what each counts for, in a facilitator’s words', () => {
    renderPanel(selecting('pains', ['p1']))
    const body = document.getElementById('zone-body-pains') as HTMLElement
    // The stickies (the zone's Set evidence toggle below them aside).
    const items = within(body).getAllByRole('button', { name: /^#\d/ })
    expect(items.map((button) => button.textContent)).toEqual([
      '#1Last-minute changes2 votes · counts for 75% of the zone',
      '#2Paper rota gets lostcounts for 25% of the zone'
    ])
    expect(items[0]?.getAttribute('aria-current')).toBe('true')
  })

  it('follows a new selection to another zone without changing the tab the user is on', () => {
    const { update } = renderPanel(selecting(null, []))
    expect(screen.getByRole('tab', { name: 'Fit' }).getAttribute('aria-selected')).toBe('true')
    update(selecting('gains', ['g2']))
    // The panel never switches tab by itself: the user stays on Fit, the zone is open when they look.
    expect(screen.getByRole('tab', { name: 'Fit' }).getAttribute('aria-selected')).toBe('true')
    fireEvent.click(screen.getByRole('tab', { name: 'Zones' }))
    expect(zoneToggle('Gains').getAttribute('aria-expanded')).toBe('true')
    update(selecting('pains', ['p2']))
    expect(zoneToggle('Pains').getAttribute('aria-expanded')).toBe('true')
    expect(zoneToggle('Gains').getAttribute('aria-expanded')).toBe('false')
  })

  it('does not pull the user away from a tab when only the live data changes', () => {
    const { update } = renderPanel(selecting('pains', ['p1']))
    fireEvent.click(screen.getByRole('tab', { name: 'Checklist' }))
    update(selecting('pains', ['p1']))
    expect(screen.getByRole('tab', { name: 'Checklist' }).getAttribute('aria-selected')).toBe('true')
  })

  it('stays on Fit when the selection comes from clicking an item in the panel', () => {
    const { main, update } = renderPanel(selecting(null, []))
    fireEvent.click(screen.getByRole('button', { name: /Paper rota gets lost/ }))
    expect(main.payloads('FOCUS_NODE')).toEqual([{ nodeId: 'p2' }])
    update(selecting('pains', ['p2']))
    expect(screen.getByRole('tab', { name: 'Fit' }).getAttribute('aria-selected')).toBe('true')
  })

  it('opens and closes zones by hand', () => {
    renderPanel(selecting('pains', ['p1']))
    const jobs = zoneToggle('Customer jobs')
    fireEvent.click(jobs)
    expect(jobs.getAttribute('aria-expanded')).toBe('true')
    expect(screen.getByText(questionsFor('en', 'jobs')[0] ?? '')).toBeTruthy()
    fireEvent.click(jobs)
    expect(jobs.getAttribute('aria-expanded')).toBe('false')
  })
})
