import { useCallback, useEffect, useRef, useState } from 'preact/hooks'
import type { ToMainName } from '../../contract/messages'
import type { Locale } from '../../contract/vocabulary'
import { t } from '../text'
import type { DonePayload, Listen, RequestPayload, Send } from '../bridge'

export interface RunOptions {
  /** Groups requests for `isPending` (defaults to the event name). */
  tag?: string
  /** No "Working…" line while it runs (selection, focus, locale: answered at once). */
  quiet?: boolean
}

export interface Notice {
  ok: boolean
  message: string
}

export interface Requests {
  /** Sends a request; `done` resolves with main's answer, or an error after the timeout. */
  run<N extends ToMainName>(
    name: N,
    payload: RequestPayload<N>,
    options?: RunOptions
  ): { requestId: string; done: Promise<DonePayload> }
  isPending: (tag: string) => boolean
  /** "Working…" while a non-quiet request runs, else the last success message. */
  status: string | null
  /** The last error, until dismissed or a later success. */
  error: string | null
  dismissError: () => void
}

interface Pending {
  tag: string
  quiet: boolean
  resolve: (done: DonePayload) => void
  timer: ReturnType<typeof setTimeout>
}

const STATUS_MS = 6000

/**
 * Tracks the panel's requests to main: which are pending, and what main answered (DONE).
 * Errors from any request (also ones main could not attribute) show until dismissed.
 */
export function useRequests(send: Send, listen: Listen, locale: Locale, timeoutMs = 30_000): Requests {
  const pending = useRef(new Map<string, Pending>())
  const [, setVersion] = useState(0)
  const [status, setStatus] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const localeRef = useRef(locale)
  localeRef.current = locale
  const rerender = () => setVersion((v) => v + 1)

  const settle = useCallback((done: DonePayload) => {
    const entry = done.requestId === null ? undefined : pending.current.get(done.requestId)
    if (entry) {
      clearTimeout(entry.timer)
      pending.current.delete(done.requestId as string)
      entry.resolve(done)
    }
    if (!done.ok) {
      setError(done.message || t(localeRef.current, 'panel.error.generic'))
    } else if (entry) {
      setError(null)
      setStatus(done.message || null)
    }
    rerender()
  }, [])

  useEffect(() => listen('DONE', settle), [listen, settle])

  useEffect(
    () => () => {
      for (const entry of pending.current.values()) clearTimeout(entry.timer)
    },
    []
  )

  useEffect(() => {
    if (status === null) return
    const timer = setTimeout(() => setStatus(null), STATUS_MS)
    return () => clearTimeout(timer)
  }, [status])

  const run: Requests['run'] = (name, payload, options = {}) => {
    const requestId = send(name, payload)
    let resolve: (done: DonePayload) => void = () => undefined
    const done = new Promise<DonePayload>((r) => (resolve = r))
    const timer = setTimeout(
      () => settle({ requestId, ok: false, message: t(localeRef.current, 'panel.error.noAnswer') }),
      timeoutMs
    )
    pending.current.set(requestId, {
      tag: options.tag ?? name,
      quiet: options.quiet ?? false,
      resolve,
      timer
    })
    if (!options.quiet) setStatus(null)
    rerender()
    return { requestId, done }
  }

  const entries = [...pending.current.values()]
  const working = entries.some((entry) => !entry.quiet)
  return {
    run,
    isPending: (tag) => entries.some((entry) => entry.tag === tag),
    status: working ? t(locale, 'panel.status.working') : status,
    error,
    dismissError: () => setError(null)
  }
}
