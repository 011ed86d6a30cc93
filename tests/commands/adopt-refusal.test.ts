import { describe, expect, it } from 'vitest'
import { NOTIFY_MAX } from '../../contract/limits'
import { refusalMessage } from '../../src/commands/adopt-canvas-async'
import { CUSTOMER_ZONES, VALUE_ZONES, ZONE_KEYS } from '../../src/core/types'
import type { AdoptRefusal } from '../../src/core/drawn/types'
import type { ZoneKey } from '../../src/core/types'
import { zoneLabel } from '../../src/i18n'

/** Every non-empty subset of a side's zones. */
function subsets(zones: readonly ZoneKey[]): ZoneKey[][] {
  const out: ZoneKey[][] = []
  for (let mask = 1; mask < 1 << zones.length; mask++)
    out.push(zones.filter((_, i) => (mask & (1 << i)) !== 0))
  return out
}

// A drawing with a label on each side but some zones missing: every split the recogniser can refuse this way.
const splits = subsets(CUSTOMER_ZONES)
  .flatMap((customer) => subsets(VALUE_ZONES).map((value) => [...customer, ...value]))
  .filter((found) => found.length < ZONE_KEYS.length)

describe('the refusal for a drawing with zones missing', () => {
  for (const locale of ['en', 'sv', 'da'] as const) {
    it(`fits a notification and names the missing zones when one is missing, in ${locale} (${splits.length} splits)`, () => {
      for (const found of splits) {
        const missing = ZONE_KEYS.filter((zone) => !found.includes(zone))
        const refusal: AdoptRefusal = { key: 'adopt.missingZones', found, missing, side: null }
        const message = refusalMessage(locale, refusal)
        expect(message.length, message).toBeLessThanOrEqual(NOTIFY_MAX)
        if (missing.length === 1)
          for (const zone of missing) expect(message, message).toContain(zoneLabel(locale, zone))
      }
    })
  }
})

describe('the refusal for a zone labelled twice', () => {
  for (const locale of ['en', 'sv', 'da'] as const) {
    it(`names a zone labelled twice and fits a notification, in ${locale}`, () => {
      for (const zone of ZONE_KEYS) {
        const refusal: AdoptRefusal = {
          key: 'adopt.twice',
          found: [...ZONE_KEYS],
          missing: [],
          side: null,
          twice: [zone]
        }
        const message = refusalMessage(locale, refusal)
        expect(message.length, message).toBeLessThanOrEqual(NOTIFY_MAX)
        expect(message, message).toContain(zoneLabel(locale, zone))
      }
    })

    it(`counts several zones labelled twice when their names do not fit, in ${locale}`, () => {
      const refusal: AdoptRefusal = {
        key: 'adopt.twice',
        found: [...ZONE_KEYS],
        missing: [],
        side: null,
        twice: [...ZONE_KEYS]
      }
      const message = refusalMessage(locale, refusal)
      expect(message.length, message).toBeLessThanOrEqual(NOTIFY_MAX)
      expect(message).toContain('6')
    })
  }
})

describe('the refusal for labels written inside the other side’s shape', () => {
  for (const locale of ['en', 'sv', 'da'] as const) {
    it(`names one label and counts several, within a notification, in ${locale}`, () => {
      for (const [side, zones] of [
        ['valueMap', CUSTOMER_ZONES],
        ['customerProfile', VALUE_ZONES]
      ] as const) {
        for (const misplaced of subsets(zones)) {
          const refusal: AdoptRefusal = { key: 'adopt.wrongSide', found: [...ZONE_KEYS], missing: [], side, misplaced }
          const message = refusalMessage(locale, refusal)
          expect(message.length, message).toBeLessThanOrEqual(NOTIFY_MAX)
          if (misplaced.length === 1)
            for (const zone of misplaced) expect(message, message).toContain(zoneLabel(locale, zone))
          else expect(message, message).toContain(String(misplaced.length))
        }
      }
    })
  }
})
