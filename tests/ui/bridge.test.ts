import { afterEach, describe, expect, it, vi } from 'vitest'
import type { PanelState, ToMainMessage } from '../../contract/messages'
import { awaitDoneAsync, browserLocale, createBridge, nextRequestId, parseToUi } from '../../ui/bridge'
import type { Bridge } from '../../ui/bridge'
import { oneCanvas } from './fixtures'

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
  it('dispatches STATE, DONE and EXPORT_READY from the parent frame to typed listeners', () => {
    const { win, parent } = frames()
    bridge = createBridge(win, () => undefined)
    const states: PanelState[] = []
    const dones: unknown[] = []
    const exports: unknown[] = []
    bridge.listen('STATE', (state) => states.push(state))
    bridge.listen('DONE', (done) => dones.push(done))
    bridge.listen('EXPORT_READY', (ready) => exports.push(ready))

    const state = oneCanvas()
    post(win, { pluginMessage: ['STATE', state] }, parent)
    post(win, { pluginMessage: ['DONE', { requestId: 'r1', ok: true, message: 'Inserted' }] }, parent)
    const ready = { requestId: 'r2', format: 'csv', filename: 'a.csv', mimeType: 'text/csv', content: 'x' }
    post(win, { pluginMessage: ['EXPORT_READY', ready] }, parent)

    expect(states).toEqual([state])
    expect(dones).toEqual([{ requestId: 'r1', ok: true, message: 'Inserted' }])
    expect(exports).toEqual([ready])
    expect(bridge.lastState()).toEqual(state)
  })

  it('ignores messages from any frame other than its parent', () => {
    const { win, stranger } = frames()
    bridge = createBridge(win, () => undefined)
    const states = vi.fn()
    bridge.listen('STATE', states)
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
      'an EXPORT_READY without content',
      { pluginMessage: ['EXPORT_READY', { requestId: 'r', format: 'csv' }] }
    ]
  ])('ignores a malformed message: %s', (_label, data) => {
    const { win, parent } = frames()
    bridge = createBridge(win, () => undefined)
    const listener = vi.fn()
    bridge.listen('STATE', listener)
    bridge.listen('DONE', listener)
    bridge.listen('EXPORT_READY', listener)
    expect(() => post(win, data, parent)).not.toThrow()
    expect(listener).not.toHaveBeenCalled()
    expect(parseToUi(data)).toBeNull()
  })

  it('keeps delivering after a listener throws, and stops after unsubscribe or stop', () => {
    const { win, parent } = frames()
    bridge = createBridge(win, () => undefined)
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const second = vi.fn()
    bridge.listen('DONE', () => {
      throw new Error('broken listener')
    })
    const off = bridge.listen('DONE', second)
    const done = { pluginMessage: ['DONE', { requestId: null, ok: false, message: 'Bad request' }] }
    post(win, done, parent)
    expect(second).toHaveBeenCalledTimes(1)
    expect(error).toHaveBeenCalled()
    off()
    post(win, done, parent)
    expect(second).toHaveBeenCalledTimes(1)

    const third = vi.fn()
    bridge.listen('DONE', third)
    bridge.stop()
    post(win, done, parent)
    expect(third).not.toHaveBeenCalled()
  })

  it('replaces the utilities library’s own window.onmessage, which would accept any sender', () => {
    const { win } = frames()
    expect(win.onmessage).not.toBeNull()
    bridge = createBridge(win, () => undefined)
    expect(win.onmessage).toBeNull()
  })
})

describe('bridge: sending', () => {
  it('sends [name, payload] with a fresh request id', () => {
    const { win } = frames()
    const sent: ToMainMessage[] = []
    bridge = createBridge(win, (message) => sent.push(message))
    const first = bridge.send('CHECK_FIT', { canvasId: 'c1' })
    const second = bridge.send('FOCUS_NODE', { nodeId: '1:2' })
    expect(sent).toEqual([
      ['CHECK_FIT', { canvasId: 'c1', requestId: first }],
      ['FOCUS_NODE', { nodeId: '1:2', requestId: second }]
    ])
    expect(first).not.toBe(second)
  })

  it('posts to the parent frame in the plugin wire format by default', () => {
    const postMessage = vi.spyOn(window.parent, 'postMessage').mockImplementation(() => undefined)
    bridge = createBridge(window)
    const requestId = bridge.send('SET_LOCALE', { locale: 'sv' })
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

  it('lets a caller await the DONE of its own request, ignoring others', async () => {
    const { win, parent } = frames()
    const sent: ToMainMessage[] = []
    bridge = createBridge(win, (message) => sent.push(message))
    const answer = bridge.requestAsync('INSERT_BMC', { locale: 'da' })
    const requestId = sent[0]?.[1].requestId
    post(win, { pluginMessage: ['DONE', { requestId: 'someone-else', ok: false, message: 'no' }] }, parent)
    post(win, { pluginMessage: ['DONE', { requestId, ok: true, message: 'BMC inserted' }] }, parent)
    await expect(answer).resolves.toEqual({ requestId, ok: true, message: 'BMC inserted' })
  })

  it('resolves an unanswered request with null after the timeout', async () => {
    vi.useFakeTimers()
    const { win } = frames()
    bridge = createBridge(win, () => undefined)
    const answer = awaitDoneAsync(bridge.listen, 'never', 1000)
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
