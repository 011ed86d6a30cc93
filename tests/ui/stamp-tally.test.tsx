import { fireEvent, screen, within } from '@testing-library/preact'
import { describe, expect, it } from 'vitest'
import { oneCanvas } from './fixtures'
import { renderPanel } from './harness'

describe('stamps in the Zones view', () => {
  it('shows the stamps of a sticky per kind, named for screen readers', () => {
    const state = oneCanvas()
    const pains = state.active?.analysis?.report.zones.pains
    if (pains?.[0]) pains[0].stamps = { 'Thumbs up': 2, 'Thumbs down': 1, Question: 1, Rocket: 1 }
    renderPanel(state)
    fireEvent.click(screen.getByRole('tab', { name: 'Zones' }))
    fireEvent.click(screen.getByRole('button', { name: /^Pains \d/ }))
    const sticky = screen.getByRole('button', { name: /Last-minute changes/ })
    const counts = within(sticky)
      .getAllByText((_, element) => element?.classList.contains('stamp-count') ?? false)
      .map((element) => element.textContent)
    expect(counts).toEqual(['?×1 question marks', '👎×1 thumbs down', '👍×2 thumbs up', '◆×1 other stamps'])
  })
})
