import { fireEvent, screen } from '@testing-library/preact'
import axe from 'axe-core'
import { afterEach, describe, expect, it } from 'vitest'
import type { HistoryView, VersionSummary } from '../../contract/history'
import type { PanelState } from '../../contract/messages'
import { active, oneCanvas } from './fixtures'
import { renderPanel } from './harness'

const summary = (id: string, at: string, score: number, name?: string, full = true): VersionSummary => ({
  id: id.repeat(16),
  at,
  ...(name === undefined ? {} : { name }),
  score,
  band: score < 50 ? 'weak' : score <= 70 ? 'target' : 'strong',
  coverage: { jobs: score, pains: score - 10, gains: score + 5 },
  full
})

const history: HistoryView = {
  versions: [
    summary('a', '2026-11-02T10:00:00.000Z', 20, undefined, false),
    summary('b', '2026-11-09T10:00:00.000Z', 45, 'after interviews round 2'),
    summary('c', '2026-11-16T10:00:00.000Z', 62)
  ],
  compare: {
    from: 'b'.repeat(16),
    to: 'c'.repeat(16),
    lines: [
      { key: 'history.fit.up', params: { from: 45, to: 62 } },
      { key: 'history.band', params: { band: 'target' } },
      {
        key: 'history.movedReworded',
        params: { fromZone: 'pains', toZone: 'unplaced', before: 'Too slow', after: 'Fast enough' }
      },
      { key: 'history.added', params: { zone: 'gainCreators', text: 'Live times' } }
    ]
  }
}

function withHistory(view: HistoryView | undefined, locale: PanelState['locale'] = 'en'): PanelState {
  return oneCanvas({ locale, active: { ...active(), ...(view ? { history: view } : {}) } })
}

function openHistory(state: PanelState, name = 'History') {
  const view = renderPanel(state)
  fireEvent.click(screen.getByRole('tab', { name }))
  return view
}

let running: Promise<unknown> = Promise.resolve()
afterEach(async () => {
  await running.catch(() => undefined)
})

describe('the History tab', () => {
  it('says what changed in sentences, zones named, and offers the versions to compare', () => {
    openHistory(withHistory(history))
    const lines = screen.getAllByRole('listitem').map((item) => item.textContent)
    expect(lines).toEqual(
      expect.arrayContaining([
        'Fit rose from 45% to 62%.',
        'It is now on target.',
        '“Too slow” moved from Pains to outside the zones and now reads “Fast enough”.',
        'New in Gain creators: “Live times”.'
      ])
    )
    const from = screen.getByLabelText<HTMLSelectElement>('Compare')
    expect(from.value).toBe('b'.repeat(16))
    expect([...from.options].map((option) => option.textContent)).toEqual([
      expect.stringMatching(/^2 Nov.*\(only the fit kept\)$/),
      expect.stringMatching(/^after interviews round 2 · 9 Nov/),
      expect.stringMatching(/^16 Nov/)
    ])
  })

  it('in Swedish and Danish too', () => {
    openHistory(withHistory(history, 'sv'), 'Historik')
    expect(screen.getByText('Matchningen steg från 45 % till 62 %.')).toBeTruthy()
    expect(
      screen.getByText('”Too slow” flyttades från Besvär till utanför zonerna och lyder nu ”Fast enough”.')
    ).toBeTruthy()
  })

  it('draws the chart with a table of every number for screen readers, named versions marked', () => {
    const { container } = openHistory(withHistory(history))
    const svg = container.querySelector('svg[role="img"]')!
    expect(svg.getAttribute('aria-label')).toBe('Fit over 3 versions, from 20% to 62%.')
    expect(svg.querySelectorAll('.chart-named')).toHaveLength(1)
    expect(svg.querySelectorAll('.chart-point')).toHaveLength(2)
    expect(svg.querySelectorAll('polyline')).toHaveLength(4)
    const rows = [...container.querySelectorAll('table tbody tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent)
    )
    expect(rows[1]).toEqual([
      expect.stringMatching(/^after interviews round 2 · 9 Nov/),
      '45%',
      '45%',
      '35%',
      '50%'
    ])
    expect(rows).toHaveLength(3)
  })

  it('asks main to compare the versions chosen, to draw the earlier one, and to export', () => {
    const { main } = openHistory(withHistory(history))
    fireEvent.change(screen.getByLabelText('Compare'), { target: { value: 'a'.repeat(16) } })
    expect(main.payloads('COMPARE_VERSIONS')).toEqual([
      { canvasId: 'c1', from: 'a'.repeat(16), to: 'c'.repeat(16) }
    ])
    fireEvent.click(screen.getByRole('button', { name: 'Draw the earlier one beside the canvas' }))
    expect(main.payloads('DRAW_VERSION')).toEqual([{ canvasId: 'c1', versionId: 'b'.repeat(16) }])
    fireEvent.click(screen.getByRole('button', { name: 'JSON' }))
    expect(main.payloads('EXPORT_HISTORY')).toEqual([{ canvasId: 'c1', format: 'json' }])
  })

  it('saves a version under a name, refusing an empty one before asking main', () => {
    const { main } = openHistory(withHistory(history))
    const input = screen.getByLabelText('Version name')
    fireEvent.click(screen.getByRole('button', { name: 'Check and save' }))
    expect(screen.getByRole('alert').textContent).toBe('Give the version a name first.')
    expect(input.getAttribute('aria-invalid')).toBe('true')
    expect(main.payloads('SAVE_VERSION')).toEqual([])
    fireEvent.input(input, { target: { value: '  round 3 ' } })
    fireEvent.click(screen.getByRole('button', { name: 'Check and save' }))
    expect(main.payloads('SAVE_VERSION')).toEqual([{ canvasId: 'c1', name: 'round 3' }])
  })

  it('takes a name of 60 characters as a person counts them: 31 emoji pass, the 61st character is not kept', () => {
    const { main } = openHistory(withHistory(history))
    const input = screen.getByLabelText<HTMLInputElement>('Version name')
    fireEvent.input(input, { target: { value: '🚲'.repeat(31) } })
    fireEvent.click(screen.getByRole('button', { name: 'Check and save' }))
    expect(main.payloads('SAVE_VERSION')).toEqual([{ canvasId: 'c1', name: '🚲'.repeat(31) }])
    fireEvent.input(input, { target: { value: '👍🏽'.repeat(61) } })
    expect(input.value).toBe('👍🏽'.repeat(60))
  })

  it('before any check it says how history starts; with one version, what to do next', () => {
    openHistory(withHistory({ versions: [], compare: null }))
    expect(screen.getByText(/No version yet/)).toBeTruthy()
    expect(screen.queryByRole('img')).toBeNull()
  })

  it('has no axe violations', async () => {
    openHistory(withHistory(history))
    const run = axe.run(document.body, {
      resultTypes: ['violations'],
      rules: { 'color-contrast': { enabled: false } }
    })
    running = run
    const result = await run
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([])
  })
})
