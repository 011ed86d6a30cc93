/**
 * Malformed UI messages, sent through the open panel's real entry point (`figma.ui.onmessage` via the fake's UI
 * bridge): each gets exactly one DONE answer with a clear error, and the board does not change.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { IMPORT_MAX_CHARS } from '../../../contract/limits'
import { formatCount } from '../../../contract/i18n/format'
import { t } from '../../../src/i18n'
import { useFake } from '../harness'
import { documentState, lostContent, userContent } from './board'
import { smallCanvas } from './canvas'
import { PanelDriver } from './panel'

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
})

afterEach(() => {
  vi.useRealTimers()
})

const HUGE = 'x'.repeat(IMPORT_MAX_CHARS + 1)

/** Raw messages as a broken or hostile UI could post them, with the words the error must contain. */
const MALFORMED: Array<[string, unknown, RegExp, string | null]> = [
  ['not an array', { type: 'CHECK_FIT', requestId: 'a1' }, /\[name, payload\]/, null],
  ['null', null, /\[name, payload\]/, null],
  ['a string', 'CHECK_FIT', /\[name, payload\]/, null],
  ['an empty array', [], /\[name, payload\]/, null],
  ['three elements', ['CHECK_FIT', { requestId: 'a2', canvasId: null }, 'extra'], /\[name, payload\]/, null],
  ['an unknown type', ['DELETE_EVERYTHING', { requestId: 'a3' }], /Unknown message: DELETE_EVERYTHING/, 'a3'],
  ['a type that is not text', [42, { requestId: 'a4' }], /Unknown message: number/, 'a4'],
  ['a prototype name as type', ['constructor', { requestId: 'a5' }], /Unknown message: constructor/, 'a5'],
  ['a payload that is not an object', ['CHECK_FIT', 'a6'], /payload must be an object/, null],
  ['a payload that is a list', ['CHECK_FIT', ['a7']], /payload must be an object/, null],
  ['a missing requestId', ['CHECK_FIT', { canvasId: null }], /requestId is missing/, null],
  [
    'a huge requestId',
    ['CHECK_FIT', { requestId: 'r'.repeat(100_000), canvasId: null }],
    /requestId is missing/,
    null
  ],
  [
    'a missing field',
    ['INSERT_VPC', { requestId: 'a8', segment: 'A', locale: 'en' }],
    /product is missing/,
    'a8'
  ],
  [
    'a field of the wrong type',
    ['SET_CHECK', { requestId: 'a9', canvasId: '1:2', itemKey: 'vm.focus', checked: 'yes' }],
    /checked must be true or false/,
    'a9'
  ],
  ['a number as node id', ['FOCUS_NODE', { requestId: 'b1', nodeId: 12 }], /nodeId must be a node id/, 'b1'],
  [
    'a node id with markup',
    ['FOCUS_NODE', { requestId: 'b2', nodeId: '<img src=x onerror=alert(1)>' }],
    /nodeId must be a node id/,
    'b2'
  ],
  [
    'an unknown locale',
    ['INSERT_BMC', { requestId: 'b3', locale: 'fr' }],
    /locale must be en, sv or da/,
    'b3'
  ],
  [
    'an unknown export format',
    ['EXPORT', { requestId: 'b4', canvasId: '1:2', format: 'pdf' }],
    /format must be markdown, csv or json/,
    'b4'
  ],
  [
    'an extra field',
    ['CHECK_FIT', { requestId: 'b5', canvasId: null, __proto__x: 1 }],
    /unexpected field __proto__x/,
    'b5'
  ],
  [
    'a huge segment name',
    ['INSERT_VPC', { requestId: 'b6', segment: 'S'.repeat(2001), product: '', locale: 'en' }],
    /segment must be at most 2000 characters/,
    'b6'
  ],
  [
    'an import that is not text',
    ['IMPORT_REPORT', { requestId: 'b7', json: 42 }],
    /json must be text/,
    'b7'
  ],
  [
    'a checklist key of the wrong shape',
    ['SET_CHECK', { requestId: 'b8', canvasId: '1:2', itemKey: '../../etc', checked: true }],
    /itemKey must be a checklist item key/,
    'b8'
  ],
  [
    'a null canvas where one is required',
    ['REPAIR_CANVAS', { requestId: 'b9', canvasId: null }],
    /canvasId must be a node id/,
    'b9'
  ]
]

describe('malformed UI messages', () => {
  it.each(MALFORMED)(
    'malformed UI message (%s): one clear DONE error, nothing changed',
    async (_class, raw, detail, requestId) => {
      const fake = useFake()
      await smallCanvas(fake)
      const panel = await PanelDriver.openAsync(fake)
      const content = userContent(fake)
      const document = documentState(fake)
      const steps = fake.undo.steps
      const answers = await panel.sendRawAsync(raw)
      expect(answers).toHaveLength(1)
      const [answer] = answers
      expect(answer).toMatchObject({ requestId, ok: false })
      expect(answer!.message).toMatch(detail)
      expect(answer!.message).toContain(t('en', 'notify.badMessage', { detail: '' }).split('(')[0]!.trim())
      expect(answer!.message.length).toBeLessThan(300)
      expect(documentState(fake)).toBe(document)
      expect(lostContent(content, userContent(fake))).toEqual([])
      expect(fake.undo.steps).toBe(steps)
      // The panel keeps working after it.
      const next = await panel.requestAsync('CHECK_FIT', { canvasId: null })
      expect(next.ok).toBe(true)
    }
  )

  it('a burst of requests, some broken: one answer each, in order, and the good ones all done', async () => {
    const fake = useFake()
    await smallCanvas(fake)
    const panel = await PanelDriver.openAsync(fake)
    const burst: unknown[] = [
      ['CHECK_FIT', { requestId: 'c1', canvasId: null }],
      ['NOPE', { requestId: 'c2' }],
      ['INSERT_VPC', { requestId: 'c3', segment: 'B', product: 'C', locale: 'sv' }],
      ['CHECK_FIT', { requestId: 'c4', canvasId: 5 }],
      ['CHECK_FIT', { requestId: 'c5', canvasId: null }]
    ]
    for (const raw of burst) fake.session.sendFromUi(raw)
    await panel.sendRawAsync(['UI_READY', { requestId: 'c6', browserLocale: null }])
    expect(panel.answers.map((a) => [a.requestId, a.ok])).toEqual([
      ['c1', true],
      ['c2', false],
      ['c3', true],
      ['c4', false],
      ['c5', true],
      ['c6', true]
    ])
    expect(panel.state?.canvases).toHaveLength(2)
  })

  // The real panel refuses such a file before sending it (ui/components/import-box.tsx); a hand-made message gets the
  // import's own sentence in the user's language, never the request's name or the contract's words.
  it.each(['en', 'sv', 'da'] as const)(
    'a hand-made import over the limit (%s): the import sentence from the catalog, nothing changed',
    async (locale) => {
      const fake = useFake()
      await smallCanvas(fake)
      const panel = await PanelDriver.openAsync(fake)
      expect((await panel.requestAsync('SET_LOCALE', { locale })).ok).toBe(true)
      const content = userContent(fake)
      const document = documentState(fake)
      const steps = fake.undo.steps
      const [answer] = await panel.sendRawAsync(['IMPORT_REPORT', { requestId: 'big', json: HUGE }])
      const error = t(locale, 'import.tooLarge', {
        length: formatCount(locale, HUGE.length),
        max: formatCount(locale, IMPORT_MAX_CHARS)
      })
      expect(answer).toMatchObject({ requestId: 'big', ok: false })
      expect(answer!.message).toBe(t(locale, 'notify.importFailed', { error }))
      expect(answer!.message).not.toMatch(/IMPORT_REPORT|json|must be/)
      expect(documentState(fake)).toBe(document)
      expect(lostContent(content, userContent(fake))).toEqual([])
      expect(fake.undo.steps).toBe(steps)
    }
  )

  it('a request naming a node that is not a canvas: a clear answer, nothing written on that node', async () => {
    const fake = useFake()
    const canvas = await smallCanvas(fake)
    const panel = await PanelDriver.openAsync(fake)
    const sticky = canvas.sticky['Rain']!
    const before = documentState(fake)
    for (const [name, fields] of [
      ['CHECK_FIT', { canvasId: sticky }],
      ['REPAIR_CANVAS', { canvasId: sticky }],
      ['SET_CHECK', { canvasId: sticky, itemKey: 'vm.focus', checked: true }],
      ['REJECT_SUGGESTION', { canvasId: sticky, fromId: sticky, toId: sticky }],
      ['EXPORT', { canvasId: sticky, format: 'json' }],
      ['SELECT_CANVAS', { canvasId: sticky }],
      ['BMC_SUMMARY', { canvasId: sticky }]
    ] as const) {
      const answer = await panel.requestAsync(name, fields)
      expect(answer, name).toMatchObject({ ok: false })
      expect(answer.message, name).not.toBe('')
    }
    expect(documentState(fake)).toBe(before)
  })
})
