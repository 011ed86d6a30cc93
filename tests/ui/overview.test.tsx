import { fireEvent, screen, within } from '@testing-library/preact'
import { describe, expect, it } from 'vitest'
import type { CanvasListEntry, PanelState } from '../../contract/messages'
import { active, entry, NOW, oneCanvas } from './fixtures'
import { renderPanel } from './harness'

const MINUTE = 60_000

/** A workshop board: three breakout canvases in three languages, one damaged, one not started. */
function workshop(activeId = 'c1', locale: PanelState['locale'] = 'en'): PanelState {
  const canvases: CanvasListEntry[] = [
    entry('c1', 'Commuters', 'E-bikes', 62, {
      votes: 5,
      checkedAt: new Date(NOW - 5 * MINUTE).toISOString()
    }),
    entry('c2', 'Föräldrar', 'Matkassar', 35, {
      locale: 'sv',
      coverage: { jobs: 40, pains: 0, gains: 30 },
      emptyZones: ['pains'],
      votes: 1,
      checkedAt: new Date(NOW - 3 * 60 * MINUTE).toISOString()
    }),
    entry('c3', 'Studerende', 'Cykler', 0, {
      locale: 'da',
      customerItems: 0,
      votes: 0,
      emptyZones: ['jobs', 'pains', 'gains']
    }),
    entry('c4', 'Ward managers', 'Rota', 80, { damaged: ['customerProfile'], checkedAt: null })
  ]
  return oneCanvas({ locale, canvases, active: active(activeId) })
}

function openOverview(state: PanelState) {
  const view = renderPanel(state)
  fireEvent.click(
    screen.getByRole('tab', { name: { en: 'Overview', sv: 'Översikt', da: 'Overblik' }[state.locale] })
  )
  return view
}

const rows = () => screen.getAllByRole('button').filter((button) => button.classList.contains('overview-row'))
const titles = () => rows().map((row) => row.querySelector('.overview-title')?.textContent)

describe('the overview of a workshop board', () => {
  it('lists every canvas with language, score and band, coverage per customer zone, empty zones, votes and the last check', () => {
    openOverview(workshop())
    expect(screen.getByRole('heading', { name: 'Canvases on this page (4)' })).toBeTruthy()
    const [commuters, parents, students, ward] = rows()
    expect(commuters!.textContent).toBe(
      'Commuters × E-bikesEN62% On targetJobs 50%Pains 75%Gains 67%5 votes · Checked 5 min ago'
    )
    expect(parents!.textContent).toBe(
      'Föräldrar × MatkassarSV35% WeakJobs 40%Pains emptyGains 30%1 vote · Checked 3 h ago'
    )
    // No score where there is none to give: an empty canvas says where to start, a damaged one that it needs repair.
    expect(students!.textContent).toBe(
      'Studerende × CyklerDANot started: add the customer’s jobs0 votes · Not checked yet'
    )
    expect(ward!.textContent).toBe(
      'Ward managers × RotaENNo score until the canvas is repaired2 votes · Not checked yet'
    )
    expect(within(commuters!).getByTitle('Canvas in English')).toBeTruthy()
    expect(commuters!.getAttribute('aria-current')).toBe('true')
  })

  it('sorts by name, by fit either way and by the last check, keeping canvases without a score last', () => {
    openOverview(workshop())
    const sort = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Sort' })
    expect(titles()).toEqual([
      'Commuters × E-bikes',
      'Föräldrar × Matkassar',
      'Studerende × Cykler',
      'Ward managers × Rota'
    ])
    fireEvent.change(sort, { target: { value: 'fitLow' } })
    expect(titles()).toEqual([
      'Föräldrar × Matkassar',
      'Commuters × E-bikes',
      'Studerende × Cykler',
      'Ward managers × Rota'
    ])
    fireEvent.change(sort, { target: { value: 'fitHigh' } })
    expect(titles()).toEqual([
      'Commuters × E-bikes',
      'Föräldrar × Matkassar',
      'Studerende × Cykler',
      'Ward managers × Rota'
    ])
    fireEvent.change(sort, { target: { value: 'checked' } })
    expect(titles()[0]).toBe('Commuters × E-bikes')
    expect(titles()[1]).toBe('Föräldrar × Matkassar')
    fireEvent.change(sort, { target: { value: 'name' } })
    expect(titles()).toEqual([
      'Commuters × E-bikes',
      'Föräldrar × Matkassar',
      'Studerende × Cykler',
      'Ward managers × Rota'
    ])
  })

  it('selects and frames a canvas on click, and stays on the overview when main makes it active', () => {
    const { main, update } = openOverview(workshop())
    fireEvent.click(rows()[2]!)
    expect(main.payloads('FOCUS_NODE')).toEqual([{ nodeId: 'c3' }])
    update({ ...workshop('c3'), selection: { canvasId: 'c3', zone: null, nodeIds: ['c3'] } })
    expect(screen.getByRole('tab', { name: 'Overview' }).getAttribute('aria-selected')).toBe('true')
    expect(rows()[2]!.getAttribute('aria-current')).toBe('true')
  })

  it.each([
    [
      'sv',
      'Canvasar på sidan (4)',
      'Föräldrar × MatkassarSV35\u00a0% SvagUppgifter 40\u00a0%Besvär tomFördelar 30\u00a0%1 röst · Kontrollerad för 3 tim sedan'
    ],
    [
      'da',
      'Canvas på siden (4)',
      'Föräldrar × MatkassarSV35\u00a0% SvagOpgaver 40\u00a0%Smerter tomGevinster 30\u00a0%1 stemme · Tjekket for 3 t. siden'
    ]
  ] as const)('speaks %s', (locale, heading, parents) => {
    openOverview(workshop('c1', locale))
    expect(screen.getByRole('heading', { name: heading })).toBeTruthy()
    expect(rows()[1]!.textContent).toBe(parents)
  })
})

describe('the fit card switch', () => {
  it.each([
    ['on', true, /Check fit draws a small card/],
    ['off', false, /Turned off for this canvas/],
    ['left', false, /Someone edited or deleted the card/]
  ] as const)('reads %s and sends SET_FIT_CARD when changed', (fitCard, checked, hint) => {
    const state = oneCanvas()
    state.canvases = [{ ...state.canvases[0]!, fitCard }]
    const { main } = renderPanel(state)
    const box = screen.getByRole<HTMLInputElement>('checkbox', { name: 'Show this canvas’s fit on the board' })
    expect(box.checked).toBe(checked)
    expect(screen.getByText(hint)).toBeTruthy()
    fireEvent.click(box)
    expect(main.payloads('SET_FIT_CARD')).toEqual([{ canvasId: 'c1', on: !checked }])
  })
})
