import { fireEvent, screen } from '@testing-library/preact'
import { describe, expect, it } from 'vitest'
import type { PanelState } from '../../contract/messages'
import { damagedCanvas, emptyBoard, notInFigJam, oneCanvas, severalCanvases } from './fixtures'
import { axeViolations, renderPanel } from './harness'

const TABS = ['Overview', 'Fit', 'Zones', 'Checklist', 'History', 'More']

describe('accessibility', () => {
  it('moves between tabs with the arrow keys, Home and End, keeping one Tab stop', () => {
    renderPanel(oneCanvas())
    const tab = (name: string) => screen.getByRole('tab', { name })
    expect(TABS.map((name) => tab(name).tabIndex)).toEqual([-1, 0, -1, -1, -1, -1])

    tab('Fit').focus()
    fireEvent.keyDown(tab('Fit'), { key: 'ArrowRight' })
    expect(document.activeElement).toBe(tab('Zones'))
    expect(tab('Zones').getAttribute('aria-selected')).toBe('true')
    expect(TABS.map((name) => tab(name).tabIndex)).toEqual([-1, -1, 0, -1, -1, -1])

    fireEvent.keyDown(tab('Zones'), { key: 'End' })
    expect(document.activeElement).toBe(tab('More'))
    fireEvent.keyDown(tab('More'), { key: 'ArrowRight' })
    expect(document.activeElement).toBe(tab('Overview'))
    fireEvent.keyDown(tab('Overview'), { key: 'ArrowLeft' })
    expect(document.activeElement).toBe(tab('More'))
    fireEvent.keyDown(tab('More'), { key: 'Home' })
    expect(tab('Overview').getAttribute('aria-selected')).toBe('true')

    const panel = screen.getByRole('tabpanel')
    expect(panel.getAttribute('aria-labelledby')).toBe(tab('Overview').id)
    expect(tab('Overview').getAttribute('aria-controls')).toBe(panel.id)
  })

  it('uses only native controls, each with an accessible name', () => {
    const { container } = renderPanel(severalCanvases())
    for (const name of TABS) {
      fireEvent.click(screen.getByRole('tab', { name }))
      for (const element of container.querySelectorAll('[onclick], [tabindex]:not(button)')) {
        throw new Error(`non-native interactive element: ${element.outerHTML}`)
      }
      for (const control of container.querySelectorAll<HTMLElement>('button, input, select, textarea')) {
        const labelled =
          control.textContent?.trim() ||
          control.getAttribute('aria-label') ||
          (control.id && container.querySelector(`label[for="${control.id}"]`))
        expect(labelled, control.outerHTML).toBeTruthy()
        expect(control.tabIndex, control.outerHTML).toBeGreaterThanOrEqual(
          control.getAttribute('role') === 'tab' ? -1 : 0
        )
      }
    }
  })

  it.each<[string, () => PanelState]>([
    ['not in FigJam', notInFigJam],
    ['empty board', emptyBoard],
    ['several canvases', severalCanvases],
    ['damaged canvas', damagedCanvas],
    ['selection in pains', () => oneCanvas({ selection: { canvasId: 'c1', zone: 'pains', nodeIds: ['p1'] } })]
  ])('has no axe violations: %s', async (_name, state) => {
    renderPanel(state())
    expect(await axeViolations()).toEqual([])
    if (!state().active) return
    // The tab the panel opened on was just scanned; every other one is scanned once it is shown.
    const opened = screen.getByRole('tab', { selected: true }).textContent
    for (const name of TABS.filter((tab) => tab !== opened)) {
      fireEvent.click(screen.getByRole('tab', { name }))
      expect(await axeViolations(), name).toEqual([])
    }
    // One axe scan per tab: five scans need more than the default five seconds on a loaded machine.
  }, 30_000)
})
