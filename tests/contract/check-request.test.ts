import { describe, expect, it } from 'vitest'
import { checkRequest } from '../../contract/transport'

const ok = (raw: unknown) => {
  const result = checkRequest(raw)
  if (!result.ok) throw new Error(result.error)
  return result.message
}

describe('validating messages from the panel', () => {
  it.each([
    [['UI_READY', { requestId: 'r1', browserLocale: null }]],
    [['UI_READY', { requestId: 'r1', browserLocale: 'sv' }]],
    [['CHECK_FIT', { requestId: 'r2', canvasId: null }]],
    [['CHECK_FIT', { requestId: 'r2', canvasId: '12:34' }]],
    [
      ['INSERT_VPC', { requestId: 'r3', segment: 'Busy professionals', product: 'Fitness app', locale: 'da' }]
    ],
    [['SET_CHECK', { requestId: 'r4', canvasId: '1:2', itemKey: 'vm.focus', checked: true }]],
    [['EXPORT', { requestId: 'r5', canvasId: '1:2', format: 'csv' }]],
    [['CLOSE_PANEL', { requestId: 'r6' }]]
  ])('accepts %j', (raw) => {
    expect(ok(raw)).toEqual(raw)
  })

  it.each([
    ['not an array', 'CHECK_FIT', /\[name, payload\]/, null],
    ['an object envelope', { type: 'CHECK_FIT' }, /\[name, payload\]/, null],
    ['three elements', ['CHECK_FIT', {}, {}], /\[name, payload\]/, null],
    [
      'an unknown name',
      ['DELETE_EVERYTHING', { requestId: 'x1' }],
      /Unknown message: DELETE_EVERYTHING/,
      'x1'
    ],
    ['a number as name', [42, { requestId: 'x2' }], /Unknown message: number/, 'x2'],
    ['a missing payload object', ['CHECK_FIT', null], /payload must be an object/, null],
    ['no request id', ['CHECK_FIT', { canvasId: null }], /requestId is missing/, null],
    [
      'a missing field',
      ['INSERT_VPC', { requestId: 'x3', segment: 'a', locale: 'en' }],
      /product is missing/,
      'x3'
    ],
    [
      'a wrong type',
      ['SET_CHECK', { requestId: 'x4', canvasId: '1:2', itemKey: 'vm.focus', checked: 'yes' }],
      /checked must be true or false/,
      'x4'
    ],
    [
      'an unknown locale',
      ['SET_LOCALE', { requestId: 'x5', locale: 'de' }],
      /locale must be en, sv or da/,
      'x5'
    ],
    [
      'a bad node id',
      ['FOCUS_NODE', { requestId: 'x6', nodeId: '<script>' }],
      /nodeId must be a node id/,
      'x6'
    ],
    [
      'an extra field',
      ['CHECK_FIT', { requestId: 'x7', canvasId: null, force: true }],
      /unexpected field force/,
      'x7'
    ],
    [
      'an over-long text',
      ['INSERT_VPC', { requestId: 'x8', segment: 'x'.repeat(2001), product: '', locale: 'en' }],
      /at most 2000/,
      'x8'
    ],
    [
      'an unknown export format',
      ['EXPORT', { requestId: 'x9', canvasId: '1:2', format: 'pdf' }],
      /markdown, csv or json/,
      'x9'
    ]
  ])('refuses %s with a clear reason', (_label, raw, reason, requestId) => {
    const result = checkRequest(raw)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error).toMatch(reason)
      expect(result.requestId).toBe(requestId)
    }
  })
})
