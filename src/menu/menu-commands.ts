import type { Locale } from '../core/types'
import { isLocale } from '../i18n'
import { loadUserSettingsAsync } from '../settings'
import { adoptCanvasAsync } from '../commands/adopt-canvas-async'
import { bmcSummaryFromMenuAsync } from '../commands/bmc-summary-menu-async'
import { checkFitAsync } from '../commands/check-fit-async'
import { insertBmcAsync } from '../commands/insert-bmc-async'
import { insertVpcAsync } from '../commands/insert-vpc-async'
import { saveVersionAsync } from '../commands/save-version-async'
import { runCommandAsync } from '../run/run-command'
import { closePluginIfOpen } from '../adapter/lifecycle'

/** Text parameters as FigJam's quick actions pass them (anything else reads as empty). */
function textParameter(parameters: ParameterValues | undefined, key: string): string {
  const value: unknown = parameters ? parameters[key] : undefined
  return typeof value === 'string' ? value : ''
}

/** The menu commands that do their work and close, by manifest command id. */
export const MENU_COMMANDS: Record<string, (parameters: ParameterValues | undefined) => Promise<void>> = {
  'insert-vpc': async (parameters) => {
    const { locale, speaks } = await canvasLocalesAsync(parameters)
    await runAndCloseAsync(speaks, () =>
      insertVpcAsync(
        {
          segment: textParameter(parameters, 'segment'),
          product: textParameter(parameters, 'product'),
          locale
        },
        speaks
      )
    )
  },
  'check-fit': async (parameters) => {
    const locale = await menuLocaleAsync(parameters)
    await runAndCloseAsync(locale, () => checkFitAsync({ canvasId: null, locale }))
  },
  'save-version': async (parameters) => {
    const locale = await menuLocaleAsync(parameters)
    const name = textParameter(parameters, 'name')
    await runAndCloseAsync(locale, () => saveVersionAsync({ canvasId: null, name, locale }))
  },
  'adopt-canvas': async (parameters) => {
    const locale = await menuLocaleAsync(parameters)
    await runAndCloseAsync(locale, () => adoptCanvasAsync({ locale }))
  },
  'insert-bmc': async (parameters) => {
    const { locale, speaks } = await canvasLocalesAsync(parameters)
    await runAndCloseAsync(speaks, () => insertBmcAsync({ locale }, speaks))
  },
  'bmc-summary': async (parameters) => {
    const locale = await menuLocaleAsync(parameters)
    await bmcSummaryFromMenuAsync(locale)
  }
}

/**
 * For a command that draws a canvas: the canvas's language (the `locale` parameter, else the user's saved
 * language, else English) and the language to speak to the person in (their saved language, else the canvas's).
 * A canvas's `locale` parameter is the team's language, not always theirs. The settings are read once.
 */
async function canvasLocalesAsync(
  parameters: ParameterValues | undefined
): Promise<{ locale: Locale; speaks: Locale }> {
  const saved = (await loadUserSettingsAsync()).locale
  const locale = givenLocale(parameters) ?? saved ?? 'en'
  return { locale, speaks: saved ?? locale }
}

/** The `locale` parameter when it names one of the plugin's languages. */
function givenLocale(parameters: ParameterValues | undefined): Locale | null {
  const given = textParameter(parameters, 'locale').trim().toLowerCase()
  return isLocale(given) ? given : null
}

/** The `locale` parameter when given, else the user's saved language, else English. */
export async function menuLocaleAsync(parameters: ParameterValues | undefined): Promise<Locale> {
  const given = givenLocale(parameters)
  if (given) return given
  const settings = await loadUserSettingsAsync()
  return settings.locale ?? 'en'
}

async function runAndCloseAsync(locale: Locale, work: Parameters<typeof runCommandAsync>[1]): Promise<void> {
  await runCommandAsync(locale, work)
  closePluginIfOpen()
}
