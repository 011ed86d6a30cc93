import { describe, expect, it, vi } from 'vitest'
import type { Answer, RequestHandlers, RequestName } from '../../contract/messages'
import type { Endpoint } from '../../contract/transport'
import { answerAsync, createClient, serveRequests } from '../../contract/transport'

/** Two endpoints wired to each other, as FigJam wires main and the panel; delivery is a later task. */
function channel() {
  const toMain = new Set<(message: unknown) => void>()
  const toUi = new Set<(message: unknown) => void>()
  const posted: unknown[] = []
  const later = (listeners: Set<(message: unknown) => void>, message: unknown) =>
    setTimeout(() => {
      for (const listener of listeners) listener(JSON.parse(JSON.stringify(message)) as unknown)
    }, 0)
  const end = (inbox: typeof toMain, outbox: typeof toMain): Endpoint => ({
    post: (message) => {
      posted.push(message)
      later(outbox, message)
    },
    receive: (listener) => {
      inbox.add(listener)
      return () => inbox.delete(listener)
    }
  })
  return { main: end(toMain, toUi), ui: end(toUi, toMain), posted }
}

const plain = (): Promise<Answer<'CHECK_FIT'>> =>
  Promise.resolve({ ok: true, message: 'Checked', result: null })

/** Handlers for every request; each test overrides the ones it needs. */
function handlers(overrides: Partial<RequestHandlers> = {}): RequestHandlers {
  const none = plain as () => Promise<{ ok: true; message: string; result: null }>
  return {
    UI_READY: none,
    PANEL_SHOWN: none,
    VIEW_ITEMS: () => Promise.resolve({ ok: true, message: '', result: { version: 1 } }),
    SELECT_CANVAS: none,
    CHECK_FIT: none,
    SAVE_VERSION: none,
    COMPARE_VERSIONS: none,
    DRAW_VERSION: none,
    EXPORT_HISTORY: ({ format }) =>
      Promise.resolve({
        ok: true,
        message: 'Ready',
        result: { format, filename: `history.${format}`, mimeType: 'text/csv', content: 'a,b' }
      }),
    INSERT_VPC: none,
    INSERT_BMC: none,
    BMC_SUMMARY: none,
    REPAIR_CANVAS: none,
    FOCUS_NODE: none,
    SET_FIT_CARD: none,
    SET_CHECK: none,
    SET_EVIDENCE: none,
    CREATE_TEST_CARD: none,
    RECORD_LEARNING: none,
    SET_LOCALE: none,
    EXPORT: ({ format }) =>
      Promise.resolve({
        ok: true,
        message: 'Ready',
        result: { format, filename: `canvas.${format}`, mimeType: 'text/csv', content: 'a,b' }
      }),
    IMPORT_REPORT: () => Promise.resolve({ ok: true, message: 'Drew 3', result: { stickies: 3, links: 1 } }),
    ACCEPT_SUGGESTION: none,
    REJECT_SUGGESTION: none,
    CLOSE_PANEL: none,
    ADOPT_CANVAS: none,
    ...overrides
  }
}

const options = { describeInvalid: (detail: string) => `Bad message (${detail})`, describeError: String }

describe('typed round trips', () => {
  it('every request gets its own answer with its typed result, matched by id', async () => {
    const { main, ui } = channel()
    serveRequests(main, handlers(), options)
    const client = createClient(ui)
    const exported = client.request('EXPORT', { canvasId: '1:2', format: 'csv' })
    const imported = client.request('IMPORT_REPORT', { json: '{}' })
    const checked = client.request('CHECK_FIT', { canvasId: null })
    const file = await exported.answer
    expect(file).toEqual({
      ok: true,
      message: 'Ready',
      result: { format: 'csv', filename: 'canvas.csv', mimeType: 'text/csv', content: 'a,b' }
    })
    // The compiler knows the result's type: the file's content is text.
    if (file?.ok) expect(file.result.content.length).toBe(3)
    expect(await imported.answer).toEqual({ ok: true, message: 'Drew 3', result: { stickies: 3, links: 1 } })
    expect(await checked.answer).toEqual({ ok: true, message: 'Checked', result: null })
    client.stop()
  })

  it('a handler that throws answers with an error, and the next request is served', async () => {
    const { main, ui } = channel()
    serveRequests(main, handlers({ CHECK_FIT: () => Promise.reject(new Error('boom')) }), options)
    const client = createClient(ui)
    expect(await client.request('CHECK_FIT', { canvasId: null }).answer).toEqual({
      ok: false,
      message: 'Error: boom',
      result: null
    })
    expect((await client.request('SET_LOCALE', { locale: 'sv' }).answer)?.ok).toBe(true)
    client.stop()
  })

  it('handles requests one at a time, in order', async () => {
    const { main, ui } = channel()
    const order: string[] = []
    let release: () => void = () => undefined
    const slow = new Promise<void>((resolve) => (release = resolve))
    serveRequests(
      main,
      handlers({
        INSERT_BMC: async () => {
          order.push('bmc start')
          await slow
          order.push('bmc end')
          return { ok: true, message: '', result: null }
        },
        CHECK_FIT: () => {
          order.push('check')
          return Promise.resolve({ ok: true, message: '', result: null })
        }
      }),
      options
    )
    const client = createClient(ui)
    const first = client.request('INSERT_BMC', { locale: 'da' }).answer
    const second = client.request('CHECK_FIT', { canvasId: null }).answer
    await new Promise((resolve) => setTimeout(resolve, 5))
    expect(order).toEqual(['bmc start'])
    release()
    await Promise.all([first, second])
    expect(order).toEqual(['bmc start', 'bmc end', 'check'])
    client.stop()
  })

  it('a malformed message gets one error answer and runs nothing', async () => {
    const posted: unknown[] = []
    const run = vi.fn(plain)
    await answerAsync(
      ['CHECK_FIT', { requestId: 'r1', canvasId: 7 }],
      handlers({ CHECK_FIT: run }),
      { post: (m) => posted.push(m) },
      options
    )
    expect(run).not.toHaveBeenCalled()
    expect(posted).toEqual([
      [
        'DONE',
        {
          requestId: 'r1',
          ok: false,
          message: 'Bad message (CHECK_FIT: canvasId must be a node id)',
          result: null
        }
      ]
    ])
  })

  it('an answer whose result has the wrong shape becomes an error answer in the panel', async () => {
    let deliver: (message: unknown) => void = () => undefined
    const client = createClient({
      post: () => undefined,
      receive: (listener) => ((deliver = listener), () => undefined)
    })
    const sent = client.request('EXPORT', { canvasId: '1:2', format: 'json' })
    deliver(['DONE', { requestId: sent.requestId, ok: true, message: 'Ready', result: { filename: 7 } }])
    expect(await sent.answer).toEqual({ ok: false, message: '', result: null })
    client.stop()
  })

  it('an unanswered request resolves with null after its timeout', async () => {
    vi.useFakeTimers()
    const client = createClient({ post: () => undefined, receive: () => () => undefined })
    const sent = client.request('CHECK_FIT', { canvasId: null }, 1000)
    vi.advanceTimersByTime(1000)
    await expect(sent.answer).resolves.toBeNull()
    client.stop()
    vi.useRealTimers()
  })

  it('events with the wrong shape are ignored; STATE is kept for late subscribers', () => {
    let deliver: (message: unknown) => void = () => undefined
    const client = createClient({
      post: () => undefined,
      receive: (listener) => ((deliver = listener), () => undefined)
    })
    const dones = vi.fn()
    client.on('DONE', dones)
    deliver(['DONE', { requestId: 'x', ok: 'yes', message: '', result: null }])
    deliver(['NOPE', {}])
    deliver(['STATE', { inFigJam: true }])
    expect(dones).not.toHaveBeenCalled()
    expect(client.lastState()).toBeNull()
    client.stop()
  })
})

describe('the compiler checks every round trip', () => {
  it('refuses a handler table with a request missing, or a handler with the wrong result', () => {
    const { CLOSE_PANEL: _dropped, ...rest } = handlers()
    // @ts-expect-error CLOSE_PANEL has no handler.
    const missing: RequestHandlers = rest
    const wrong: RequestHandlers = {
      ...handlers(),
      // @ts-expect-error EXPORT's answer must carry an export file, not null.
      EXPORT: () => Promise.resolve({ ok: true, message: '', result: null })
    }
    // @ts-expect-error a request the contract does not have.
    const unknown: RequestName = 'DELETE_EVERYTHING'
    expect([missing, wrong, unknown]).toHaveLength(3)
  })
})
