import type { Locale } from '../../vocabulary'

/** A family of words that keeps a term of its own, apart from the unrelated words its stem collides with. */
export interface StemGuard {
  /** Forms of one word; they share one term (the first form followed by "="). */
  family: string[]
  /** Unrelated words with the same Snowball stem, which keep the stem. */
  apart: string[]
}

/**
 * Words whose Snowball stem collides with an unrelated word's: "integrity" and "integration" both stem to
 * "integr", "customer" to "custom", and in Swedish and Danish "billig" (cheap) to "bil" (car). Each family keeps
 * a term of its own, so it only meets its own forms. The test checks that every family really collides with its
 * `apart` words under the stemmer (so the guard is needed) and that the guard separates them.
 */
export const STEM_GUARDS: Record<Locale, StemGuard[]> = {
  en: [
    { family: ['integrity'], apart: ['integration', 'integrate', 'integrated'] },
    { family: ['authority', 'authorities'], apart: ['author', 'authors'] },
    { family: ['university', 'universities'], apart: ['universe', 'universal'] },
    { family: ['organic'], apart: ['organization', 'organize', 'organized'] },
    { family: ['experiment', 'experiments'], apart: ['experience', 'experiences'] },
    { family: ['rational'], apart: ['ration', 'rations'] },
    { family: ['emergency', 'emergencies'], apart: ['emerge', 'emerging'] },
    { family: ['relative', 'relatives'], apart: ['relation', 'relate', 'related'] },
    { family: ['customer', 'customers'], apart: ['custom', 'customs'] },
    { family: ['designate'], apart: ['design', 'designs'] },
    { family: ['accountable', 'accountability'], apart: ['account', 'accounts'] },
    { family: ['operator', 'operators'], apart: ['operation', 'operate'] },
    // "closed" (shut, not open) is not "close" (near, or to finish: "close the books", "close a deal").
    { family: ['closed'], apart: ['close', 'closes', 'closing'] }
  ],
  sv: [
    {
      family: ['billig', 'billigt', 'billiga', 'billigare', 'billigast', 'billigaste'],
      apart: ['bil', 'bilen', 'bilar']
    },
    { family: ['väga', 'väger'], apart: ['väg', 'vägen'] },
    { family: ['banka', 'bankar'], apart: ['bank', 'banken'] },
    { family: ['rätta', 'rättar'], apart: ['rätt'] }
  ],
  da: [
    {
      family: ['billig', 'billigt', 'billige', 'billigere', 'billigst', 'billigste'],
      apart: ['bil', 'bilen', 'biler']
    },
    { family: ['korte'], apart: ['kort'] },
    { family: ['banke'], apart: ['bank', 'banken'] }
  ]
}

const cache: Partial<Record<Locale, Map<string, string>>> = {}

/** The guarded words of `locale` (and English, which teams mix in), each mapped to its family's own term. */
export function guardedTerms(locale: Locale): Map<string, string> {
  const cached = cache[locale]
  if (cached !== undefined) return cached
  const map = new Map<string, string>()
  for (const guards of [STEM_GUARDS[locale], STEM_GUARDS.en]) {
    for (const guard of guards) {
      const term = `${guard.family[0] ?? ''}=`
      for (const word of guard.family) if (!map.has(word)) map.set(word, term)
    }
  }
  cache[locale] = map
  return map
}
