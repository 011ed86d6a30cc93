import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { menuClick, menuCommands, type ManifestMenuItem } from '../../fake'
import { MENU_COMMANDS } from '../../src/menu/menu-commands'
import { useFake } from './harness'
import { saveUserSettingsAsync } from '../../src/settings'

const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'manifest.json'), 'utf8')) as {
  menu: ManifestMenuItem[]
}

describe('menu commands with parameters', () => {
  it('run straight from the Plugins menu; only quick actions ask for their parameters', () => {
    const withParameters = menuCommands(manifest.menu).filter((item) => (item.parameters ?? []).length > 0)
    expect(withParameters.map((item) => item.command)).toEqual(['insert-vpc', 'save-version', 'insert-bmc'])
    // A version needs its name: "Save a version" asks for it, from every menu.
    for (const item of withParameters)
      expect(menuClick(item), item.command).toBe(item.command === 'save-version' ? 'parameter-prompt' : 'run')
  })

  it('"Insert Value Proposition Canvas" without parameters inserts with placeholders, in the saved language', async () => {
    const fake = useFake()
    await saveUserSettingsAsync({ locale: 'sv' })
    await MENU_COMMANDS['insert-vpc']!(undefined)
    expect(fake.session.closed).toBe(true)
    const sections = fake.inspect.nodes().filter((node) => node.type === 'SECTION')
    expect(sections).toHaveLength(1)
    // Swedish labels, the placeholders for segment and offer.
    expect(fake.inspect.nodes().some((node) => node.text === 'Kundens uppgifter')).toBe(true)
    expect(fake.session.notifications.at(-1)?.options?.error).toBeFalsy()
  })

  it('"Insert Business Model Canvas" without parameters inserts one', async () => {
    const fake = useFake()
    await MENU_COMMANDS['insert-bmc']!(undefined)
    expect(fake.inspect.nodes().filter((node) => node.type === 'SECTION')).toHaveLength(1)
  })
})
