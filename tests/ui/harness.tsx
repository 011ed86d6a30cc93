/** Renders the Panel with a recording `send` and a hand-driven main -> UI channel. */
import { act, cleanup, render } from '@testing-library/preact'
import { afterEach, vi } from 'vitest'
import type { PanelState, ToMainName, ToUiName, ToUiPayload } from '../../contract/messages'
import type { Listen, Send } from '../../ui/bridge'
import { Panel } from '../../ui/components/panel'
import { NOW } from './fixtures'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
  vi.useRealTimers()
})

export interface Sent {
  name: ToMainName
  payload: Record<string, unknown>
  requestId: string
}

/** A fake main: records what the panel sends and delivers events to its listeners. */
export function fakeMain() {
  const sent: Sent[] = []
  const listeners = new Map<string, Set<(payload: unknown) => void>>()
  let counter = 0
  const send = ((name: ToMainName, payload: Record<string, unknown>) => {
    counter += 1
    const requestId = `req-${counter}`
    sent.push({ name, payload, requestId })
    return requestId
  }) as Send
  const listen = ((name: ToUiName, listener: (payload: unknown) => void) => {
    const set = listeners.get(name) ?? new Set()
    listeners.set(name, set)
    set.add(listener)
    return () => set.delete(listener)
  }) as Listen
  return {
    sent,
    send,
    listen,
    /** The messages sent with `name`, payloads only. */
    payloads: (name: ToMainName) => {
      return sent.filter((message) => message.name === name).map((message) => message.payload)
    },
    last: (name: ToMainName): Sent | undefined => {
      return sent.filter((message) => message.name === name).at(-1)
    },
    /** Delivers one event and lets the panel settle (promise callbacks included). */
    deliver: async <N extends ToUiName>(name: N, payload: ToUiPayload<N>) => {
      await act(async () => {
        for (const listener of [...(listeners.get(name) ?? [])]) listener(payload)
        await Promise.resolve()
      })
    },
    listenerCount: (name: ToUiName) => {
      return listeners.get(name)?.size ?? 0
    }
  }
}

export function renderPanel(state: PanelState) {
  const main = fakeMain()
  const clock = () => NOW
  const view = render(<Panel state={state} send={main.send} listen={main.listen} clock={clock} />)
  return {
    ...view,
    main,
    /** Main sends a new STATE. */
    update: (next: PanelState) => {
      view.rerender(<Panel state={next} send={main.send} listen={main.listen} clock={clock} />)
    }
  }
}
