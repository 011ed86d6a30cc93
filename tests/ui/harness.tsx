/** Renders the Panel wired to a hand-driven main, through the real transport client. */
import { act, cleanup, render } from '@testing-library/preact'
import axe from 'axe-core'
import { afterEach, vi } from 'vitest'
import type { EventName, EventPayload, PanelState, RequestName } from '../../contract/messages'
import { createClient } from '../../contract/transport'
import { Panel } from '../../ui/components/panel'
import { NOW, sentState } from './fixtures'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
  vi.useRealTimers()
})

/** The axe run in progress: a test that ends (or times out) during one waits for it, so it cannot fail the next. */
let axeRunning: Promise<unknown> = Promise.resolve()

// Registered after the cleanup above, so it runs before it: the page stays while axe reads it.
afterEach(async () => {
  await axeRunning.catch(() => undefined)
})

/**
 * axe's violations in the rendered panel, one line each (`rule: html | html`). Contrast needs real layout and
 * colours: it is checked in Chromium; here the structure is.
 */
export async function axeViolations(): Promise<string[]> {
  const run = axe.run(document.body, {
    resultTypes: ['violations'],
    rules: { 'color-contrast': { enabled: false } }
  })
  axeRunning = run
  const result = await run
  return result.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`
  )
}

export interface Sent {
  name: RequestName
  payload: Record<string, unknown>
  requestId: string
}

type Delivered<N extends EventName> = N extends 'DONE'
  ? Omit<EventPayload<'DONE'>, 'result'> & { result?: unknown }
  : EventPayload<N>

/** A fake main: records what the panel sends and delivers events to it, as `[name, payload]` messages. */
export function fakeMain() {
  const sent: Sent[] = []
  const receivers = new Set<(message: unknown) => void>()
  const client = createClient({
    post: (message) => {
      const [name, { requestId, ...payload }] = message as [RequestName, { requestId: string }]
      sent.push({ name, payload, requestId })
    },
    receive: (listener) => {
      receivers.add(listener)
      return () => receivers.delete(listener)
    }
  })
  let listening = 0
  const listen: typeof client.on = (name, listener) => {
    listening += 1
    const off = client.on(name, listener)
    return () => {
      listening -= 1
      off()
    }
  }
  return {
    sent,
    request: client.request,
    listen,
    /** The messages sent with `name`, payloads only. */
    payloads: (name: RequestName) => {
      return sent.filter((message) => message.name === name).map((message) => message.payload)
    },
    last: (name: RequestName): Sent | undefined => {
      return sent.filter((message) => message.name === name).at(-1)
    },
    /**
     * Delivers one event (checked like any other) and lets the panel settle (promise callbacks included).
     * A DONE without a result carries `result: null`, as main's answers to most requests do.
     */
    deliver: async <N extends EventName>(name: N, payload: Delivered<N>) => {
      const message = name === 'DONE' ? [name, { result: null, ...payload }] : [name, payload]
      await act(async () => {
        for (const receiver of [...receivers]) receiver(message)
        await Promise.resolve()
        await Promise.resolve()
      })
    },
    listenerCount: () => listening,
    stop: client.stop
  }
}

export function renderPanel(state: PanelState) {
  const main = fakeMain()
  const clock = () => NOW
  const view = render(<Panel state={sentState(state)} request={main.request} listen={main.listen} clock={clock} />)
  return {
    ...view,
    main,
    /** Main sends a new STATE. */
    update: (next: PanelState) => {
      view.rerender(<Panel state={sentState(next)} request={main.request} listen={main.listen} clock={clock} />)
    }
  }
}
