import { longestSuffixFrom, precededBy, scandinavianR1, suffixSet } from './regions'

const VOWELS = 'aeiouyæåø'
const S_ENDING = 'abcdfghjklmnoprtvyzå'
const MAIN_SUFFIXES = suffixSet([
  'hed',
  'ethed',
  'ered',
  'e',
  'erede',
  'ende',
  'erende',
  'ene',
  'erne',
  'ere',
  'en',
  'heden',
  'eren',
  'er',
  'heder',
  'erer',
  's',
  'heds',
  'es',
  'endes',
  'erendes',
  'enes',
  'ernes',
  'eres',
  'ens',
  'hedens',
  'erens',
  'ers',
  'ets',
  'erets',
  'et',
  'eret'
])
const CONSONANT_PAIRS = suffixSet(['gd', 'dt', 'gt', 'kt'])
const OTHER_SUFFIXES = suffixSet(['ig', 'lig', 'elig', 'els', 'løst'])

function dropConsonantPair(word: string, p1: number): string {
  return longestSuffixFrom(word, CONSONANT_PAIRS, p1) !== null ? word.slice(0, -1) : word
}

/**
 * The Snowball Danish stemmer (the algorithm published at snowballstem.org, the version that the
 * `snowball-stemmers` package implements). Takes one lower-case word.
 */
export function stemDanish(input: string): string {
  let word = input
  const p1 = scandinavianR1(word, VOWELS)

  const main = longestSuffixFrom(word, MAIN_SUFFIXES, p1)
  if (main === 's') {
    if (precededBy(word, 1, S_ENDING)) word = word.slice(0, -1)
  } else if (main !== null) {
    word = word.slice(0, word.length - main.length)
  }

  word = dropConsonantPair(word, p1)

  if (word.length >= 4 && word.slice(-4) === 'igst') word = word.slice(0, -2)
  const other = longestSuffixFrom(word, OTHER_SUFFIXES, p1)
  if (other === 'løst') {
    word = word.slice(0, -1)
  } else if (other !== null) {
    word = dropConsonantPair(word.slice(0, word.length - other.length), p1)
  }

  // Undouble: a final consonant in R1 that repeats the letter before it.
  const last = word.charAt(word.length - 1)
  if (
    word.length - 1 >= p1 &&
    word.length >= 2 &&
    VOWELS.indexOf(last) < 0 &&
    word.charAt(word.length - 2) === last
  ) {
    word = word.slice(0, -1)
  }
  return word
}
