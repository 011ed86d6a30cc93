import { endsWith, longestSuffix, precededBy, regionStart, suffixSet } from './regions'

// 'Y' (a y that acts as a consonant) is deliberately not a vowel.
const VOWELS = 'aeiouy'
const NOT_SHORT_FINAL = 'aeiouywxY'
const VALID_LI = 'cdeghkmnrt'
const DOUBLES = suffixSet(['bb', 'dd', 'ff', 'gg', 'mm', 'nn', 'pp', 'rr', 'tt'])

const EXCEPTIONS: Record<string, string> = {
  skis: 'ski',
  skies: 'sky',
  dying: 'die',
  lying: 'lie',
  tying: 'tie',
  idly: 'idl',
  gently: 'gentl',
  ugly: 'ugli',
  early: 'earli',
  only: 'onli',
  singly: 'singl',
  sky: 'sky',
  news: 'news',
  howe: 'howe',
  atlas: 'atlas',
  cosmos: 'cosmos',
  bias: 'bias',
  andes: 'andes'
}
const AFTER_STEP_1A = ['inning', 'outing', 'canning', 'herring', 'earring', 'proceed', 'exceed', 'succeed']
const REGION_PREFIXES = ['gener', 'commun', 'arsen']

const STEP_1A = suffixSet(['sses', 'ied', 'ies', 's', 'us', 'ss'])
const STEP_1B = suffixSet(['eed', 'eedly', 'ed', 'edly', 'ing', 'ingly'])
const STEP_2: Record<string, string> = {
  tional: 'tion',
  enci: 'ence',
  anci: 'ance',
  abli: 'able',
  entli: 'ent',
  izer: 'ize',
  ization: 'ize',
  ational: 'ate',
  ation: 'ate',
  ator: 'ate',
  alism: 'al',
  aliti: 'al',
  alli: 'al',
  fulness: 'ful',
  ousli: 'ous',
  ousness: 'ous',
  iveness: 'ive',
  iviti: 'ive',
  biliti: 'ble',
  bli: 'ble',
  ogi: 'og',
  fulli: 'ful',
  lessli: 'less',
  li: ''
}
const STEP_3: Record<string, string> = {
  tional: 'tion',
  ational: 'ate',
  alize: 'al',
  icate: 'ic',
  iciti: 'ic',
  ical: 'ic',
  ful: '',
  ness: '',
  ative: ''
}
const STEP_4 = suffixSet([
  'al',
  'ance',
  'ence',
  'er',
  'ic',
  'able',
  'ible',
  'ant',
  'ement',
  'ment',
  'ent',
  'ism',
  'ate',
  'iti',
  'ous',
  'ive',
  'ize',
  'ion'
])

const isVowel = (c: string): boolean => c !== '' && VOWELS.indexOf(c) >= 0

/** Whether `word` (up to `end`) ends in a short syllable. */
function endsShort(word: string, end: number): boolean {
  const a = word.charAt(end - 3)
  const b = word.charAt(end - 2)
  const c = word.charAt(end - 1)
  if (end >= 3 && !isVowel(a) && isVowel(b) && c !== '' && NOT_SHORT_FINAL.indexOf(c) < 0) return true
  return end === 2 && isVowel(b) && c !== '' && !isVowel(c)
}

function hasVowel(word: string, end: number): boolean {
  for (let i = 0; i < end; i++) if (isVowel(word.charAt(i))) return true
  return false
}

const STEP_2_KEYS = suffixSet(Object.keys(STEP_2))
const STEP_3_KEYS = suffixSet(Object.keys(STEP_3))

function replaceSuffix(word: string, suffix: string, by: string): string {
  return word.slice(0, word.length - suffix.length) + by
}

/**
 * The Snowball English ("Porter2") stemmer (the algorithm published at snowballstem.org, the version that the
 * `snowball-stemmers` package implements). Takes one lower-case word without apostrophes.
 */
export function stemEnglish(input: string): string {
  if (Object.prototype.hasOwnProperty.call(EXCEPTIONS, input)) return EXCEPTIONS[input] ?? input
  if (input.length < 3) return input

  // Prelude: a y that starts the word or follows a vowel is a consonant.
  let word = ''
  let foundY = false
  for (let i = 0; i < input.length; i++) {
    const c = input.charAt(i)
    if (c === 'y' && (i === 0 || isVowel(word.charAt(i - 1)))) {
      word += 'Y'
      foundY = true
    } else {
      word += c
    }
  }

  // Regions.
  let p1 = -1
  for (const prefix of REGION_PREFIXES) if (word.slice(0, prefix.length) === prefix) p1 = prefix.length
  if (p1 < 0) p1 = regionStart(word, VOWELS, 0)
  const p2 = regionStart(word, VOWELS, p1)

  // Step 1a.
  const s1a = longestSuffix(word, STEP_1A)
  if (s1a === 'sses') word = replaceSuffix(word, s1a, 'ss')
  else if (s1a === 'ied' || s1a === 'ies') word = replaceSuffix(word, s1a, word.length > 4 ? 'i' : 'ie')
  else if (s1a === 's' && hasVowel(word, word.length - 2)) word = word.slice(0, -1)

  if (AFTER_STEP_1A.indexOf(word) < 0) {
    // Step 1b.
    const s1b = longestSuffix(word, STEP_1B)
    if (s1b === 'eed' || s1b === 'eedly') {
      if (word.length - s1b.length >= p1) word = replaceSuffix(word, s1b, 'ee')
    } else if (s1b !== null && hasVowel(word, word.length - s1b.length)) {
      word = word.slice(0, word.length - s1b.length)
      if (endsWith(word, 'at') || endsWith(word, 'bl') || endsWith(word, 'iz')) word += 'e'
      else if (longestSuffix(word, DOUBLES) !== null) word = word.slice(0, -1)
      else if (word.length === p1 && endsShort(word, word.length)) word += 'e'
    }

    // Step 1c.
    const last = word.charAt(word.length - 1)
    if ((last === 'y' || last === 'Y') && word.length > 2 && !isVowel(word.charAt(word.length - 2))) {
      word = word.slice(0, -1) + 'i'
    }

    // Step 2.
    const s2 = longestSuffix(word, STEP_2_KEYS)
    if (s2 !== null && word.length - s2.length >= p1) {
      if (s2 === 'ogi') {
        if (precededBy(word, 3, 'l')) word = replaceSuffix(word, s2, 'og')
      } else if (s2 === 'li') {
        if (precededBy(word, 2, VALID_LI)) word = word.slice(0, -2)
      } else {
        word = replaceSuffix(word, s2, STEP_2[s2] ?? '')
      }
    }

    // Step 3.
    const s3 = longestSuffix(word, STEP_3_KEYS)
    if (s3 !== null && word.length - s3.length >= p1) {
      if (s3 !== 'ative' || word.length - s3.length >= p2) word = replaceSuffix(word, s3, STEP_3[s3] ?? '')
    }

    // Step 4.
    const s4 = longestSuffix(word, STEP_4)
    if (s4 !== null && word.length - s4.length >= p2) {
      if (s4 !== 'ion') word = word.slice(0, word.length - s4.length)
      else if (precededBy(word, 3, 'st')) word = word.slice(0, -3)
    }

    // Step 5.
    const lastNow = word.charAt(word.length - 1)
    const before = word.length - 1
    if (lastNow === 'e') {
      if (before >= p2 || (before >= p1 && !endsShort(word, before))) word = word.slice(0, -1)
    } else if (lastNow === 'l') {
      if (before >= p2 && word.charAt(before - 1) === 'l') word = word.slice(0, -1)
    }
  }

  return foundY ? word.replace(/Y/g, 'y') : word
}
