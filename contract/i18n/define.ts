import type { Locale } from '../vocabulary'

/** One area of the catalog: English is the reference, Swedish and Danish must have the same keys. */
export interface CatalogPart<T extends Record<string, string>> {
  en: T
  sv: { [K in keyof T]: string }
  da: { [K in keyof T]: string }
}

/** Declares one area of the catalog; the types make a missing key a compile error. */
export function defineCatalog<T extends Record<string, string>>(part: CatalogPart<T>): CatalogPart<T> {
  return part
}

export type Catalogs = Record<Locale, Record<string, string>>
