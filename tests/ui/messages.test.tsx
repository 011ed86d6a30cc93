/**
 * The panel's messages issue 17 asked to tell the truth, in all three languages: an empty canvas says where to
 * start, a damaged one shows no score, manual checklist items say the team ticks them, rank markers are not shown
 * twice.
 */
import { fireEvent, screen, within } from '@testing-library/preact'
import { describe, expect, it } from 'vitest'
import type { PanelState } from '../../contract/messages'
import type { Locale } from '../../contract/vocabulary'
import { damagedCanvas, oneCanvas, withChecklist } from './fixtures'
import { renderPanel } from './harness'

function emptyCanvas(locale: Locale): PanelState {
  const state = oneCanvas({ locale })
  const active = { analysis: state.active!.analysis! }
  for (const zone of ['jobs', 'pains', 'gains'] as const) active.analysis.report.zones[zone] = []
  active.analysis.report.fit = {
    score: 0,
    band: 'weak',
    coverage: { jobs: 0, pains: 0, gains: 0 },
    unaddressed: [],
    orphans: []
  }
  active.analysis.emptyZones = ['jobs', 'pains', 'gains']
  state.canvases = [{ ...state.canvases[0]!, score: 0, band: 'weak', customerItems: 0 }]
  return state
}

const START: Record<Locale, [string, string, string]> = {
  en: [
    'Start with the customer',
    'Add the customer’s jobs first: what are they trying to get done?',
    'Not started: add the customer’s jobs'
  ],
  sv: [
    'Börja med kunden',
    'Lägg först till kundens uppgifter: vad försöker kunden få gjort?',
    'Inte påbörjad: lägg till kundens uppgifter'
  ],
  da: [
    'Begynd med kunden',
    'Tilføj først kundens opgaver: hvad prøver kunden at få gjort?',
    'Ikke startet: tilføj kundens opgaver'
  ]
}

describe('messages that tell the truth', () => {
  it.each(['en', 'sv', 'da'] as const)(
    '%s: an empty canvas says to start with the customer’s jobs, with no score',
    (locale) => {
      renderPanel(emptyCanvas(locale))
      const [heading, first, header] = START[locale]
      expect(screen.getByRole('heading', { name: heading })).toBeTruthy()
      expect(screen.getByText(first)).toBeTruthy()
      expect(within(screen.getByRole('banner')).getByText(header)).toBeTruthy()
      const text = document.body.textContent ?? ''
      expect(text).not.toMatch(/Every job, pain and gain is addressed|Alla uppgifter|Alle opgaver/)
      expect(text).not.toMatch(/address more|ta hand om fler|tag fat i flere/)
      expect(text).not.toMatch(/\b0\s?%/)
    }
  )

  it.each([
    ['en', 'No score until the canvas is repaired', 'Repair canvas'],
    ['sv', 'Ingen matchning förrän canvasen är lagad', 'Laga canvasen'],
    ['da', 'Ingen match, før canvasset er repareret', 'Reparér canvas']
  ] as const)('%s: a damaged canvas shows no score, only the repair', (locale, verdict, repair) => {
    const state = { ...damagedCanvas(), locale }
    renderPanel(state)
    expect(within(screen.getByRole('banner')).getByText(verdict)).toBeTruthy()
    expect(screen.getByRole('button', { name: repair })).toBeTruthy()
    expect(screen.getByRole('tabpanel').textContent).not.toMatch(/\d\s?%/)
    expect(screen.getByRole('banner').textContent).not.toMatch(/\d\s?%/)
  })

  it.each([
    ['en', 'The team ticks this', 'Ticked by the team', 'Checklist'],
    ['sv', 'Teamet bockar av den här', 'Bockad av teamet', 'Checklista'],
    ['da', 'Teamet sætter flueben her', 'Afkrydset af teamet', 'Tjekliste']
  ] as const)(
    '%s: a manual item reads "the team ticks this" until it is ticked',
    (locale, open, done, tab) => {
      const { update } = renderPanel({ ...withChecklist({}), locale })
      fireEvent.click(screen.getByRole('tab', { name: tab }))
      expect(screen.getAllByText(open).length).toBeGreaterThan(0)
      expect(screen.queryByText(done)).toBeNull()
      update({ ...withChecklist({ 'cp.concrete': true }), locale })
      expect(screen.getAllByText(done)).toHaveLength(1)
    }
  )

  it('shows a rank once: "#1 Plan the week of shifts", not "#1 1. Plan the week of shifts"', () => {
    renderPanel(oneCanvas({ selection: { canvasId: 'c1', zone: 'jobs', nodeIds: [] } }))
    fireEvent.click(screen.getByRole('tab', { name: 'Zones' }))
    const body = document.getElementById('zone-body-jobs') as HTMLElement
    expect(within(body).getAllByRole('button')[0]?.textContent).toMatch(/^#1Plan the week of shifts/)
  })
})
