import { loadSettingsAsync, saveSettingsAsync } from '@create-figma-plugin/utilities'
import type { Locale } from './core/types'
import { isLocale } from './i18n'

/** Per-user settings, kept in `figma.clientStorage`. */
export interface Settings {
  /** null until the user (or their browser's language) chose one. */
  locale: Locale | null
}

const DEFAULTS: Settings = { locale: null }
const KEY = 'vpcfit-settings'

export async function loadUserSettingsAsync(): Promise<Settings> {
  try {
    const stored = await loadSettingsAsync<Settings>(DEFAULTS, KEY)
    return { locale: isLocale(stored.locale) ? stored.locale : null }
  } catch {
    return { ...DEFAULTS }
  }
}

export async function saveUserSettingsAsync(settings: Settings): Promise<void> {
  await saveSettingsAsync<Settings>(settings, KEY)
}
