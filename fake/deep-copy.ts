/**
 * A structured-clone-like deep copy for values crossing the plugin boundary (UI messages, client storage).
 * Hand-written because `structuredClone` is missing in some sandboxes and browsers this fake runs in,
 * and because the copy must refuse what Figma refuses (functions, symbols, class instances).
 */

/** Deep-copies plain data: primitives, arrays, plain objects, Date and Uint8Array. Throws on anything else. */
export function deepCopy<T>(value: T): T {
  return copyValue(value, new Map()) as T
}

function copyValue(value: unknown, seen: Map<object, unknown>): unknown {
  if (value === null || value === undefined) return value
  const kind = typeof value
  if (kind === 'string' || kind === 'number' || kind === 'boolean' || kind === 'bigint') return value
  if (kind === 'function' || kind === 'symbol') throw cloneError(kind)
  const object = value
  const already = seen.get(object)
  if (already !== undefined) return already
  if (object instanceof Date) return new Date(object.getTime())
  if (object instanceof Uint8Array) return new Uint8Array(object)
  if (Array.isArray(object)) {
    const out: unknown[] = []
    seen.set(object, out)
    for (const item of object) out.push(copyValue(item, seen))
    return out
  }
  const proto: unknown = Object.getPrototypeOf(object)
  if (proto !== Object.prototype && proto !== null) throw cloneError(object.constructor.name || 'object')
  const out: Record<string, unknown> = {}
  seen.set(object, out)
  for (const [key, item] of Object.entries(object)) out[key] = copyValue(item, seen)
  return out
}

function cloneError(what: string): Error {
  return new Error(`Cannot send a ${what} across the plugin boundary: only plain data can be copied`)
}
