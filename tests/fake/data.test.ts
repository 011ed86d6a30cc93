import { describe, expect, it } from 'vitest'
import { createFigJam, DEFAULT_PLUGIN_ID, PLUGIN_DATA_LIMIT_BYTES } from '../../fake'
import { errorOf, setup } from './helpers'

describe('plugin data', () => {
  it('a missing key reads as ""; setting "" deletes', () => {
    const { figma } = setup()
    const sticky = figma.createSticky()
    expect(sticky.getPluginData('role')).toBe('')
    sticky.setPluginData('role', 'pain')
    sticky.setPluginData('canvas', 'c1')
    expect(sticky.getPluginData('role')).toBe('pain')
    expect(sticky.getPluginDataKeys()).toEqual(['role', 'canvas'])
    sticky.setPluginData('role', '')
    expect(sticky.getPluginDataKeys()).toEqual(['canvas'])
  })

  it('an entry over 100 kB throws', () => {
    const { figma } = setup()
    const sticky = figma.createSticky()
    expect(() => sticky.setPluginData('big', 'x'.repeat(PLUGIN_DATA_LIMIT_BYTES))).toThrow(/100 kB/)
    sticky.setPluginData('fits', 'x'.repeat(PLUGIN_DATA_LIMIT_BYTES - 100))
    expect(() => sticky.setPluginData('utf8', 'é'.repeat(PLUGIN_DATA_LIMIT_BYTES / 2))).toThrow(/too large/)
  })

  it('figma.pluginId comes from the options, and a run can name its own', () => {
    expect(createFigJam().figma.pluginId).toBe(DEFAULT_PLUGIN_ID)
    const fake = createFigJam({ pluginId: '1234567890' })
    expect(fake.startSession().figma.pluginId).toBe('1234567890')
    expect(fake.startSession({ pluginId: '999' }).figma.pluginId).toBe('999')
  })

  it('the 100 kB counts the plugin id, the key and the value (setPluginData docs)', () => {
    const fake = createFigJam({ pluginId: 'abc' })
    const sticky = fake.figma.createSticky()
    // 3 bytes of plugin id + 1 of key + the value.
    sticky.setPluginData('k', 'x'.repeat(PLUGIN_DATA_LIMIT_BYTES - 4))
    expect(() => sticky.setPluginData('k', 'x'.repeat(PLUGIN_DATA_LIMIT_BYTES - 3))).toThrow(/too large/)
  })

  it('keys and values must be strings', () => {
    const { figma } = setup()
    const sticky = figma.createSticky()
    expect(() => sticky.setPluginData('n', 5 as unknown as string)).toThrow(/string/)
  })

  it('pages and the document carry plugin data too', () => {
    const { figma } = setup()
    figma.root.setPluginData('version', '1')
    figma.currentPage.setPluginData('seen', 'yes')
    expect(figma.root.getPluginData('version')).toBe('1')
    expect(figma.currentPage.getPluginData('seen')).toBe('yes')
  })
})

describe('shared plugin data', () => {
  it('works per namespace; missing reads ""; "" deletes', () => {
    const { figma } = setup()
    const sticky = figma.createSticky()
    sticky.setSharedPluginData('vpcfit', 'zone', 'pains')
    expect(sticky.getSharedPluginData('vpcfit', 'zone')).toBe('pains')
    expect(sticky.getSharedPluginData('vpcfit', 'other')).toBe('')
    expect(sticky.getSharedPluginDataKeys('vpcfit')).toEqual(['zone'])
    expect(sticky.getSharedPluginDataKeys('another')).toEqual([])
    sticky.setSharedPluginData('vpcfit', 'zone', '')
    expect(sticky.getSharedPluginDataKeys('vpcfit')).toEqual([])
  })

  it('the 100 kB counts the namespace, the key and the value (setSharedPluginData docs)', () => {
    const { figma } = setup()
    const sticky = figma.createSticky()
    // 'vpcfit' (6 bytes) + 'report' (6 bytes) + the value.
    sticky.setSharedPluginData('vpcfit', 'report', 'x'.repeat(PLUGIN_DATA_LIMIT_BYTES - 12))
    expect(() => sticky.setSharedPluginData('vpcfit', 'report', 'x'.repeat(PLUGIN_DATA_LIMIT_BYTES - 11))).toThrow(
      /too large/
    )
  })

  it('a namespace needs at least 3 alphanumeric characters', () => {
    const { figma } = setup()
    const sticky = figma.createSticky()
    expect(errorOf(() => sticky.setSharedPluginData('ab', 'k', 'v'))).toMatch(
      /^in setSharedPluginData: Namespace must be at least 3/
    )
    expect(() => sticky.setSharedPluginData('a b', 'k', 'v')).toThrow(/Namespace/)
    expect(() => sticky.getSharedPluginData('x', 'k')).toThrow(/Namespace/)
  })

  it('plugin data and shared plugin data are separate', () => {
    const { figma } = setup()
    const sticky = figma.createSticky()
    sticky.setSharedPluginData('vpcfit', 'zone', 'pains')
    expect(sticky.getPluginData('zone')).toBe('')
  })
})

describe('relaunch data', () => {
  it('is set wholesale and read back', () => {
    const { figma } = setup()
    const section = figma.createSection()
    section.setRelaunchData({ 'check-fit': 'Check this canvas', open: '' })
    expect(section.getRelaunchData()).toEqual({ 'check-fit': 'Check this canvas', open: '' })
    section.setRelaunchData({})
    expect(section.getRelaunchData()).toEqual({})
  })

  it('is not supported on pages or the document in FigJam', () => {
    const { figma } = setup()
    expect(() => figma.currentPage.setRelaunchData({ open: '' })).toThrow(/not supported in FigJam/)
  })
})

describe('client storage', () => {
  it('persists across sessions of one fake, with deep copies', async () => {
    const fake = createFigJam()
    const first = fake.startSession().figma
    const settings = { locale: 'sv', recent: ['a'] }
    await first.clientStorage.setAsync('settings', settings)
    settings.recent.push('mutated after saving')
    const second = fake.startSession().figma
    const read = (await second.clientStorage.getAsync('settings')) as { locale: string; recent: string[] }
    expect(read).toEqual({ locale: 'sv', recent: ['a'] })
    read.recent.push('mutated after reading')
    expect(await second.clientStorage.getAsync('settings')).toEqual({ locale: 'sv', recent: ['a'] })
    expect(await second.clientStorage.keysAsync()).toEqual(['settings'])
    await second.clientStorage.deleteAsync('settings')
    expect(await second.clientStorage.getAsync('settings')).toBeUndefined()
  })

  it('is not shared between fakes', async () => {
    await setup().figma.clientStorage.setAsync('k', 1)
    expect(await setup().figma.clientStorage.getAsync('k')).toBeUndefined()
  })

  it('refuses values that cannot be copied', async () => {
    const { figma } = setup()
    await expect(figma.clientStorage.setAsync('f', () => 1)).rejects.toThrow(/plain data/)
  })
})

describe('private plugin data belongs to the plugin id that wrote it (setPluginData docs)', () => {
  it('a run under another id (a published plugin) reads nothing the development id wrote', async () => {
    const fake = createFigJam({ pluginId: 'vpc-fit-development' })
    const dev = fake.startSession()
    const sticky = dev.figma.createSticky()
    sticky.setPluginData('role', 'pain')
    sticky.setSharedPluginData('vpcfit', 'role', 'pain')
    const published = fake.startSession({ pluginId: '1234567890123456789' })
    const same = (await published.figma.getNodeByIdAsync(sticky.id)) as StickyNode
    expect(same.getPluginData('role')).toBe('')
    expect(same.getPluginDataKeys()).toEqual([])
    expect(published.figma.currentPage.findAllWithCriteria({ types: ['STICKY'], pluginData: { keys: ['role'] } })).toEqual([])
    // Shared plugin data is everyone's.
    expect(same.getSharedPluginData('vpcfit', 'role')).toBe('pain')
    // The development id still reads its own.
    expect(fake.startSession({ pluginId: 'vpc-fit-development' }).figma.currentPage.findAllWithCriteria({
      types: ['STICKY'],
      pluginData: { keys: ['role'] }
    })).toHaveLength(1)
  })
})
