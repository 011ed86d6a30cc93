import { describe, expect, it } from 'vitest'
import { parseJsonObject } from '../../src/core/stored-json'

describe('parseJsonObject: an object, or null for anything else, never a throw', () => {
  it.each<[string, string, Record<string, unknown> | null]>([
    ['an object', '{"a":1,"b":[2]}', { a: 1, b: [2] }],
    ['empty text', '', null],
    ['not JSON', '{"a":', null],
    ['a list', '[1,2]', null],
    ['null', 'null', null],
    ['a number', '42', null],
    ['text', '"hello"', null],
    ['longer than the limit', `{"a":"${'x'.repeat(20)}"}`, null]
  ])('%s', (_case, raw, expected) => {
    expect(parseJsonObject(raw, 20)).toEqual(expected)
  })
})
