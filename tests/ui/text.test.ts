import { describe, expect, it } from 'vitest'
import { LOCALES } from '../../src/core/types'
import { catalogs, tKey as fullTKey } from '../i18n/all-parts'
import { panelCatalog } from '../../ui/catalog/panel'
import { placeholdersOf } from '../../contract/i18n/format'
import { t, tKey } from '../../ui/text'

describe('the panel’s text', () => {
  it('reads every key exactly as the full i18n index does', () => {
    for (const locale of LOCALES) {
      for (const key of Object.keys(catalogs.en)) {
        if (!/^(panel|zone|side|checklist)\./.test(key)) continue
        expect(tKey(locale, key, { count: 2 }), `${locale} ${key}`).toBe(fullTKey(locale, key, { count: 2 }))
      }
    }
  })

  it('has every panel key, non-empty, with the same placeholders, in en, sv and da', () => {
    const keys = Object.keys(panelCatalog.en)
    for (const locale of LOCALES) {
      const part = panelCatalog[locale] as Record<string, string>
      expect(Object.keys(part).sort()).toEqual([...keys].sort())
      for (const key of keys) {
        expect(part[key]?.trim(), `${locale} ${key}`).not.toBe('')
        expect(placeholdersOf(part[key] ?? ''), `${locale} ${key}`).toEqual(
          placeholdersOf(panelCatalog.en[key as keyof typeof panelCatalog.en])
        )
      }
    }
  })

  it('fills placeholders and falls back to the key for unknown run-time keys', () => {
    expect(t('sv', 'panel.updated.minutes', { count: 5 })).toBe('Uppdaterad 5 min sedan')
    expect(tKey('da', 'zone.pains')).toBe('Smerter')
    expect(tKey('en', 'checklist.item.does-not-exist')).toBe('checklist.item.does-not-exist')
  })
})
