/** Input checks shared by node setters, with Figma-style messages. */
import { apiError } from '../errors'

const PAINT_TYPES = new Set([
  'SOLID',
  'GRADIENT_LINEAR',
  'GRADIENT_RADIAL',
  'GRADIENT_ANGULAR',
  'GRADIENT_DIAMOND',
  'IMAGE',
  'VIDEO',
  'PATTERN'
])

/** Throws unless `value` is a finite number. */
export function checkNumber(value: unknown, member: string, name: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw apiError(
      member,
      `Property "${name}" failed validation: Expected a finite number, received ${String(value)}`
    )
  }
}

/** Throws unless `value` is one of `allowed`. */
export function checkEnum<T extends string>(
  value: unknown,
  allowed: readonly T[],
  member: string,
  name: string
): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw apiError(
      member,
      `Property "${name}" failed validation: Invalid enum value. Expected ${allowed.map((a) => `'${a}'`).join(' | ')}, received '${String(value)}'`
    )
  }
  return value as T
}

/** A validated, deeply frozen copy of a paint list (Figma hands back frozen paints). */
export function freezePaints(value: unknown, member: string): readonly Paint[] {
  if (typeof value === 'symbol') throw apiError(member, 'Cannot set paints to figma.mixed')
  if (!Array.isArray(value)) throw apiError(member, 'Expected an array of paints')
  return Object.freeze(value.map((paint: unknown, i) => freezePaint(paint, member, i)))
}

function freezePaint(paint: unknown, member: string, index: number): Paint {
  if (typeof paint !== 'object' || paint === null) throw apiError(member, `Paint ${index} is not an object`)
  const candidate = paint as { type?: unknown; color?: unknown; opacity?: unknown }
  if (typeof candidate.type !== 'string' || !PAINT_TYPES.has(candidate.type)) {
    throw apiError(member, `Paint ${index} has an unknown type ${String(candidate.type)}`)
  }
  if (candidate.opacity !== undefined && !unit(candidate.opacity)) {
    throw apiError(member, `Paint ${index}: opacity must be between 0 and 1`)
  }
  if (candidate.type === 'SOLID') {
    const color = candidate.color as { r?: unknown; g?: unknown; b?: unknown } | undefined
    if (color === undefined || !unit(color.r) || !unit(color.g) || !unit(color.b)) {
      throw apiError(
        member,
        `Paint ${index}: a SOLID paint needs color { r, g, b } with channels between 0 and 1`
      )
    }
  }
  return deepFreeze(JSON.parse(JSON.stringify(paint)) as Paint)
}

function unit(value: unknown): boolean {
  return typeof value === 'number' && value >= 0 && value <= 1
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner)
    Object.freeze(value)
  }
  return value
}
