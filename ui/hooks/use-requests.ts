import { useCallback, useEffect, useRef, useState } from 'preact/hooks'
import type { Answer, DonePayload, RequestFields, RequestName } from '../../contract/messages'
import type { Locale } from '../../contract/vocabulary'
import { t } from '../text'
import type { Listen, Request } from '../bridge'

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
  /** Sends a request; `done` resolves with main's typed answer, or an error answer after the timeout. */
  run<N extends RequestName>(
    name: N,
    fields: RequestFields<N>,
    options?: RunOptions
  ): { requestId: string; done: Promise<Answer<N>> }
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
}

const STATUS_MS = 6000

/**
 * Tracks the panel's requests to main: which are pending, and what main answered.
 * Errors from any request (also ones main could not attribute) show until dismissed.
 */
export function useRequests(request: Request, listen: Listen, locale: Locale, timeoutMs = 30_000): Requests {
  const pending = useRef(new Map<string, Pending>())
  const [, setVersion] = useState(0)
  const [status, setStatus] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const localeRef = useRef(locale)
  localeRef.current = locale
  const rerender = () => setVersion((v) => v + 1)

  // Answers main could not attribute to one of this panel's requests (a malformed message): errors still show.
  const onDone = useCallback((done: DonePayload) => {
    if (done.requestId !== null && pending.current.has(done.requestId)) return
    if (!done.ok) setError(done.message || t(localeRef.current, 'panel.error.generic'))
  }, [])

  useEffect(() => listen('DONE', onDone), [listen, onDone])

  useEffect(() => {
    if (status === null) return
    const timer = setTimeout(() => setStatus(null), STATUS_MS)
    return () => clearTimeout(timer)
  }, [status])

  const run: Requests['run'] = (name, fields, options = {}) => {
    const sent = request(name, fields, timeoutMs)
    pending.current.set(sent.requestId, { tag: options.tag ?? name, quiet: options.quiet ?? false })
    const done = sent.answer.then((answer) => {
      pending.current.delete(sent.requestId)
      const settled: Answer<typeof name> = answer ?? {
        ok: false,
        message: t(localeRef.current, 'panel.error.noAnswer'),
        result: null
      }
      if (!settled.ok) {
        setError(settled.message || t(localeRef.current, 'panel.error.generic'))
      } else {
        setError(null)
        setStatus(settled.message || null)
      }
      rerender()
      return settled
    })
    if (!options.quiet) setStatus(null)
    rerender()
    return { requestId: sent.requestId, done }
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
