import type { Locale } from '../../vocabulary'
import { stemDanish } from './stem-danish'
import { stemEnglish } from './stem-english'
import { stemSwedish } from './stem-swedish'

const STEMMERS: Record<Locale, (word: string) => string> = {
  en: stemEnglish,
  sv: stemSwedish,
  da: stemDanish
}

/**
 * The Snowball stem of one lower-case word in `locale`.
 *
 * The three stemmers are small re-implementations of the published Snowball algorithms, checked word for word
 * against the `snowball-stemmers` package in the tests. That package ships all 24 languages in one 330 kB
 * (minified) file that cannot be tree-shaken; the three we need cost a few kB.
 */
export function stemWord(word: string, locale: Locale): string {
  return STEMMERS[locale](word)
}
