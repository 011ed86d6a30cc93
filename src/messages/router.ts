import type { Endpoint } from '../../contract/transport'
import { postEvent, serveRequests } from '../../contract/transport'
import type { EventName, EventPayload, RequestHandlers } from '../../contract/messages'
import { messageOf } from '../adapter/errors'
import { postIfOpen } from '../adapter/lifecycle'

/** The main thread's end of the panel's channel: `figma.ui.postMessage` out, `figma.ui.onmessage` in. */
export const figmaEndpoint: Endpoint = {
  // A late answer or state for a run that is gone is dropped, not thrown (after closePlugin, postMessage throws).
  post: (message) => void postIfOpen(message),
  receive: (listener) => {
    const handler: MessageEventHandler = (message) => listener(message)
    figma.ui.onmessage = handler
    return () => {
      if (figma.ui.onmessage === handler) figma.ui.onmessage = undefined
    }
  }
}

/** Posts one event (STATE) to the open panel. */
export function postToPanel<N extends EventName>(name: N, payload: EventPayload<N>): void {
  postEvent(figmaEndpoint, name, payload)
}

/**
 * Installs the panel's message entry point: every message is checked against the contract, handled one at a
 * time, and answered exactly once (see `contract/transport.ts`). Returns a function that stops it.
 */
export function installRouter(
  handlers: RequestHandlers,
  describeInvalid: (detail: string) => string
): () => void {
  return serveRequests(figmaEndpoint, handlers, { describeInvalid, describeError: messageOf })
}
