import { emit } from '@create-figma-plugin/utilities'
import type {
  PanelState,
  ToMainHandler,
  ToMainMessage,
  ToMainName,
  ToMainPayload,
  ToUiMessage,
  ToUiName,
  ToUiPayload
} from '../contract/messages'
import type { Locale } from '../contract/vocabulary'
import { LOCALES } from '../contract/vocabulary'

/** What a request carries before the bridge gives it an id. */
export type RequestPayload<N extends ToMainName> = Omit<ToMainPayload<N>, 'requestId'>
/** Sends one request to main and returns its request id. */
export type Send = <N extends ToMainName>(name: N, payload: RequestPayload<N>) => string
/** Subscribes to one main -> UI event; returns the unsubscribe function. */
export type Listen = <N extends ToUiName>(name: N, listener: (payload: ToUiPayload<N>) => void) => () => void
export type DonePayload = ToUiPayload<'DONE'>

export interface Bridge {
  send: Send
  listen: Listen
  /** Sends a request and resolves with main's DONE for it (null when none came within `timeoutMs`). */
  requestAsync<N extends ToMainName>(
    name: N,
    payload: RequestPayload<N>,
    timeoutMs?: number
  ): Promise<DonePayload | null>
  /** The last STATE main sent, so a late subscriber does not miss the first one. */
  lastState: () => PanelState | null
  stop: () => void
}

/** Writes one message to main. */
export type Post = (message: ToMainMessage) => void

const TO_UI_NAMES: readonly ToUiName[] = ['STATE', 'DONE', 'EXPORT_READY']
const EXPORT_FORMATS = ['markdown', 'csv', 'json']

let counter = 0

/** A request id unique within this panel (counter) and across panel sessions (random part). */
export function nextRequestId(): string {
  counter += 1
  return `ui-${counter}-${Math.random().toString(36).slice(2, 10)}`
}

/** The panel's first-time locale from the browser's language: en, sv or da, else null. */
export function browserLocale(language: string | undefined): Locale | null {
  const prefix = (language ?? '').slice(0, 2).toLowerCase()
  return isLocale(prefix) ? prefix : null
}

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isPanelState(value: Record<string, unknown>): boolean {
  return (
    typeof value.inFigJam === 'boolean' &&
    isLocale(value.locale) &&
    Array.isArray(value.canvases) &&
    (value.active === null || isRecord(value.active)) &&
    isRecord(value.selection) &&
    typeof value.hasBmc === 'boolean' &&
    typeof value.updatedAt === 'string' &&
    isRecord(value.questions)
  )
}

function hasShape(name: ToUiName, payload: Record<string, unknown>): boolean {
  switch (name) {
    case 'STATE':
      return isPanelState(payload)
    case 'DONE':
      return (
        (payload.requestId === null || typeof payload.requestId === 'string') &&
        typeof payload.ok === 'boolean' &&
        typeof payload.message === 'string'
      )
    case 'EXPORT_READY':
      return (
        typeof payload.requestId === 'string' &&
        EXPORT_FORMATS.includes(payload.format as string) &&
        typeof payload.filename === 'string' &&
        typeof payload.mimeType === 'string' &&
        typeof payload.content === 'string'
      )
  }
}

/**
 * The main -> UI message inside a `message` event's data, or null when it is not one:
 * it must be `{ pluginMessage: [name, payload] }` with a known name and a payload of the right shape.
 */
export function parseToUi(data: unknown): ToUiMessage | null {
  if (!isRecord(data)) return null
  const message = data.pluginMessage
  if (!Array.isArray(message) || message.length !== 2) return null
  const [name, payload] = message as [unknown, unknown]
  if (typeof name !== 'string' || !(TO_UI_NAMES as readonly string[]).includes(name)) return null
  if (!isRecord(payload) || !hasShape(name as ToUiName, payload)) return null
  return [name, payload] as ToUiMessage
}

function postWithEmit(message: ToMainMessage): void {
  const [name, payload] = message
  emit<ToMainHandler>(name, payload)
}

/** Resolves with the DONE for `requestId`, or null after `timeoutMs`. */
export function awaitDoneAsync(
  listen: Listen,
  requestId: string,
  timeoutMs = 30_000
): Promise<DonePayload | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      stopListening()
      resolve(null)
    }, timeoutMs)
    const stopListening = listen('DONE', (done) => {
      if (done.requestId !== requestId) return
      clearTimeout(timer)
      stopListening()
      resolve(done)
    })
  })
}

/**
 * Connects the panel to main. Listens to `message` events on `win` and accepts only those sent by
 * its parent frame (FigJam's plugin host), carrying a known main -> UI event; everything else is ignored.
 */
export function createBridge(win: Window = window, post: Post = postWithEmit): Bridge {
  const listeners = new Map<ToUiName, Set<(payload: never) => void>>()
  let state: PanelState | null = null

  // Importing `emit` also installs the library's own `window.onmessage`, which accepts any sender and
  // throws for events it has no handler for; this bridge is the only receiver.
  win.onmessage = null

  function onMessage(event: MessageEvent): void {
    if (event.source !== win.parent) return
    const message = parseToUi(event.data)
    if (!message) return
    const [name, payload] = message
    if (name === 'STATE') state = payload
    for (const listener of [...(listeners.get(name) ?? [])]) {
      try {
        ;(listener as (value: typeof payload) => void)(payload)
      } catch (error) {
        console.error(error)
      }
    }
  }
  win.addEventListener('message', onMessage)

  const listen: Listen = (name, listener) => {
    const set = listeners.get(name) ?? new Set()
    listeners.set(name, set)
    set.add(listener)
    return () => {
      set.delete(listener)
    }
  }

  const send: Send = (name, payload) => {
    const requestId = nextRequestId()
    post([name, { ...payload, requestId }] as ToMainMessage)
    return requestId
  }

  return {
    send,
    listen,
    requestAsync(name, payload, timeoutMs) {
      // Message events are delivered as later tasks, so subscribing right after sending misses nothing.
      return awaitDoneAsync(listen, send(name, payload), timeoutMs)
    },
    lastState: () => state,
    stop() {
      win.removeEventListener('message', onMessage)
      listeners.clear()
    }
  }
}
