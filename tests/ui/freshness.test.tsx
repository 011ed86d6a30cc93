import { act, render, screen } from '@testing-library/preact'
import { describe, expect, it, vi } from 'vitest'
import { Freshness, freshnessText } from '../../ui/components/freshness'
import './harness'

describe('freshness', () => {
  const at = Date.parse('2025-05-01T10:00:00.000Z')

  it.each([
    [0, 'Updated just now'],
    [44_000, 'Updated just now'],
    [60_000, 'Updated 1 min ago'],
    [150_000, 'Updated 2 min ago'],
    [59 * 60_000, 'Updated 59 min ago'],
    [3 * 3600_000 + 5 * 60_000, 'Updated 3 h ago']
  ])('%i ms after the read says "%s"', (age, text) => {
    expect(freshnessText('en', '2025-05-01T10:00:00.000Z', at + age)).toBe(text)
  })

  it('says it in the panel language and says nothing for an unreadable time', () => {
    expect(freshnessText('sv', '2025-05-01T10:00:00.000Z', at + 120_000)).toBe('Uppdaterad 2 min sedan')
    expect(freshnessText('da', '2025-05-01T10:00:00.000Z', at + 120_000)).toBe('Opdateret 2 min. siden')
    expect(freshnessText('en', 'not a time', at)).toBeNull()
  })

  it('ticks on its own while no new state arrives', async () => {
    vi.useFakeTimers()
    vi.setSystemTime(at)
    render(<Freshness locale="en" updatedAt="2025-05-01T10:00:00.000Z" />)
    expect(screen.getByText('Updated just now')).toBeTruthy()
    await act(() => {
      vi.advanceTimersByTime(125_000)
    })
    expect(screen.getByText('Updated 2 min ago')).toBeTruthy()
  })
})
