/**
 * Measuring helpers: wall-clock timing with warm-up and median, API-use counts from the fake's counter,
 * font-loading rounds, heap use, and the table/format helpers the report prints with.
 */
import v8 from 'node:v8'
import vm from 'node:vm'
import type { ApiCountSnapshot, FigJamFake } from '../fake'

/** Milliseconds since an arbitrary start, from the monotonic high-resolution clock. */
export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('bench: median of no values')
  const sorted = values.slice().sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

export interface Timing {
  /** Median of the measured runs, ms. */
  medianMs: number
  minMs: number
  maxMs: number
  runs: number
  warmups: number
}

/**
 * Runs `work` `warmups` times unmeasured, then `runs` times measured, and returns the median. `work` may return a
 * value; it is handed to `check` after each run so a broken measurement fails loudly instead of timing nothing.
 */
export function time<T>(work: () => T, options: { runs: number; warmups: number; check?: (result: T) => void }): Timing {
  for (let i = 0; i < options.warmups; i++) {
    const result = work()
    options.check?.(result)
  }
  const samples: number[] = []
  for (let i = 0; i < options.runs; i++) {
    const started = nowMs()
    const result = work()
    samples.push(nowMs() - started)
    options.check?.(result)
  }
  return {
    medianMs: median(samples),
    minMs: Math.min(...samples),
    maxMs: Math.max(...samples),
    runs: options.runs,
    warmups: options.warmups
  }
}

/** Totals of one counter snapshot. */
export interface ApiUse {
  reads: number
  writes: number
  calls: number
  total: number
  /** Reads per `TYPE.property`, largest first (for the breakdown). */
  readsByProperty: Record<string, number>
  calls_: Record<string, number>
}

function sumOf(record: Record<string, number>): number {
  let total = 0
  for (const value of Object.values(record)) total += value
  return total
}

export function apiUse(snapshot: ApiCountSnapshot): ApiUse {
  const sorted = Object.entries(snapshot.readsByProperty).sort((a, b) => b[1] - a[1])
  return {
    reads: sumOf(snapshot.reads),
    writes: sumOf(snapshot.writes),
    calls: sumOf(snapshot.calls),
    total: snapshot.total,
    readsByProperty: Object.fromEntries(sorted),
    calls_: snapshot.calls
  }
}

/** Counts the API use of one run of `work` on `fake` (the counter is reset first). */
export function countOnce<T>(fake: FigJamFake, work: () => T): { result: T; use: ApiUse } {
  fake.counter.reset()
  const result = work()
  const use = apiUse(fake.counter.snapshot())
  fake.counter.reset()
  return { result, use }
}

/** Async variant of `countOnce`. */
export async function countOnceAsync<T>(fake: FigJamFake, work: () => Promise<T>): Promise<{ result: T; use: ApiUse }> {
  fake.counter.reset()
  const result = await work()
  const use = apiUse(fake.counter.snapshot())
  fake.counter.reset()
  return { result, use }
}

/**
 * Font-loading rounds: wraps `figma.loadFontAsync` so that calls issued while an earlier call of the same round
 * is still loading count as one round; a call after the round's first load settled opens a new round.
 */
export function watchFontRounds(api: PluginAPI): { rounds: () => number; calls: () => number; restore: () => void } {
  const original = api.loadFontAsync.bind(api)
  let rounds = 0
  let calls = 0
  let open = false
  const wrapped = (font: FontName): Promise<void> => {
    calls++
    if (!open) {
      rounds++
      open = true
    }
    const promise = original(font)
    const close = (): void => {
      open = false
    }
    promise.then(close, close)
    return promise
  }
  Object.defineProperty(api, 'loadFontAsync', { value: wrapped, configurable: true, writable: true })
  return {
    rounds: () => rounds,
    calls: () => calls,
    restore: () => {
      Reflect.deleteProperty(api, 'loadFontAsync')
    }
  }
}

let collect: (() => void) | null = null

/**
 * Makes `heapMb` collect garbage first. `npm run bench` runs without --expose-gc, so the flag is set at run time
 * and the `gc` function taken from a fresh context (a documented V8 flag, no native code).
 */
export function enableGc(): boolean {
  v8.setFlagsFromString('--expose-gc')
  const gc: unknown = vm.runInNewContext('gc')
  collect = typeof gc === 'function' ? (gc as () => void) : null
  return collect !== null
}

/** Heap in use now, MB, after a full garbage collection when `enableGc` succeeded. */
export function heapMb(): number {
  collect?.()
  return process.memoryUsage().heapUsed / (1024 * 1024)
}

// -- formatting ------------------------------------------------------------------------------------------

export function ms(value: number): string {
  if (value < 0.1) return `${(value * 1000).toFixed(1)} µs`
  if (value >= 100) return `${value.toFixed(0)} ms`
  if (value >= 10) return `${value.toFixed(1)} ms`
  return `${value.toFixed(2)} ms`
}

export function fixed(value: number, digits = 2): string {
  return Number.isFinite(value) ? value.toFixed(digits) : String(value)
}

export function ratio(value: number): string {
  return Number.isFinite(value) ? `${value >= 100 ? value.toFixed(0) : value.toFixed(1)}x` : 'n/a'
}

export function pct(value: number, digits = 1): string {
  return `${(value * 100).toFixed(digits)} %`
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`
}

/** A goal and whether a figure meets it, printed beside the figure. */
export interface TargetMark {
  target: string
  pass: boolean | null
}

export function mark(pass: boolean | null): string {
  return pass === null ? '  -  ' : pass ? 'PASS' : 'MISS'
}

/** A plain text table: header row, rule, rows; columns padded to the widest cell. */
export function table(header: string[], rows: string[][], rightAligned: ReadonlySet<number> = new Set()): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? '').length)))
  const line = (cells: string[]): string =>
    cells
      .map((cell, i) => (rightAligned.has(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd()
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}
