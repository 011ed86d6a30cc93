import { afterEach, describe, expect, it, vi } from 'vitest'
import type { PanelState, RequestMessage } from '../../contract/messages'
import { checkEvent } from '../../contract/transport'
import { browserLocale, createBridge, nextRequestId } from '../../ui/bridge'
import type { Bridge } from '../../ui/bridge'
import { oneCanvas } from './fixtures'

/** A state whose active report has a sticky without its text. */
function withBrokenSticky(state: PanelState): unknown {
  const copy = JSON.parse(JSON.stringify(state)) as {
    active: { analysis: { report: { zones: { pains: unknown[] } } } }
  }
  copy.active.analysis.report.zones.pains.push({ id: 'x', rank: 1, weight: 1, votes: 0 })
  return copy
}

/** A stand-in for the iframe's window: its own parent frame, and a stranger frame. */
function frames() {
  const win = new EventTarget() as EventTarget & { parent: unknown; onmessage: unknown }
  win.parent = { name: 'figma host' }
  win.onmessage = () => undefined
  return { win: win as unknown as Window, parent: win.parent, stranger: { name: 'another frame' } }
}

function post(win: Window, data: unknown, source: unknown) {
  const event = new Event('message') as Event & { data: unknown; source: unknown }
  event.data = data
  event.source = source
  win.dispatchEvent(event)
}

let bridge: Bridge | null = null
afterEach(() => bridge?.stop())

describe('bridge: receiving', () => {
  it('dispatches STATE and DONE from the parent frame to typed listeners', () => {
    const { win, parent } = frames()
    bridge = createBridge(win, () => undefined)
    const states: PanelState[] = []
    const dones: unknown[] = []
    bridge.on('STATE', (state) => states.push(state))
    bridge.on('DONE', (done) => dones.push(done))

    const state = oneCanvas()
    post(win, { pluginMessage: ['STATE', state] }, parent)
    post(
      win,
      { pluginMessage: ['DONE', { requestId: 'r1', ok: true, message: 'Inserted', result: null }] },
      parent
    )

    expect(states).toEqual([state])
    expect(dones).toEqual([{ requestId: 'r1', ok: true, message: 'Inserted', result: null }])
    expect(bridge.lastState()).toEqual(state)
  })

  it('ignores messages from any frame other than its parent', () => {
    const { win, stranger } = frames()
    bridge = createBridge(win, () => undefined)
    const states = vi.fn()
    bridge.on('STATE', states)
    post(win, { pluginMessage: ['STATE', oneCanvas()] }, stranger)
    post(win, { pluginMessage: ['STATE', oneCanvas()] }, null)
    post(win, { pluginMessage: ['STATE', oneCanvas()] }, win)
    expect(states).not.toHaveBeenCalled()
    expect(bridge.lastState()).toBeNull()
  })

  it.each([
    ['no data', undefined],
    ['a string', 'STATE'],
    ['no pluginMessage', { STATE: {} }],
    ['a bare array', ['STATE', {}]],
    ['pluginMessage not an array', { pluginMessage: { name: 'STATE' } }],
    ['a name that is not a string', { pluginMessage: [7, {}] }],
    ['an unknown name', { pluginMessage: ['SET_CHECK', { canvasId: 'c1' }] }],
    ['a payload that is not an object', { pluginMessage: ['DONE', 'ok'] }],
    ['an array payload', { pluginMessage: ['DONE', []] }],
    ['a null payload', { pluginMessage: ['STATE', null] }],
    ['extra arguments', { pluginMessage: ['DONE', { requestId: 'r', ok: true, message: '' }, 1] }],
    ['a DONE without ok', { pluginMessage: ['DONE', { requestId: 'r', message: '' }] }],
    ['a STATE without canvases', { pluginMessage: ['STATE', { ...oneCanvas(), canvases: undefined }] }],
    ['a STATE with an unknown locale', { pluginMessage: ['STATE', { ...oneCanvas(), locale: 'de' }] }],
    [
      'a STATE whose report has a sticky without text',
      { pluginMessage: ['STATE', withBrokenSticky(oneCanvas())] }
    ],
    ['a DONE without a result', { pluginMessage: ['DONE', { requestId: 'r', ok: true, message: '' }] }],
    [
      'an EXPORT_READY (answers carry their results now)',
      { pluginMessage: ['EXPORT_READY', { requestId: 'r' }] }
    ]
  ])('ignores a malformed message: %s', (_label, data) => {
    const { win, parent } = frames()
    bridge = createBridge(win, () => undefined)
    const listener = vi.fn()
    bridge.on('STATE', listener)
    bridge.on('DONE', listener)
    expect(() => post(win, data, parent)).not.toThrow()
    expect(listener).not.toHaveBeenCalled()
    const inside =
      typeof data === 'object' && data !== null && 'pluginMessage' in data ? data.pluginMessage : data
    expect(checkEvent(inside)).toBeNull()
  })

  it('keeps delivering after a listener throws, and stops after unsubscribe or stop', () => {
    const { win, parent } = frames()
    bridge = createBridge(win, () => undefined)
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const second = vi.fn()
    bridge.on('DONE', () => {
      throw new Error('broken listener')
    })
    const off = bridge.on('DONE', second)
    const done = {
      pluginMessage: ['DONE', { requestId: null, ok: false, message: 'Bad request', result: null }]
    }
    post(win, done, parent)
    expect(second).toHaveBeenCalledTimes(1)
    expect(error).toHaveBeenCalled()
    off()
    post(win, done, parent)
    expect(second).toHaveBeenCalledTimes(1)

    const third = vi.fn()
    bridge.on('DONE', third)
    bridge.stop()
    post(win, done, parent)
    expect(third).not.toHaveBeenCalled()
  })

  it('leaves window.onmessage alone: the transport is the only receiver, through addEventListener', () => {
    const { win } = frames()
    const before = win.onmessage
    bridge = createBridge(win, () => undefined)
    expect(win.onmessage).toBe(before)
  })
})

describe('bridge: sending', () => {
  it('sends [name, payload] with a fresh request id', () => {
    const { win } = frames()
    const sent: unknown[] = []
    bridge = createBridge(win, (message) => sent.push(message))
    const first = bridge.request('CHECK_FIT', { canvasId: 'c1' }).requestId
    const second = bridge.request('FOCUS_NODE', { nodeId: '1:2' }).requestId
    expect(sent).toEqual([
      ['CHECK_FIT', { canvasId: 'c1', requestId: first }],
      ['FOCUS_NODE', { nodeId: '1:2', requestId: second }]
    ])
    expect(first).not.toBe(second)
  })

  it('posts to the parent frame in the plugin wire format by default', () => {
    const postMessage = vi.spyOn(window.parent, 'postMessage').mockImplementation(() => undefined)
    bridge = createBridge(window)
    const { requestId } = bridge.request('SET_LOCALE', { locale: 'sv' })
    expect(postMessage).toHaveBeenCalledWith(
      { pluginMessage: ['SET_LOCALE', { locale: 'sv', requestId }] },
      '*'
    )
  })

  it('makes request ids that do not repeat, from a counter and a random part', () => {
    const ids = new Set(Array.from({ length: 500 }, () => nextRequestId()))
    expect(ids.size).toBe(500)
    for (const id of ids) expect(id).toMatch(/^ui-\d+-[a-z0-9]+$/)
  })

  it('lets a caller await the answer to its own request, ignoring others', async () => {
    const { win, parent } = frames()
    const sent: RequestMessage[] = []
    bridge = createBridge(win, (message) => sent.push(message as RequestMessage))
    const { answer } = bridge.request('INSERT_BMC', { locale: 'da' })
    const requestId = sent[0]?.[1].requestId
    post(
      win,
      { pluginMessage: ['DONE', { requestId: 'someone-else', ok: false, message: 'no', result: null }] },
      parent
    )
    post(
      win,
      { pluginMessage: ['DONE', { requestId, ok: true, message: 'BMC inserted', result: null }] },
      parent
    )
    await expect(answer).resolves.toEqual({ ok: true, message: 'BMC inserted', result: null })
  })

  it('resolves an unanswered request with null after the timeout', async () => {
    vi.useFakeTimers()
    const { win } = frames()
    bridge = createBridge(win, () => undefined)
    const { answer } = bridge.request('CHECK_FIT', { canvasId: null }, 1000)
    vi.advanceTimersByTime(1000)
    await expect(answer).resolves.toBeNull()
    vi.useRealTimers()
  })
})

describe('browser locale', () => {
  it.each([
    ['sv-SE', 'sv'],
    ['sv', 'sv'],
    ['da-DK', 'da'],
    ['en-GB', 'en'],
    ['EN-us', 'en'],
    ['nb-NO', null],
    ['de', null],
    ['', null],
    [undefined, null]
  ])('%s becomes %s', (language, locale) => {
    expect(browserLocale(language)).toBe(locale)
  })
})
