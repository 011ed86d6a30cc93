import { longestSuffixFrom, precededBy, scandinavianR1, suffixSet } from './regions'

const VOWELS = 'aeiouyäåö'
const S_ENDING = 'bcdfghjklmnoprtvy'
const MAIN_SUFFIXES = suffixSet([
  'a',
  'arna',
  'erna',
  'heterna',
  'orna',
  'ad',
  'e',
  'ade',
  'ande',
  'arne',
  'are',
  'aste',
  'en',
  'anden',
  'aren',
  'heten',
  'ern',
  'ar',
  'er',
  'heter',
  'or',
  's',
  'as',
  'arnas',
  'ernas',
  'ornas',
  'es',
  'ades',
  'andes',
  'ens',
  'arens',
  'hetens',
  'erns',
  'at',
  'andet',
  'het',
  'ast'
])
const CONSONANT_PAIRS = suffixSet(['dd', 'gd', 'nn', 'dt', 'gt', 'kt', 'tt'])
const OTHER_SUFFIXES = suffixSet(['ig', 'lig', 'els', 'fullt', 'löst'])

/**
 * The Snowball Swedish stemmer (the algorithm published at snowballstem.org, the version that the
 * `snowball-stemmers` package implements). Takes one lower-case word.
 */
export function stemSwedish(input: string): string {
  let word = input
  const p1 = scandinavianR1(word, VOWELS)

  const main = longestSuffixFrom(word, MAIN_SUFFIXES, p1)
  if (main === 's') {
    if (precededBy(word, 1, S_ENDING)) word = word.slice(0, -1)
  } else if (main !== null) {
    word = word.slice(0, word.length - main.length)
  }

  if (longestSuffixFrom(word, CONSONANT_PAIRS, p1) !== null) word = word.slice(0, -1)

  const other = longestSuffixFrom(word, OTHER_SUFFIXES, p1)
  if (other === 'löst') word = word.slice(0, -1)
  else if (other === 'fullt') word = word.slice(0, -1)
  else if (other !== null) word = word.slice(0, word.length - other.length)

  return word
}
