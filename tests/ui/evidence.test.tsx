// Evidence in the panel: each item's level in the zone lists and the fit's lists, refuted items marked as refuted
// wherever an item is listed, the fit backed by evidence under the fit on paper, and the riskiest list's requests.
import { fireEvent, screen, within } from '@testing-library/preact'
import { describe, expect, it } from 'vitest'
import type { RiskEntry, TestEntry } from '../../contract/evidence'
import type { PanelState } from '../../contract/messages'
import type { Locale } from '../../src/core/types'
import { active, entry, oneCanvas, questionsByZone } from './fixtures'
import { axeViolations, renderPanel } from './harness'

const RISKIEST: RiskEntry[] = [
  { id: 'p2', zone: 'pains', reason: 'refutedInFit', rank: 2, pairedWith: null, testId: 't1' },
  { id: 'j2', zone: 'jobs', reason: 'unbacked', rank: 2, pairedWith: null, testId: null }
]

const TEST: TestEntry = {
  id: 't1',
  itemId: 'p2',
  hypothesis: 'We believe that night-shift nurses struggle with paper rota gets lost',
  test: 'Ask ten nurses',
  metric: 'How many lost one',
  criteria: 'Five or more',
  status: 'ready',
  learning: null
}

/** The base canvas once the team tests: "Last-minute changes" said so, "Paper rota gets lost" refuted, a test. */
function tested(locale: Locale = 'en', tests: TestEntry[] = [TEST]): PanelState {
  const base = active()
  const analysis = base.analysis!
  const report = {
    ...analysis.report,
    evidence: {
      items: { p1: 'said', j1: 'did', p2: 'refuted', r2: 'said' } as const,
      fit: { score: 38, band: 'weak' as const },
      tests
    }
  }
  return oneCanvas({
    locale,
    questions: questionsByZone(locale),
    active: { ...base, analysis: { ...analysis, report }, riskiest: RISKIEST }
  })
}

const item = (text: RegExp) => screen.getAllByRole('button', { name: text })

describe('evidence in the panel', () => {
  it('tags each backed or refuted item in the zone lists, and sums up each zone', () => {
    renderPanel(tested())
    fireEvent.click(screen.getByRole('tab', { name: 'Zones' }))
    fireEvent.click(screen.getByRole('button', { name: /^Pains \d/ }))
    const pains = screen.getByRole('button', { name: /Last-minute changes/ })
    expect(within(pains).getByText('Customers said')).toBeTruthy()
    expect(
      within(screen.getByRole('button', { name: /Paper rota gets lost/ })).getByText('Refuted')
    ).toBeTruthy()
    expect(screen.getByText('1 of 2 backed by evidence · 1 refuted')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: /^Customer jobs \d/ }))
    expect(
      within(screen.getByRole('button', { name: /Plan the week of shifts/ })).getByText('Customers did')
    ).toBeTruthy()
    // An item with no evidence yet carries no tag; a zone with none has no summary.
    expect(
      within(screen.getByRole('button', { name: /Swap a shift fast/ })).queryByText(/Customers|Refuted/)
    ).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: /^Gains \d/ }))
    expect(screen.getAllByText(/backed by evidence/)).toHaveLength(2)
  })

  it('marks a refuted item as refuted in the Fit tab’s lists and shows the backed fit under the fit on paper', () => {
    renderPanel(tested())
    fireEvent.click(screen.getByRole('tab', { name: 'Fit' }))
    expect(screen.getByText('Backed by evidence: 38%')).toBeTruthy()
    // "Paper rota gets lost" is unaddressed and refuted: the unaddressed list says so.
    const unaddressed = screen.getByRole('heading', { name: 'Not addressed yet' }).closest('section')!
    expect(
      within(within(unaddressed).getByRole('button', { name: /Paper rota gets lost/ })).getByText('Refuted')
    ).toBeTruthy()
    // A link between the wrong zones names its ends' evidence too.
    const invalid = screen.getByRole('heading', { name: 'Links that do not count' }).closest('section')!
    expect(within(invalid).getByRole('button').textContent).toBe(
      'Pain relievers Customers said Rota saved in the cloud ↔  and Gains Fair share of night shifts'
    )
    // The riskiest list holds it too, its select on Refuted.
    const select = screen.getByRole<HTMLSelectElement>('combobox', {
      name: 'Evidence for Paper rota gets lost'
    })
    expect(select.value).toBe('refuted')
    expect(screen.getByText('Refuted, yet the fit counts it')).toBeTruthy()
  })

  it('says when no evidence is set yet, without tags anywhere', () => {
    renderPanel(
      oneCanvas({ active: { ...active(), riskiest: RISKIEST.map((entry) => ({ ...entry, testId: null })) } })
    )
    fireEvent.click(screen.getByRole('tab', { name: 'Fit' }))
    expect(screen.getByText('Backed by evidence: 0%')).toBeTruthy()
    expect(screen.getByText('· no evidence set yet')).toBeTruthy()
    expect(document.querySelectorAll('.ev-tag')).toHaveLength(0)
  })

  it.each<[Locale, string, string, string]>([
    ['sv', 'Kunderna säger', 'Motbevisat', 'Med belägg: 38 %'],
    ['da', 'Kunderne siger', 'Afkræftet', 'Med belæg: 38 %']
  ])('in %s', (locale, said, refuted, backed) => {
    renderPanel(tested(locale))
    fireEvent.click(screen.getAllByRole('tab')[1]!)
    expect(screen.getByText(backed)).toBeTruthy()
    expect(screen.getAllByText(refuted).length).toBeGreaterThan(0)
    fireEvent.click(screen.getAllByRole('tab')[2]!)
    for (const toggle of screen.getAllByRole('button', { expanded: false })) fireEvent.click(toggle)
    expect(within(item(/Last-minute changes/)[0]!).getByText(said)).toBeTruthy()
  })

  it('sends the evidence a person picks', () => {
    const { main } = renderPanel(tested())
    fireEvent.click(screen.getByRole('tab', { name: 'Fit' }))
    fireEvent.change(screen.getByRole('combobox', { name: 'Evidence for Swap a shift fast' }), {
      target: { value: 'said' }
    })
    expect(main.payloads('SET_EVIDENCE')).toEqual([{ canvasId: 'c1', itemId: 'j2', level: 'said' }])
  })

  it('offers Create a test card and Record what we learned for the right items', () => {
    const { main } = renderPanel(tested())
    fireEvent.click(screen.getByRole('tab', { name: 'Fit' }))
    // The riskiest list says where the item's test stands; the tests list holds it with its button.
    expect(screen.getAllByText('Test ready to run')).toHaveLength(2)
    fireEvent.click(screen.getByRole('button', { name: 'Create a test card' }))
    expect(main.payloads('CREATE_TEST_CARD')).toEqual([{ canvasId: 'c1', itemId: 'j2' }])
  })

  it('lists the canvas’s tests, even one whose item left the riskiest list, and sends Record what we learned', () => {
    const { main } = renderPanel(
      oneCanvas({ active: { ...tested().active!, riskiest: RISKIEST.filter((entry) => entry.id !== 'p2') } })
    )
    fireEvent.click(screen.getByRole('tab', { name: 'Fit' }))
    const tests = screen.getByRole('list', { name: 'Tests on the board' })
    fireEvent.click(within(tests).getByRole('button', { name: 'Test of Paper rota gets lost' }))
    expect(main.payloads('FOCUS_NODE')).toEqual([{ nodeId: 't1' }])
    fireEvent.click(screen.getByRole('button', { name: 'Record what we learned' }))
    expect(main.payloads('RECORD_LEARNING')).toEqual([{ testId: 't1' }])
  })

  it('shows a decided test’s decision and offers no second learning card', () => {
    const decided: TestEntry = {
      ...TEST,
      status: 'decided',
      learning: { id: 'l1', observation: 'Two of ten', learning: 'Rarely lost', decision: 'drop' }
    }
    renderPanel(tested('en', [decided]))
    fireEvent.click(screen.getByRole('tab', { name: 'Fit' }))
    expect(screen.getAllByText('Decided: drop')).toHaveLength(2)
    expect(screen.queryByRole('button', { name: 'Record what we learned' })).toBeNull()
  })

  it('sets any item’s evidence from its zone, behind a toggle, not only the riskiest five', () => {
    const { main } = renderPanel(tested())
    fireEvent.click(screen.getByRole('tab', { name: 'Zones' }))
    fireEvent.click(screen.getByRole('button', { name: /^Gains \d/ }))
    // Closed at first: the zone's list stays as calm as before.
    const toggle = screen.getByRole('button', { name: 'Set evidence' })
    expect(toggle.getAttribute('aria-expanded')).toBe('false')
    expect(screen.queryByRole('combobox', { name: 'Evidence for Predictable weekends' })).toBeNull()
    fireEvent.click(toggle)
    const select = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Evidence for Predictable weekends' })
    expect(select.value).toBe('none')
    fireEvent.change(select, { target: { value: 'did' } })
    expect(main.payloads('SET_EVIDENCE')).toEqual([{ canvasId: 'c1', itemId: 'g1', level: 'did' }])
    // Both gains listed, in rank order, each with its level.
    expect(
      screen
        .getAllByRole<HTMLSelectElement>('combobox', { name: /^Evidence for / })
        .map((box) => [box.getAttribute('aria-label'), box.value])
    ).toEqual([
      ['Evidence for Predictable weekends', 'none'],
      ['Evidence for Fair share of night shifts', 'none']
    ])
  })

  it('the overview shows the backed fit beside the fit of each canvas the team tests', () => {
    const state = tested('sv')
    renderPanel({
      ...state,
      canvases: [entry('c1', 'Sjuksköterskor', 'Schema', 62, { backed: 38 }), entry('c2', 'Chefer', 'Schema', 35)]
    })
    fireEvent.click(screen.getAllByRole('tab')[0]!)
    const rows = document.querySelectorAll('.overview-row')
    expect(rows[0]?.querySelector('.overview-backed')?.textContent).toBe(' · med belägg 38\u00a0%')
    expect(rows[1]?.querySelector('.overview-backed')).toBeNull()
  })

  it('has no accessibility violations in the Fit and Zones tabs with evidence', async () => {
    renderPanel(tested())
    fireEvent.click(screen.getByRole('tab', { name: 'Fit' }))
    expect(await axeViolations()).toEqual([])
    fireEvent.click(screen.getByRole('tab', { name: 'Zones' }))
    for (const toggle of screen.getAllByRole('button', { expanded: false })) fireEvent.click(toggle)
    // Every zone's evidence editor open too.
    for (const toggle of screen.getAllByRole('button', { expanded: false })) fireEvent.click(toggle)
    expect(screen.getAllByRole('combobox', { name: /^Evidence for / }).length).toBeGreaterThan(6)
    expect(await axeViolations()).toEqual([])
  })
})
