/**
 * Results cached by the identity of their arguments, for the live refresh: the incremental analysis hands over
 * the same list objects for every zone an edit did not touch, so their parts are not computed again. Only for
 * values nobody modifies after they are made (report lists are plain data, built once).
 */
export function memoByIdentity<A extends object, R>(fn: (a: A) => R): (a: A) => R {
  const cache = new WeakMap<A, R>()
  return (a) => {
    if (cache.has(a)) return cache.get(a) as R
    const result = fn(a)
    cache.set(a, result)
    return result
  }
}

/** Like `memoByIdentity`, for two arguments. */
export function memoByIdentity2<A extends object, B extends object, R>(fn: (a: A, b: B) => R): (a: A, b: B) => R {
  const cache = new WeakMap<A, WeakMap<B, R>>()
  return (a, b) => {
    let inner = cache.get(a)
    if (!inner) {
      inner = new WeakMap()
      cache.set(a, inner)
    }
    if (inner.has(b)) return inner.get(b) as R
    const result = fn(a, b)
    inner.set(b, result)
    return result
  }
}
