// The plugin keeps everything it must find again in SHARED plugin data under `vpcfit`: private plugin data belongs to
// the plugin id that wrote it, and the id changes when the plugin is published. Boards drawn by earlier versions
// (private keys) still read, through a fallback; the plugin's next write moves a key to shared data.
import { describe, expect, it } from 'vitest'
import { LEGACY_PRIVATE_KEYS, PLUGIN_DATA_NAMESPACE } from '../../contract/plugin-data-keys'
import { bmcSummaryAsync } from '../../src/commands/bmc-summary-async'
import { checkFitAsync } from '../../src/commands/check-fit-async'
import { insertBmcAsync } from '../../src/commands/insert-bmc-async'
import { insertVpcAsync } from '../../src/commands/insert-vpc-async'
import { setCheckAsync } from '../../src/commands/set-check-async'
import { DATA_KEYS, getData, readChecks, ROLES } from '../../src/adapter/plugin-data'
import { takeSnapshot } from '../../src/adapter/snapshot'
import { analyzeBoard, reportWithoutTime } from '../../src/core/analyze'
import { runCommandAsync } from '../../src/run/run-command'
import { useFake } from './harness'
import { buildFitnessBoard, canvasSections } from './helpers'

/**
 * Turns the board into one drawn by version 0.1: every key that version wrote privately moves from the shared
 * `vpcfit` entries into private plugin data of the same plugin id (the report and adopted drawings were shared then
 * too). Returns how many entries moved.
 */
function makeOldBoard(): number {
  let moved = 0
  for (const node of figma.currentPage.findAll()) {
    for (const key of LEGACY_PRIVATE_KEYS) {
      const value = node.getSharedPluginData(PLUGIN_DATA_NAMESPACE, key)
      if (value === '') continue
      node.setPluginData(key, value)
      node.setSharedPluginData(PLUGIN_DATA_NAMESPACE, key, '')
      moved += 1
    }
  }
  return moved
}

const summaryStickies = () =>
  figma.currentPage.findAllWithCriteria({ types: ['STICKY'] }).filter((node) => getData(node, DATA_KEYS.role) === ROLES.summary)

async function fitnessBoardWithBmc() {
  await insertVpcAsync({ segment: 'Busy professionals', product: 'Fitness app', locale: 'en' })
  const { section } = buildFitnessBoard(canvasSections()[0]!)
  await runCommandAsync('en', () => insertBmcAsync({ locale: 'en' }))
  figma.currentPage.selection = [section]
  expect((await runCommandAsync('en', () => bmcSummaryAsync({ canvasId: section.id, locale: 'en' }))).ok).toBe(true)
  return section
}

describe('plugin data that survives publishing', () => {
  it('everything the plugin writes is shared `vpcfit` data: nothing private', async () => {
    const section = await fitnessBoardWithBmc()
    await runCommandAsync('en', () => setCheckAsync({ canvasId: section.id, itemKey: 'vm.focus', checked: true, locale: 'en' }))
    await runCommandAsync('en', () => checkFitAsync({ canvasId: section.id, locale: 'en' }))
    const nodes = useFake().inspect.nodes()
    expect(nodes.filter((node) => Object.keys(node.pluginData).length > 0)).toEqual([])
    const keys = new Set(nodes.flatMap((node) => Object.keys(node.sharedPluginData[PLUGIN_DATA_NAMESPACE] ?? {})))
    for (const key of ['role', 'meta', 'checks', 'summary', 'block', 'segment', 'product', 'lastCheck', 'card', 'report'])
      expect(keys).toContain(key)
  })

  it('a board drawn before publishing reads the same in the published plugin (another plugin id)', async () => {
    const section = await fitnessBoardWithBmc()
    await runCommandAsync('en', () => setCheckAsync({ canvasId: section.id, itemKey: 'vm.focus', checked: true, locale: 'en' }))
    const before = takeSnapshot(figma.currentPage)
    expect(before.canvases[0]?.checks).toEqual({ 'vm.focus': true })
    useFake().startSession({ pluginId: '1357924680135792468' })
    expect(takeSnapshot(figma.currentPage)).toEqual(before)
    // The published plugin updates the summary stickies the development build wrote instead of adding new ones.
    const written = summaryStickies().length
    figma.currentPage.selection = []
    expect((await runCommandAsync('en', () => bmcSummaryAsync({ canvasId: section.id, locale: 'en' }))).ok).toBe(true)
    expect(summaryStickies()).toHaveLength(written)
  })

  it('a board drawn by an earlier version (private keys) still reads: canvas, ticks, summary stickies, fit card', async () => {
    const section = await fitnessBoardWithBmc()
    await runCommandAsync('en', () => setCheckAsync({ canvasId: section.id, itemKey: 'vm.focus', checked: true, locale: 'en' }))
    await runCommandAsync('en', () => checkFitAsync({ canvasId: section.id, locale: 'en' }))
    const before = takeSnapshot(figma.currentPage)
    const cardsBefore = useFake().inspect.nodes().filter((node) => node.sharedPluginData.vpcfit?.role === ROLES.fitCard)
    expect(cardsBefore).toHaveLength(1)
    expect(makeOldBoard()).toBeGreaterThan(30)
    expect(section.getSharedPluginData(PLUGIN_DATA_NAMESPACE, DATA_KEYS.role)).toBe('')
    expect(section.getPluginData(DATA_KEYS.role)).toBe(ROLES.canvas)

    // Read as before: the canvas, its language and names, the ticks, the summary stickies' role.
    const old = takeSnapshot(figma.currentPage)
    expect(old).toEqual(before)
    expect(reportWithoutTime(analyzeBoard(old, '')[0]!.report)).toEqual(reportWithoutTime(analyzeBoard(before, '')[0]!.report))

    // Check fit again: the old fit card is updated in place, not drawn twice.
    expect((await runCommandAsync('en', () => checkFitAsync({ canvasId: section.id, locale: 'en' }))).ok).toBe(true)
    const cards = useFake().inspect.nodes().filter((node) => (node.sharedPluginData.vpcfit?.role ?? node.pluginData.role) === ROLES.fitCard)
    expect(cards.map((node) => node.id)).toEqual(cardsBefore.map((node) => node.id))

    // The check moved the canvas's own entries (its section and parts) to shared data.
    const canvasNodes = [section, ...section.findAll()]
    expect(canvasNodes.filter((node) => node.getPluginDataKeys().length > 0)).toEqual([])
    expect(section.getSharedPluginData(PLUGIN_DATA_NAMESPACE, DATA_KEYS.role)).toBe(ROLES.canvas)
    const [moved] = takeSnapshot(figma.currentPage).canvases
    const [was] = before.canvases
    expect([moved?.meta, moved?.checks, moved?.valueMap, moved?.customerProfile]).toEqual([
      was?.meta,
      was?.checks,
      was?.valueMap,
      was?.customerProfile
    ])

    // The BMC summary finds the old BMC and its old summary stickies.
    const written = summaryStickies().length
    expect(written).toBe(2)
    expect((await runCommandAsync('en', () => bmcSummaryAsync({ canvasId: section.id, locale: 'en' }))).ok).toBe(true)
    expect(summaryStickies()).toHaveLength(written)
    // Writing into the old BMC moved its data (blocks, texts, summary stickies) to shared data.
    const bmc = figma.currentPage.findAllWithCriteria({ types: ['SECTION'] }).find((node) => getData(node, DATA_KEYS.role) === ROLES.bmc)!
    expect([bmc, ...bmc.findAll()].filter((node) => node.getPluginDataKeys().length > 0)).toEqual([])

    // A tick moves the ticks to shared data and clears the old private entry, keeping the old ticks.
    await runCommandAsync('en', () => setCheckAsync({ canvasId: section.id, itemKey: 'cp.concrete', checked: true, locale: 'en' }))
    expect(section.getPluginData(DATA_KEYS.checks)).toBe('')
    expect(readChecks(section.getSharedPluginData(PLUGIN_DATA_NAMESPACE, DATA_KEYS.checks))).toEqual({
      'vm.focus': true,
      'cp.concrete': true
    })
  })

  it('an old board with no shared entries at all: canvas found by its private role only', async () => {
    await insertVpcAsync({ segment: 'Parents', product: 'Meal kits', locale: 'sv' })
    makeOldBoard()
    const [canvas] = takeSnapshot(figma.currentPage).canvases
    expect(canvas?.meta).toMatchObject({ locale: 'sv', segment: 'Parents', product: 'Meal kits' })
    expect(canvas?.valueMap).not.toBeNull()
    expect(canvas?.customerProfile).not.toBeNull()
  })
})
