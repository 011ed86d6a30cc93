/**
 * The transport both sides use, over the `[name, payload]` wire format of the message contract. Each side gives
 * it an endpoint (how to post a message, how to receive them); the transport does the rest:
 *
 * - main (`serveRequests`): checks every message against `REQUESTS`, runs the handlers one at a time, and posts
 *   exactly one `DONE` per message: the handler's answer, an error when it threw, a clear error when the message
 *   was malformed (nothing is run then).
 * - panel (`createClient`): checks every event against `EVENTS`, resolves each request with its own answer,
 *   matched by id, its result checked against the request's result schema.
 *
 * It replaces `@create-figma-plugin/utilities`' `emit`/`on`, whose receivers drop malformed messages silently,
 * throw on unknown names and accept any sender.
 */
import * as v from 'valibot'
import { MESSAGE_ID_MAX } from './limits'
import { EVENTS, REQUESTS } from './messages'
import { StateFollower } from './state-patch'
import type {
  Answer,
  DonePayload,
  EventMessage,
  EventName,
  EventPayload,
  RequestFields,
  RequestHandlers,
  RequestMessage,
  RequestName
} from './messages'

/** How one side talks to the other. `receive` returns a function that stops receiving. */
export interface Endpoint {
  post: (message: unknown) => void
  receive: (listener: (message: unknown) => void) => () => void
}

// ---------------------------------------------------------------------------
// Checking messages
// ---------------------------------------------------------------------------

export type RequestCheck =
  { ok: true; message: RequestMessage } | { ok: false; error: string; requestId: string | null }

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isRequestName = (value: unknown): value is RequestName =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(REQUESTS, value)

function requestIdOf(payload: unknown): string | null {
  if (!isRecord(payload)) return null
  const id = payload.requestId
  return typeof id === 'string' && id.length > 0 && id.length <= MESSAGE_ID_MAX ? id : null
}

/** One issue as the error answer states it: `segment must be at most 500 characters`, `product is missing`. */
function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? []).map((item) => String(item.key))
  const last = issue.path?.[issue.path.length - 1]
  const field = path.join('.').slice(0, 40)
  if (last?.origin === 'key') {
    return issue.expected === 'never' ? `unexpected field ${field}` : `${field} is missing`
  }
  return `${field} ${issue.message}`
}

/** Checks a raw `[name, payload]` message against the contract. */
export function checkRequest(raw: unknown): RequestCheck {
  if (!Array.isArray(raw) || raw.length !== 2) {
    return { ok: false, error: 'Message must be [name, payload]', requestId: null }
  }
  const [name, payload] = raw as [unknown, unknown]
  const requestId = requestIdOf(payload)
  if (!isRequestName(name)) {
    return {
      ok: false,
      error: `Unknown message: ${typeof name === 'string' ? name.slice(0, 40) : typeof name}`,
      requestId
    }
  }
  if (!isRecord(payload)) return { ok: false, error: `${name}: payload must be an object`, requestId }
  if (requestId === null) return { ok: false, error: `${name}: requestId is missing`, requestId }
  const checked = v.safeParse(REQUESTS[name].payload, payload, { abortEarly: true })
  if (!checked.success) {
    const [issue] = checked.issues
    return { ok: false, error: `${name}: ${describeIssue(issue)}`, requestId }
  }
  return { ok: true, message: [name, checked.output] as RequestMessage }
}

/** The event inside a raw message, or null when it is not one of `EVENTS` with a payload of the right shape. */
export function checkEvent(raw: unknown): EventMessage | null {
  if (!Array.isArray(raw) || raw.length !== 2) return null
  const [name, payload] = raw as [unknown, unknown]
  if (typeof name !== 'string' || !Object.prototype.hasOwnProperty.call(EVENTS, name)) return null
  const checked = v.safeParse(EVENTS[name as EventName], payload)
  return checked.success ? ([name, checked.output] as EventMessage) : null
}

// ---------------------------------------------------------------------------
// Main: serving requests
// ---------------------------------------------------------------------------

export interface ServeOptions {
  /** The sentence for a malformed message, from the contract's English detail. */
  describeInvalid: (detail: string) => string
  /** The sentence for a handler that threw. */
  describeError: (error: unknown) => string
}

/** Posts one event to the panel. */
export function postEvent<N extends EventName>(
  endpoint: Pick<Endpoint, 'post'>,
  name: N,
  payload: EventPayload<N>
): void {
  endpoint.post([name, payload])
}

/** Handles one raw message and posts its one answer. Never throws. */
export async function answerAsync(
  raw: unknown,
  handlers: RequestHandlers,
  endpoint: Pick<Endpoint, 'post'>,
  options: ServeOptions
): Promise<void> {
  const done = (answer: DonePayload) => postEvent(endpoint, 'DONE', answer)
  const checked = checkRequest(raw)
  if (!checked.ok) {
    done({
      requestId: checked.requestId,
      ok: false,
      message: options.describeInvalid(checked.error),
      result: null
    })
    return
  }
  const [name, payload] = checked.message
  let answer: Answer<RequestName>
  try {
    const handler = handlers[name] as (payload: unknown) => Promise<Answer<RequestName>>
    answer = await handler(payload)
  } catch (error) {
    answer = { ok: false, message: options.describeError(error), result: null }
  }
  done({ requestId: payload.requestId, ok: answer.ok, message: answer.message, result: answer.result })
}

/**
 * Serves the panel's requests: each message is checked, then handled one at a time (a command never interleaves
 * with another), and answered exactly once. Returns a function that stops serving.
 */
export function serveRequests(
  endpoint: Endpoint,
  handlers: RequestHandlers,
  options: ServeOptions
): () => void {
  let queue: Promise<void> = Promise.resolve()
  return endpoint.receive((raw) => {
    queue = queue.then(() => answerAsync(raw, handlers, endpoint, options))
  })
}

// ---------------------------------------------------------------------------
// Panel: sending requests
// ---------------------------------------------------------------------------

/** A sent request: its id, and its answer (null when none came in time). */
export interface Sent<N extends RequestName> {
  requestId: string
  answer: Promise<Answer<N> | null>
}

export interface Client {
  /** Sends a request; `answer` resolves with main's answer to it, or null after `timeoutMs`. */
  request: <N extends RequestName>(name: N, fields: RequestFields<N>, timeoutMs?: number) => Sent<N>
  /** Subscribes to one event; returns the unsubscribe function. */
  on: <N extends EventName>(name: N, listener: (payload: EventPayload<N>) => void) => () => void
  /** The last STATE main sent, so a late subscriber does not miss the first one. */
  lastState: () => EventPayload<'STATE'> | null
  stop: () => void
}

let counter = 0

/** A request id unique within this panel (counter) and across panel sessions (random part). */
export function nextRequestId(): string {
  counter += 1
  return `ui-${counter}-${Math.random().toString(36).slice(2, 10)}`
}

interface Waiting {
  name: RequestName
  resolve: (answer: Answer<RequestName> | null) => void
  timer: ReturnType<typeof setTimeout>
}

/** The answer as the request's type says, or an error answer when its result has the wrong shape. */
function typedAnswer(name: RequestName, done: DonePayload): Answer<RequestName> {
  if (!done.ok) return { ok: false, message: done.message, result: null }
  const result = v.safeParse(REQUESTS[name].result, done.result)
  return result.success
    ? { ok: true, message: done.message, result: result.output }
    : { ok: false, message: '', result: null }
}

/** The panel's side: typed requests with one answer each, and typed events. */
export function createClient(endpoint: Endpoint, defaultTimeoutMs = 30_000): Client {
  const listeners = new Map<EventName, Set<(payload: never) => void>>()
  const waiting = new Map<string, Waiting>()
  let state: EventPayload<'STATE'> | null = null

  const dispatch = <N extends EventName>(name: N, payload: EventPayload<N>) => {
    for (const listener of [...(listeners.get(name) ?? [])]) {
      try {
        ;(listener as (value: EventPayload<N>) => void)(payload)
      } catch (error) {
        console.error(error)
      }
    }
  }

  const follower = new StateFollower<EventPayload<'STATE'>>()
  let resyncing = false
  const stopReceiving = endpoint.receive((raw) => {
    const event = checkEvent(raw)
    if (!event) return
    if (event[0] === 'STATE') {
      resyncing = false
      state = follower.full(event[1])
      dispatch('STATE', state)
      return
    }
    if (event[0] === 'STATE_PATCH') {
      const next = resyncing ? null : follower.apply(event[1])
      if (next) {
        state = next
        dispatch('STATE', next)
      } else if (!resyncing) {
        // A patch for a state this panel does not hold: it asks for the full state once, and keeps showing the
        // last one until it comes.
        resyncing = true
        endpoint.post(['UI_READY', { browserLocale: null, requestId: nextRequestId() }])
      }
      return
    }
    const done = event[1]
    const entry = done.requestId === null ? undefined : waiting.get(done.requestId)
    if (entry && done.requestId !== null) {
      clearTimeout(entry.timer)
      waiting.delete(done.requestId)
      entry.resolve(typedAnswer(entry.name, done))
    }
    dispatch('DONE', done)
  })

  return {
    request: <N extends RequestName>(
      name: N,
      fields: RequestFields<N>,
      timeoutMs = defaultTimeoutMs
    ): Sent<N> => {
      const requestId = nextRequestId()
      const answer = new Promise<Answer<N> | null>((resolve) => {
        const timer = setTimeout(() => {
          waiting.delete(requestId)
          resolve(null)
        }, timeoutMs)
        waiting.set(requestId, { name, resolve: resolve, timer })
      })
      endpoint.post([name, { ...fields, requestId }])
      return { requestId, answer }
    },
    on: (name, listener) => {
      const set = listeners.get(name) ?? new Set()
      listeners.set(name, set)
      set.add(listener)
      return () => {
        set.delete(listener)
      }
    },
    lastState: () => state,
    stop() {
      stopReceiving()
      for (const entry of waiting.values()) clearTimeout(entry.timer)
      waiting.clear()
      listeners.clear()
    }
  }
}
