import { useEffect, useState } from 'preact/hooks'

/** The current time in ms, refreshed every `intervalMs` so relative times ("2 min ago") keep ticking. */
export function useNow(intervalMs: number, clock: () => number = Date.now): number {
  const [now, setNow] = useState(clock)
  useEffect(() => {
    setNow(clock())
    const timer = setInterval(() => setNow(clock()), intervalMs)
    return () => clearInterval(timer)
  }, [intervalMs, clock])
  return now
}
