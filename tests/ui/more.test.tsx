import { fireEvent, screen, waitFor, within } from '@testing-library/preact'
import { describe, expect, it } from 'vitest'
import { IMPORT_MAX_CHARS } from '../../contract/limits'
import { importProblem } from '../../ui/components/import-box'
import { whyLine } from '../../ui/components/suggestion-list'
import { oneCanvas, report } from './fixtures'
import { renderPanel } from './harness'

function openMore(state = oneCanvas()) {
  const view = renderPanel(state)
  fireEvent.click(screen.getByRole('tab', { name: 'More' }))
  return view
}

function section(name: string) {
  return screen.getByRole('heading', { level: 2, name }).closest('section') as HTMLElement
}

describe('link suggestions', () => {
  it('lists each suggestion with its score and both sticky texts', () => {
    openMore()
    const item = within(section('Link suggestions')).getByRole('listitem')
    // Computed in the panel from the report's texts: "Rota saved in the cloud" and "Paper rota gets lost"; the score
    // is the pair model's likelihood that the pair is a link (similarity 13 %, each the other's only partner).
    expect(item.querySelector('.suggestion-score')?.textContent).toBe('90%')
    expect(item.querySelector('.suggestion-kind')?.textContent).toBe('Pain relievers → Pains')
    expect(item.querySelector('.suggestion-from')?.textContent).toBe('Rota saved in the cloud')
    expect(item.querySelector('.suggestion-to')?.textContent).toBe('Paper rota gets lost')
  })

  it('says in one line why the pair is suggested: the shared words or concepts', () => {
    openMore()
    const item = within(section('Link suggestions')).getByRole('listitem')
    expect(item.querySelector('.suggestion-why')?.textContent).toBe('Shared words: “rota”')
  })

  it('sends ACCEPT_SUGGESTION and REJECT_SUGGESTION for the pair', async () => {
    const { main } = openMore()
    fireEvent.click(screen.getByRole('button', { name: 'Accept' }))
    expect(main.payloads('ACCEPT_SUGGESTION')).toEqual([{ canvasId: 'c1', fromId: 'r2', toId: 'p2' }])
    // Pending: a second press of either button sends nothing.
    fireEvent.click(screen.getByRole('button', { name: 'Reject' }))
    expect(main.payloads('REJECT_SUGGESTION')).toEqual([])
    await main.deliver('DONE', {
      requestId: main.last('ACCEPT_SUGGESTION')?.requestId ?? '',
      ok: false,
      message: 'Gone'
    })
    fireEvent.click(screen.getByRole('button', { name: 'Reject' }))
    expect(main.payloads('REJECT_SUGGESTION')).toEqual([{ canvasId: 'c1', fromId: 'r2', toId: 'p2' }])
  })

  it('describes each button by its suggestion for screen readers', () => {
    openMore()
    const accept = screen.getByRole('button', { name: 'Accept' })
    const description = document.getElementById(accept.getAttribute('aria-describedby') ?? '')
    expect(description?.textContent).toContain('Rota saved in the cloud')
  })

  it('moves keyboard focus to the next suggestion after Reject, and back to the tab when none is left', () => {
    const state = oneCanvas()
    state.active!.analysis!.report.zones.gainCreators.push({ id: 'gc3', text: 'Fair share of shifts, shown', rank: 3, weight: 1, votes: 0 })
    const { update } = openMore(state)
    const rejects = () => screen.getAllByRole('button', { name: 'Reject' })
    expect(rejects().length).toBe(2)
    const [first] = screen.getAllByRole('listitem')
    const firstPair = first!.querySelector('.suggestion-from')?.textContent === 'Rota saved in the cloud' ? 'r2>p2' : 'gc3>g2'
    rejects()[0]!.focus()
    fireEvent.click(rejects()[0]!)
    const next = structuredClone(state)
    next.active!.rejected = [firstPair]
    update(next)
    expect(screen.getAllByRole('button', { name: 'Reject' })).toHaveLength(1)
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Accept' }))
    fireEvent.click(screen.getByRole('button', { name: 'Reject' }))
    const last = structuredClone(next)
    last.active!.rejected = ['r2>p2', 'gc3>g2']
    update(last)
    expect(screen.getByText('No suggestions right now.')).toBeTruthy()
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'More' }))
  })

  it('says when there are none: the one pair was rejected', () => {
    const state = oneCanvas()
    if (state.active) state.active.rejected = ['r2>p2']
    openMore(state)
    expect(screen.getByText('No suggestions right now.')).toBeTruthy()
  })
})

describe('Business Model Canvas', () => {
  it('writes the summary into the BMC on the page', () => {
    const { main } = openMore(oneCanvas({ hasBmc: true }))
    expect(screen.getByText(/into the Business Model Canvas on this page/)).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Write summary to BMC' }))
    expect(main.payloads('BMC_SUMMARY')).toEqual([{ canvasId: 'c1', insertBmc: 'en' }])
    expect(main.payloads('INSERT_BMC')).toEqual([])
  })

  it('without a BMC explains that one is inserted, and asks main for both in one request', () => {
    const { main } = openMore(oneCanvas({ hasBmc: false }))
    expect(
      screen.getByText(/This page has no Business Model Canvas yet\. The summary inserts one first/)
    ).toBeTruthy()
    fireEvent.change(screen.getByLabelText('BMC language'), { target: { value: 'da' } })
    fireEvent.click(screen.getByRole('button', { name: 'Insert BMC and write summary' }))
    expect(main.payloads('BMC_SUMMARY')).toEqual([{ canvasId: 'c1', insertBmc: 'da' }])
    expect(main.payloads('INSERT_BMC')).toEqual([])
  })

  it('inserts an empty BMC in the chosen language', () => {
    const { main } = openMore()
    fireEvent.change(screen.getByLabelText('BMC language'), { target: { value: 'sv' } })
    fireEvent.click(screen.getByRole('button', { name: 'Insert BMC' }))
    expect(main.payloads('INSERT_BMC')).toEqual([{ locale: 'sv' }])
    expect(main.payloads('BMC_SUMMARY')).toEqual([])
  })
})

describe('insert canvas', () => {
  it('defaults the canvas language to the panel’s and clears the form once main inserted it', async () => {
    const { main } = openMore(oneCanvas({ locale: 'en' }))
    expect(screen.getByLabelText<HTMLSelectElement>('Canvas language').value).toBe('en')
    const segment = screen.getByLabelText<HTMLInputElement>('Customer segment')
    fireEvent.input(segment, { target: { value: 'Ward managers' } })
    fireEvent.input(screen.getByLabelText('Offer'), { target: { value: '   ' } })
    fireEvent.click(screen.getByRole('button', { name: 'Insert canvas' }))
    expect(main.payloads('INSERT_VPC')).toEqual([{ segment: 'Ward managers', product: '', locale: 'en' }])
    expect(segment.value).toBe('Ward managers')
    await main.deliver('DONE', {
      requestId: main.last('INSERT_VPC')?.requestId ?? '',
      ok: true,
      message: 'Inserted'
    })
    await waitFor(() => expect(segment.value).toBe(''))
  })

  it('keeps what the user typed when main refuses', async () => {
    const { main } = openMore()
    const segment = screen.getByLabelText<HTMLInputElement>('Customer segment')
    fireEvent.input(segment, { target: { value: 'Ward managers' } })
    fireEvent.click(screen.getByRole('button', { name: 'Insert canvas' }))
    await main.deliver('DONE', {
      requestId: main.last('INSERT_VPC')?.requestId ?? '',
      ok: false,
      message: 'No room'
    })
    expect(segment.value).toBe('Ward managers')
    expect(screen.getByRole('alert').textContent).toContain('No room')
  })
})

describe('import', () => {
  const exported = JSON.stringify(report())

  it('refuses what is not a vpcfit export before sending, with a message', () => {
    const { main } = openMore()
    const area = screen.getByLabelText('Paste a JSON export')
    fireEvent.click(screen.getByRole('button', { name: 'Import and draw' }))
    expect(screen.getByText('Paste a JSON export or choose a file first.')).toBeTruthy()
    fireEvent.input(area, { target: { value: '{"schema":' } })
    fireEvent.click(screen.getByRole('button', { name: 'Import and draw' }))
    expect(screen.getByText('That is not valid JSON.')).toBeTruthy()
    fireEvent.input(area, { target: { value: '{"schema":"other/2"}' } })
    fireEvent.click(screen.getByRole('button', { name: 'Import and draw' }))
    expect(screen.getByText('That JSON is not a VPC Fit export (vpcfit/2).')).toBeTruthy()
    expect(main.payloads('IMPORT_REPORT')).toEqual([])
  })

  it('sends IMPORT_REPORT with the pasted export', () => {
    const { main } = openMore()
    fireEvent.input(screen.getByLabelText('Paste a JSON export'), { target: { value: exported } })
    fireEvent.click(screen.getByRole('button', { name: 'Import and draw' }))
    expect(main.payloads('IMPORT_REPORT')).toEqual([{ json: exported }])
  })

  it('keeps what main said about the import in the panel: the votes it could not bring back and the fit', async () => {
    const { main } = openMore()
    fireEvent.input(screen.getByLabelText('Paste a JSON export'), { target: { value: exported } })
    fireEvent.click(screen.getByRole('button', { name: 'Import and draw' }))
    const said = 'Imported 7 stickies. Plugins cannot place the 3 votes: fit 61%, was 70%.'
    await main.deliver('DONE', {
      requestId: main.last('IMPORT_REPORT')!.requestId,
      ok: true,
      message: said,
      result: { stickies: 7, links: 1 }
    })
    // Beside the import form (not only in the passing status line), so it is still there when the person looks.
    await waitFor(() =>
      expect(screen.getAllByText(said).some((node) => node.classList.contains('import-outcome'))).toBe(true)
    )
  })

  it('reads a chosen file into the form', async () => {
    openMore()
    const input = screen.getByLabelText<HTMLInputElement>('Or choose a .json file')
    const file = new File([exported], 'canvas.json', { type: 'application/json' })
    Object.defineProperty(input, 'files', { value: [file] })
    fireEvent.change(input)
    await waitFor(() =>
      expect(screen.getByLabelText<HTMLTextAreaElement>('Paste a JSON export').value).toBe(exported)
    )
  })

  it.each([
    ['', 'panel.import.empty'],
    ['  \n', 'panel.import.empty'],
    ['not json', 'panel.import.notJson'],
    ['[]', 'panel.import.notReport'],
    ['null', 'panel.import.notReport'],
    ['{"schema":"vpcfit/3"}', 'panel.import.notReport'],
    ['x'.repeat(IMPORT_MAX_CHARS + 1), 'panel.import.tooBig'],
    ['{"schema":"vpcfit/1"}', null],
    ['{"schema":"vpcfit/2"}', null],
    ['\uFEFF{"schema":"vpcfit/2"}', null],
    ['\uFEFF', 'panel.import.empty'],
    ['{"schema":["vpcfit/2"]}', 'panel.import.notReport']
  ])('importProblem(%#) is %s', (json, problem) => {
    expect(importProblem(json)).toBe(problem)
  })
})

describe('why a link is suggested', () => {
  it.each([
    ['en', { concepts: ['cost'], words: [] }, 'Same idea: cost and price'],
    [
      'sv',
      { concepts: ['cost', 'speed'], words: ['pris'] },
      'Samma sak: kostnad och pris, tid och snabbhet; gemensamma ord: “pris”'
    ],
    ['da', { concepts: [], words: ['ladestander'] }, 'Fælles ord: “ladestander”']
  ] as const)('%s: %j reads "%s"', (locale, reason, line) => {
    expect(whyLine(locale, { concepts: [...reason.concepts], words: [...reason.words] })).toBe(line)
  })
})
