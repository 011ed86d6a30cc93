import { describe, expect, it } from 'vitest'
import { createFigJam, NOTIFY_MAX_CHARS, VIEWPORT_WINDOW } from '../../fake'
import { setup } from './helpers'

describe('showUI and the message bridge', () => {
  it('records what showUI was called with', () => {
    const { fake, figma } = setup()
    expect(fake.session.uiOptions).toBeNull()
    figma.showUI('<html></html>', { width: 360, height: 560, themeColors: true })
    expect(fake.session.uiOptions).toEqual({ width: 360, height: 560, themeColors: true })
    expect(fake.session.uiState).toMatchObject({ visible: true, width: 360, height: 560, closed: false })
  })

  it('main -> UI messages are deep copies delivered asynchronously', async () => {
    const { fake, figma } = setup()
    figma.showUI('<html></html>')
    const received: unknown[] = []
    fake.session.onUiMessage((message) => received.push(message))
    const payload = { name: 'STATE', items: [1, 2] }
    figma.ui.postMessage(payload)
    payload.items.push(3)
    expect(received).toEqual([])
    await fake.flush()
    expect(received).toEqual([{ name: 'STATE', items: [1, 2] }])
    expect(received[0]).not.toBe(payload)
  })

  it('messages posted before the UI listens are delivered once it does', async () => {
    const { fake, figma } = setup()
    figma.showUI('<html></html>')
    figma.ui.postMessage('early')
    await fake.flush()
    const received: unknown[] = []
    fake.session.onUiMessage((message) => received.push(message))
    await fake.flush()
    expect(received).toEqual(['early'])
  })

  it('posting without a UI, or after ui.close(), throws', () => {
    const { figma } = setup()
    expect(() => figma.ui.postMessage('x')).toThrow(/showUI/)
    figma.showUI('<html></html>')
    figma.ui.close()
    expect(() => figma.ui.postMessage('x')).toThrow(/closed/)
  })

  it('UI -> main reaches ui.onmessage and ui.on handlers asynchronously', async () => {
    const { fake, figma } = setup()
    figma.showUI('<html></html>')
    const seen: unknown[] = []
    figma.ui.onmessage = (message) => seen.push(['onmessage', message])
    const handler = (message: unknown): void => {
      seen.push(['on', message])
    }
    figma.ui.on('message', handler)
    figma.ui.once('message', (message) => seen.push(['once', message]))
    fake.session.sendFromUi(['UI_READY', { requestId: '1' }])
    expect(seen).toEqual([])
    await fake.flush()
    figma.ui.off('message', handler)
    fake.session.sendFromUi('second')
    await fake.flush()
    expect(seen).toEqual([
      ['onmessage', ['UI_READY', { requestId: '1' }]],
      ['on', ['UI_READY', { requestId: '1' }]],
      ['once', ['UI_READY', { requestId: '1' }]],
      ['onmessage', 'second']
    ])
  })

  it('functions cannot cross the boundary', () => {
    const { figma } = setup()
    figma.showUI('<html></html>')
    expect(() => figma.ui.postMessage({ run: () => 1 })).toThrow(/plain data/)
  })

  it('show, hide and resize change the window', () => {
    const { fake, figma } = setup()
    figma.showUI('<html></html>', { visible: false })
    expect(fake.session.uiState?.visible).toBe(false)
    figma.ui.show()
    figma.ui.resize(400, 300)
    expect(fake.session.uiState).toMatchObject({ visible: true, width: 400, height: 300 })
    figma.ui.hide()
    expect(fake.session.uiState?.visible).toBe(false)
  })

  it('closePlugin closes the UI; messages to a closed plugin are dropped', async () => {
    const { fake, figma } = setup()
    figma.showUI('<html></html>')
    const seen: unknown[] = []
    figma.ui.onmessage = (message) => seen.push(message)
    fake.session.sendFromUi('late')
    figma.closePlugin()
    await fake.flush()
    expect(seen).toEqual([])
    expect(fake.session.uiState?.closed).toBe(true)
  })
})

describe('notify', () => {
  it('records notifications and flags ones longer than FigJam shows', () => {
    const { fake, figma } = setup()
    figma.notify('Saved')
    const handler = figma.notify('x'.repeat(NOTIFY_MAX_CHARS + 1), { error: true })
    expect(NOTIFY_MAX_CHARS).toBe(100)
    expect(fake.session.notifications.map((n) => [n.message.length, n.tooLong])).toEqual([
      [5, false],
      [101, true]
    ])
    expect(fake.session.notifications[1]?.options).toEqual({ error: true })
    handler.cancel()
    expect(fake.session.notifications[1]?.cancelled).toBe(true)
  })
})

describe('viewport', () => {
  it('bounds follow the centre and zoom', () => {
    const { figma } = setup()
    figma.viewport.center = { x: 1000, y: 500 }
    figma.viewport.zoom = 2
    expect(figma.viewport.bounds).toEqual({
      x: 1000 - VIEWPORT_WINDOW.width / 4,
      y: 500 - VIEWPORT_WINDOW.height / 4,
      width: VIEWPORT_WINDOW.width / 2,
      height: VIEWPORT_WINDOW.height / 2
    })
  })

  it('scrollAndZoomIntoView fits the nodes', () => {
    const { figma } = setup()
    const section = figma.createSection()
    section.resizeWithoutConstraints(4000, 2000)
    section.x = 1000
    figma.viewport.scrollAndZoomIntoView([section])
    expect(figma.viewport.center).toEqual({ x: 3000, y: 1000 })
    const bounds = figma.viewport.bounds
    expect(bounds.width).toBeGreaterThanOrEqual(4000)
    expect(bounds.x).toBeLessThanOrEqual(1000)
    expect(bounds.y).toBeLessThanOrEqual(0)
  })
})

describe('users, parameters and undo commits', () => {
  it('currentUser needs the currentuser permission, as in FigJam', () => {
    expect(() => setup().figma.currentUser).toThrow(/currentuser/)
    const { figma } = setup({
      permissions: ['currentuser', 'activeusers'],
      currentUser: { id: '42', name: 'Lin' }
    })
    expect(figma.currentUser).toMatchObject({ id: '42', name: 'Lin' })
    expect(figma.activeUsers[0]).toMatchObject({ id: '42', name: 'Lin' })
  })

  it('parameters: input handlers answer queries', async () => {
    const fake = createFigJam()
    const session = fake.startSession({ command: 'insert-vpc' })
    session.figma.parameters.on('input', ({ key, query, result }) => {
      if (key === 'locale') result.setSuggestions(['en', 'sv', 'da'].filter((l) => l.startsWith(query)))
    })
    expect(await session.queryParameterAsync('locale', 's')).toMatchObject({
      suggestions: ['sv'],
      error: null
    })
  })
})
