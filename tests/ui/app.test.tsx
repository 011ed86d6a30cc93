import { act, render, screen } from '@testing-library/preact'
import { describe, expect, it } from 'vitest'
import { App } from '../../ui/App'
import { createBridge } from '../../ui/bridge'
import { oneCanvas } from './fixtures'
import './harness'

async function fromParent(data: unknown) {
  await act(() => {
    window.dispatchEvent(new MessageEvent('message', { data, source: window.parent }))
  })
}

describe('App', () => {
  it('waits for main’s first STATE, then renders it; later states replace it', async () => {
    const bridge = createBridge(window, () => undefined)
    render(<App bridge={bridge} />)
    expect(screen.getByText('Reading the board…')).toBeTruthy()

    await fromParent({ pluginMessage: ['STATE', oneCanvas()] })
    expect(screen.getByRole('tab', { name: 'Fit' })).toBeTruthy()

    await fromParent({ pluginMessage: ['STATE', oneCanvas({ locale: 'sv' })] })
    expect(screen.getByRole('tab', { name: 'Matchning' })).toBeTruthy()
    bridge.stop()
  })

  it('renders a STATE that arrived before it mounted', () => {
    const bridge = createBridge(window, () => undefined)
    window.dispatchEvent(
      new MessageEvent('message', { data: { pluginMessage: ['STATE', oneCanvas()] }, source: window.parent })
    )
    render(<App bridge={bridge} />)
    expect(screen.getByRole('tab', { name: 'Fit' })).toBeTruthy()
    bridge.stop()
  })

  it('sends through the bridge: a click becomes a message with a request id', async () => {
    const sent: unknown[] = []
    const bridge = createBridge(window, (message) => sent.push(message))
    render(<App bridge={bridge} />)
    await fromParent({ pluginMessage: ['STATE', oneCanvas()] })
    await act(() => screen.getByRole('button', { name: 'Check now' }).click())
    // The fixture carries every list: the panel first tells main the few its Fit tab shows.
    expect(sent.filter((message) => (message as [string])[0] !== 'VIEW_ITEMS')).toEqual([
      ['CHECK_FIT', { canvasId: 'c1', requestId: expect.stringMatching(/^ui-/) as unknown }]
    ])
    bridge.stop()
  })
})
