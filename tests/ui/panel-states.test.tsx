import { fireEvent, screen, within } from '@testing-library/preact'
import { describe, expect, it } from 'vitest'
import { damagedCanvas, emptyBoard, notInFigJam, oneCanvas, severalCanvases, withScore } from './fixtures'
import { renderPanel } from './harness'

describe('panel states', () => {
  it('outside FigJam says so and offers no control at all', () => {
    const { container } = renderPanel(notInFigJam())
    expect(screen.getByText('VPC Fit works on FigJam boards only.')).toBeTruthy()
    expect(container.querySelectorAll('button, input, select, textarea')).toHaveLength(0)
    expect(screen.queryByRole('tablist')).toBeNull()
  })

  it('on an empty board explains in two lines and offers the insert form, which sends INSERT_VPC', () => {
    const { main } = renderPanel(emptyBoard())
    expect(screen.getByText('There is no Value Proposition Canvas on this page yet.')).toBeTruthy()
    expect(screen.getByText(/Insert one for a customer segment and an offer/)).toBeTruthy()
    expect(screen.queryByRole('tablist')).toBeNull()
    expect(screen.queryByLabelText('Canvas')).toBeNull()

    fireEvent.input(screen.getByLabelText('Customer segment'), { target: { value: '  Night-shift nurses ' } })
    fireEvent.input(screen.getByLabelText('Offer'), { target: { value: 'Shift planner' } })
    fireEvent.change(screen.getByLabelText('Canvas language'), { target: { value: 'da' } })
    fireEvent.click(screen.getByRole('button', { name: 'Insert canvas' }))
    expect(main.payloads('INSERT_VPC')).toEqual([
      { segment: 'Night-shift nurses', product: 'Shift planner', locale: 'da' }
    ])
  })

  it('with one canvas names it instead of offering a picker, and shows score, band and freshness', () => {
    renderPanel(oneCanvas())
    expect(screen.queryByRole('combobox', { name: 'Canvas' })).toBeNull()
    expect(screen.getByText('Night-shift nurses × Shift planner')).toBeTruthy()
    const header = screen.getByRole('banner')
    expect(within(header).getByText('62%')).toBeTruthy()
    expect(within(header).getByText('On target')).toBeTruthy()
    expect(within(header).getByText('Updated just now')).toBeTruthy()
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual([
      'Overview',
      'Fit',
      'Zones',
      'Checklist',
      'History',
      'More'
    ])
    expect(screen.getByRole('tab', { name: 'Fit' }).getAttribute('aria-selected')).toBe('true')
  })

  it('with several canvases offers a picker that follows the active canvas and sends SELECT_CANVAS', () => {
    const { main, update } = renderPanel(severalCanvases('c1'))
    const picker = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Canvas' })
    expect([...picker.options].map((option) => option.textContent)).toEqual([
      'Night-shift nurses × Shift planner · 62% On target',
      'Ward managers × Shift planner · 35% Weak',
      'Night-shift nurses × Meal service · 80% Strong'
    ])
    expect(picker.value).toBe('c1')

    fireEvent.change(picker, { target: { value: 'c2' } })
    expect(main.payloads('SELECT_CANVAS')).toEqual([{ canvasId: 'c2' }])

    // Main made c3 active (the user selected it on the board): the picker follows.
    update(severalCanvases('c3'))
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Canvas' }).value).toBe('c3')
    expect(within(screen.getByRole('banner')).getByText('Strong')).toBeTruthy()
  })

  it('on a damaged canvas names the missing part and sends REPAIR_CANVAS', () => {
    const { main } = renderPanel(damagedCanvas())
    expect(screen.getByText(/Missing: the customer profile circle\./)).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Repair canvas' }))
    expect(main.payloads('REPAIR_CANVAS')).toEqual([{ canvasId: 'c1' }])
    expect(screen.getByRole('button', { name: 'Repair canvas' }).getAttribute('aria-busy')).toBe('true')
  })

  it('does not warn about damage on an intact canvas', () => {
    renderPanel(oneCanvas())
    expect(screen.queryByRole('button', { name: 'Repair canvas' })).toBeNull()
  })

  it.each([
    [35, 'Weak', /Below the 50–70% target/],
    [62, 'On target', /Within the 50–70% target/],
    [84, 'Strong', /Above the 50–70% target/]
  ])('shows a score of %i as "%s" in words, with the target band explained', (score, band, explain) => {
    const { container } = renderPanel(withScore(score))
    const fit = screen.getByRole('tabpanel')
    expect(within(fit).getByText(`${score}%`)).toBeTruthy()
    expect(within(fit).getByText(band)).toBeTruthy()
    expect(within(fit).getByText(explain)).toBeTruthy()
    const bar = container.querySelector('.bar-fit')
    expect(bar?.closest('.fit-bar')?.className).toContain(
      `band-${band === 'On target' ? 'target' : band.toLowerCase()}`
    )
    expect((bar?.querySelector('.bar-target') as HTMLElement).style.left).toBe('50%')
    expect((bar?.querySelector('.bar-target') as HTMLElement).style.width).toBe('20%')
    expect((bar?.querySelector('.bar-fill') as HTMLElement).style.width).toBe(`${score}%`)
  })

  it('shows freshness from updatedAt', () => {
    // The harness clock is 10:00:30.
    const { update } = renderPanel(oneCanvas({ updatedAt: '2025-05-01T09:57:00.000Z' }))
    expect(screen.getByText('Updated 3 min ago')).toBeTruthy()
    update(oneCanvas({ updatedAt: '2025-05-01T08:00:00.000Z' }))
    expect(screen.getByText('Updated 2 h ago')).toBeTruthy()
  })
})
