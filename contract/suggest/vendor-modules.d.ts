// Minimal types for the two untyped packages this folder uses (only what is imported).

declare module 'stopword' {
  /** English stop words, lower case. */
  export const eng: string[]
  /** Swedish stop words, lower case. */
  export const swe: string[]
  /** Danish stop words, lower case. */
  export const dan: string[]
}

// Used by the tests only, as the reference the stemmers in ./stemmers are checked against.
declare module 'snowball-stemmers' {
  export function newStemmer(language: string): { stem(word: string): string }
  export function algorithms(): string[]
}
