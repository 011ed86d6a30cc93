// The panel's first state after opening on a board of several canvases holds only the canvas it opened on
// (`partial`): the panel shows it at once, says the other canvases are being read, tells main once it has drawn it
// (PANEL_SHOWN), and makes no claim about the BMC until main has looked.
import { act, fireEvent, screen } from '@testing-library/preact'
import { describe, expect, it } from 'vitest'
import { oneCanvas, severalCanvases } from './fixtures'
import { renderPanel } from './harness'

describe('a first state of one canvas', () => {
  it('shows the canvas, says the rest is being read, and sends PANEL_SHOWN once', async () => {
    const { main, update } = renderPanel(oneCanvas({ partial: true }))
    await act(() => new Promise((resolve) => setTimeout(resolve, 120)))
    expect(screen.getByRole('tablist')).toBeTruthy()
    expect(screen.getByText('Reading the other canvases on this page…')).toBeTruthy()
    expect(main.payloads('PANEL_SHOWN')).toEqual([{}])
    // A patch while still partial (a selection) does not ask again.
    update(oneCanvas({ partial: true, selection: { canvasId: 'c1', zone: 'jobs', nodeIds: ['s1'] } }))
    await act(() => new Promise((resolve) => setTimeout(resolve, 120)))
    expect(main.payloads('PANEL_SHOWN')).toHaveLength(1)
    // The whole board: the line goes, nothing more is asked.
    update(severalCanvases())
    await act(() => new Promise((resolve) => setTimeout(resolve, 120)))
    expect(screen.queryByText('Reading the other canvases on this page…')).toBeNull()
    expect(main.payloads('PANEL_SHOWN')).toHaveLength(1)
  })

  it('a whole board sends nothing of the kind', async () => {
    const { main } = renderPanel(severalCanvases())
    await act(() => new Promise((resolve) => setTimeout(resolve, 120)))
    expect(main.payloads('PANEL_SHOWN')).toEqual([])
    expect(screen.queryByText('Reading the other canvases on this page…')).toBeNull()
  })

  it('says nothing about the BMC until main looked for one', () => {
    const { update } = renderPanel(oneCanvas({ partial: true, hasBmc: null }))
    fireEvent.click(screen.getByRole('tab', { name: 'More' }))
    expect(screen.queryByText(/no Business Model Canvas/i)).toBeNull()
    expect(screen.getAllByText('Reading the board…').length).toBeGreaterThan(0)
    update(oneCanvas({ hasBmc: false }))
    expect(screen.queryByText('Reading the board…')).toBeNull()
    expect(screen.getByText(/no Business Model Canvas/i)).toBeTruthy()
  })
})

describe('a first state of the whole board sent before the BMC lookup', () => {
  it('says nothing of other canvases, sends PANEL_SHOWN once, then shows what main found', async () => {
    const { main, update } = renderPanel(oneCanvas({ hasBmc: null }))
    await act(() => new Promise((resolve) => setTimeout(resolve, 120)))
    expect(screen.getByRole('tablist')).toBeTruthy()
    expect(screen.queryByText('Reading the other canvases on this page…')).toBeNull()
    expect(main.payloads('PANEL_SHOWN')).toEqual([{}])
    fireEvent.click(screen.getByRole('tab', { name: 'More' }))
    expect(screen.getAllByText('Reading the board…').length).toBeGreaterThan(0)
    update(oneCanvas({ hasBmc: true }))
    await act(() => new Promise((resolve) => setTimeout(resolve, 120)))
    expect(screen.queryByText('Reading the board…')).toBeNull()
    expect(main.payloads('PANEL_SHOWN')).toHaveLength(1)
  })
})
