/**
 * Hostile names in notifications: FigJam shows about 100 characters, so a long segment name or sticky text is cut,
 * and the sentence around it must still show whole (its end says what happened: which blocks were written).
 */
import { describe, expect, it } from 'vitest'
import { bmcSummaryAsync } from '../../src/commands/bmc-summary-async'
import { createTestCardAsync } from '../../src/commands/create-test-card-async'
import { insertVpcAsync } from '../../src/commands/insert-vpc-async'
import { saveVersionAsync } from '../../src/commands/save-version-async'
import { setEvidenceAsync } from '../../src/commands/set-evidence-async'
import { NOTIFY_MAX } from '../../contract/limits'
import { LOCALES } from '../../src/core/types'
import type { Locale } from '../../src/core/types'
import { t, tKey } from '../../src/i18n'
import { useFake } from '../adapter/harness'
import { canvasWith, smallCanvas } from '../adapter/reliability/canvas'
import { commandAsync, expectDone, expectRefused } from '../adapter/reliability/observe'

/** What a sentence of `key` says after its `{segment}`, with the two summary blocks named. */
function tailOf(locale: Locale, key: 'bmcNotify.insertedWritten' | 'bmcNotify.written' | 'bmcNotify.updated'): string {
  const blocks = `${tKey(locale, 'bmc.block.valuePropositions')} ${t(locale, 'bmcNotify.and')} ${tKey(locale, 'bmc.block.customerSegments')}`
  const marked = t(locale, key, { segment: '\u0001', blocks })
  return marked.slice(marked.indexOf('\u0001') + 1)
}

/** A cut name keeps each family emoji whole: no woman, girl or joiner of a family cut in half is left. */
function expectWholeEmoji(message: string) {
  expect(message.split('👩‍👩‍👧‍👦').join('')).not.toMatch(/\u200d|👩|👧|👦/u)
}

const LONG_NAMES = [
  'Busy professionals in Greater Stockholm',
  '👩‍👩‍👧‍👦'.repeat(12),
  'S'.repeat(500),
  'Pendlare som cyklar till jobbet varje dag i regn'
]

describe('hostile names: a long segment name is cut so the whole BMC summary sentence shows', () => {
  for (const locale of LOCALES) {
    for (const segment of LONG_NAMES) {
      it(`${locale}: "${segment.slice(0, 20)}…": inserted, written, then updated`, async () => {
        const fake = useFake()
        const canvas = await smallCanvas(fake, { segment, locale })
        const inserted = await commandAsync(
          fake,
          () => bmcSummaryAsync({ canvasId: canvas.id, locale, insertBmc: locale }),
          locale
        )
        expectDone(inserted)
        expect(Array.from(inserted.answer.message).length).toBeLessThanOrEqual(NOTIFY_MAX)
        expect(inserted.answer.message.endsWith(tailOf(locale, 'bmcNotify.insertedWritten'))).toBe(true)
        const updated = await commandAsync(fake, () => bmcSummaryAsync({ canvasId: canvas.id, locale }), locale)
        expectDone(updated)
        expect(updated.answer.message.endsWith(tailOf(locale, 'bmcNotify.updated'))).toBe(true)
        // The name is still there, cut at its start: never dropped.
        expect(updated.answer.message).toContain(Array.from(segment).slice(0, 6).join(''))
        for (const message of [inserted.answer.message, updated.answer.message]) expectWholeEmoji(message)
      })
    }
  }
})

/** Sticky texts that make the longest quotes: wide letters, emoji (two UTF-16 units each), a family emoji. */
const LONG_ITEMS = ['W'.repeat(300), '🚲'.repeat(40), '👩‍👩‍👧‍👦 '.repeat(10), 'Väntar för länge på cykeln varje morgon i regnet']

describe('hostile names: every notification that quotes a name fits, and ends as its sentence ends', () => {
  for (const locale of LOCALES) {
    it(`${locale}: insert a canvas with a long segment and offer`, async () => {
      const fake = useFake()
      const done = await commandAsync(
        fake,
        () => insertVpcAsync({ segment: '🚲'.repeat(30), product: 'P'.repeat(300), locale }),
        locale
      )
      expectDone(done)
      expect(done.answer.message.length).toBeLessThanOrEqual(NOTIFY_MAX)
      expect(done.answer.message).toContain('🚲🚲🚲')
      expect(done.answer.message).toContain('PPP')
    })

    for (const text of LONG_ITEMS) {
      it(`${locale}: evidence, test card and "already in progress" for “${text.slice(0, 12)}…”`, async () => {
        const fake = useFake()
        const canvas = await canvasWith(fake, { pains: [text] }, { locale })
        const itemId = canvas.sticky[text] as string
        const ending = (key: string) => {
          const marked = t(locale, key as 'notify.test.drawn', { item: '\u0001', level: tKey(locale, 'evidence.level.said') })
          return marked.slice(marked.indexOf('\u0001') + 1)
        }
        const evidence = await commandAsync(
          fake,
          () => setEvidenceAsync({ canvasId: canvas.id, itemId, level: 'said', locale }),
          locale
        )
        expectDone(evidence)
        expect(evidence.answer.message.endsWith(ending('notify.evidence.set'))).toBe(true)
        const drawn = await commandAsync(fake, () => createTestCardAsync({ canvasId: canvas.id, itemId, locale }), locale)
        expectDone(drawn)
        expect(drawn.answer.message.endsWith(ending('notify.test.drawn'))).toBe(true)
        const again = await commandAsync(fake, () => createTestCardAsync({ canvasId: canvas.id, itemId, locale }), locale)
        expectRefused(again, /./)
        expect(again.answer.message.endsWith(ending('notify.test.running'))).toBe(true)
        for (const message of [evidence.answer.message, drawn.answer.message, again.answer.message])
          expectWholeEmoji(message)
      })
    }

    it(`${locale}: a version saved under a name of 30 emoji (60 characters as the name's limit counts)`, async () => {
      const fake = useFake()
      const canvas = await smallCanvas(fake, { locale })
      const saved = await commandAsync(
        fake,
        () => saveVersionAsync({ canvasId: canvas.id, name: '🚲'.repeat(30), locale }),
        locale
      )
      expectDone(saved)
      expect(saved.answer.message.length).toBeLessThanOrEqual(NOTIFY_MAX)
      expect(saved.answer.message).toMatch(/\d\u00a0?%$/)
    })
  }
})
