import type { Client, Endpoint } from '../contract/transport'
import { createClient } from '../contract/transport'
import type { Locale } from '../contract/vocabulary'
import { isLocale } from '../contract/vocabulary'

export { nextRequestId } from '../contract/transport'

/** Sends one typed request to main; its `answer` resolves with main's answer (null when none came in time). */
export type Request = Client['request']
/** Subscribes to one main -> UI event (STATE, DONE); returns the unsubscribe function. */
export type Listen = Client['on']
export type Bridge = Client

/** The panel's first-time locale from the browser's language: en, sv or da, else null. */
export function browserLocale(language: string | undefined): Locale | null {
  const prefix = (language ?? '').slice(0, 2).toLowerCase()
  return isLocale(prefix) ? prefix : null
}

/**
 * The panel's end of the channel: `parent.postMessage({ pluginMessage }, '*')` out, and in, the `message`
 * events whose sender is the parent frame (FigJam's plugin host) and that carry a `pluginMessage`; every other
 * sender is ignored.
 */
export function windowEndpoint(win: Window): Endpoint {
  return {
    post: (message) => win.parent.postMessage({ pluginMessage: message }, '*'),
    receive: (listener) => {
      const onMessage = (event: MessageEvent) => {
        if (event.source !== win.parent) return
        const data: unknown = event.data
        if (typeof data !== 'object' || data === null || !('pluginMessage' in data)) return
        listener(data.pluginMessage)
      }
      win.addEventListener('message', onMessage)
      return () => win.removeEventListener('message', onMessage)
    }
  }
}

/** Connects the panel to main (`post` replaces the way out, for tests). */
export function createBridge(win: Window = window, post?: (message: unknown) => void): Bridge {
  const endpoint = windowEndpoint(win)
  return createClient(post ? { ...endpoint, post } : endpoint)
}
