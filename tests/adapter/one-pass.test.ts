// One read pass (`inOnePass`) asks the page once for every node holding the plugin's shared data and answers each
// query by types and key from that list: it must find exactly what asking the page finds, in the same order, on a
// board holding every kind of node the plugin tags (canvases, template shapes, BMC blocks and summaries, test and
// learning cards, an adopted drawing, a fit card, an earlier version's private data). Counted, never timed.
import { describe, expect, it } from 'vitest'
import { LEGACY_PRIVATE_KEYS, PLUGIN_DATA_NAMESPACE } from '../../contract/plugin-data-keys'
import type { PluginDataKey } from '../../contract/plugin-data-keys'
import { bmcSummaryAsync } from '../../src/commands/bmc-summary-async'
import { checkFitAsync } from '../../src/commands/check-fit-async'
import { createTestCardAsync } from '../../src/commands/create-test-card-async'
import { insertBmcAsync } from '../../src/commands/insert-bmc-async'
import { insertVpcAsync } from '../../src/commands/insert-vpc-async'
import { recordLearningAsync } from '../../src/commands/record-learning-async'
import { adoptedCanvasNodes } from '../../src/adapter/drawn-canvas'
import { DATA_KEYS, findWithData, getData, inOnePass } from '../../src/adapter/plugin-data'
import { takeSnapshot } from '../../src/adapter/snapshot'
import { runCommandAsync } from '../../src/run/run-command'
import { adopt, drawSquareAndCircle, ENGLISH } from './drawn/drawings'
import { useFake } from './harness'
import { buildFitnessBoard, canvasSections } from './helpers'

async function taggedBoardAsync() {
  const fake = useFake()
  const drawing = await drawSquareAndCircle({ labels: ENGLISH, container: 'section' })
  figma.currentPage.selection = drawing.selection
  expect((await adopt()).ok).toBe(true)
  await insertVpcAsync({ segment: 'Busy professionals', product: 'Fitness app', locale: 'en' })
  await insertVpcAsync({ segment: 'Students', product: 'Fitness app', locale: 'sv' })
  const [first, second] = canvasSections()
  const { stickies } = buildFitnessBoard(first!)
  await runCommandAsync('en', () => insertBmcAsync({ locale: 'en' }))
  expect((await runCommandAsync('en', () => bmcSummaryAsync({ canvasId: first!.id, locale: 'en' }))).ok).toBe(true)
  expect((await runCommandAsync('en', () => checkFitAsync({ canvasId: first!.id, locale: 'en' }))).ok).toBe(true)
  const item = Object.values(stickies)[0]!
  expect((await runCommandAsync('en', () => createTestCardAsync({ canvasId: first!.id, itemId: item.id, locale: 'en' }))).ok).toBe(true)
  const card = figma.currentPage.findAllWithCriteria({ types: ['SECTION'] }).find((s) => getData(s, DATA_KEYS.testCard) !== '')!
  expect((await runCommandAsync('en', () => recordLearningAsync({ testId: card.id, locale: 'en' }))).ok).toBe(true)
  // The second canvas as an earlier version drew it: its keys in private data.
  for (const node of [second!, ...second!.findAll()]) {
    for (const key of LEGACY_PRIVATE_KEYS) {
      const value = node.getSharedPluginData(PLUGIN_DATA_NAMESPACE, key)
      if (value === '') continue
      node.setPluginData(key, value)
      node.setSharedPluginData(PLUGIN_DATA_NAMESPACE, key, '')
    }
  }
  await fake.flush()
  return fake
}

const QUERIES: Array<[NodeType[], PluginDataKey]> = [
  [['SECTION'], DATA_KEYS.role],
  [['STICKY'], DATA_KEYS.role],
  [['SHAPE_WITH_TEXT'], DATA_KEYS.role],
  [['SECTION', 'SHAPE_WITH_TEXT'], DATA_KEYS.role],
  [['SECTION'], DATA_KEYS.testCard],
  [['SECTION'], DATA_KEYS.learningCard],
  [['SHAPE_WITH_TEXT'], DATA_KEYS.block],
  [['STICKY'], DATA_KEYS.summary],
  [['SHAPE_WITH_TEXT'], DATA_KEYS.card],
  [['SECTION'], DATA_KEYS.meta],
  [['TEXT'], DATA_KEYS.role]
]

const ids = (nodes: readonly BaseNode[]) => nodes.map((node) => node.id)

describe('one read pass of the page', () => {
  it('finds what each query of the page finds, in page order, with one query for all of them', async () => {
    const fake = await taggedBoardAsync()
    const page = figma.currentPage
    const asked = QUERIES.map(([types, key]) => ids(findWithData(page, types, key)))
    // Every query finds something on this board, so an answer left empty in the pass would show.
    for (const found of asked) expect(found.length).toBeGreaterThan(0)
    // The old private roles are found too (the second canvas's section and shapes).
    expect(asked[0]!.length).toBeGreaterThanOrEqual(4)

    fake.counter.reset()
    const inPass = inOnePass(page, () => ({
      asked: QUERIES.map(([types, key]) => ids(findWithData(page, types, key))),
      again: ids(findWithData(page, ['SECTION'], DATA_KEYS.role))
    }))
    expect(inPass.asked).toEqual(asked)
    expect(inPass.again).toEqual(asked[0])
    // One query for the sections, stickies and shapes with shared data, one look for private data, one per key with
    // private entries asked for (this board has some), and the texts' query asks the page as it is.
    const legacyAsked = new Set(QUERIES.filter(([, key]) => (LEGACY_PRIVATE_KEYS as readonly string[]).includes(key)).map(([types, key]) => `${types.join()}|${key}`))
    const texts = QUERIES.filter(([types]) => types.includes('TEXT')).length
    expect(fake.counter.calls['PAGE.findAllWithCriteria']).toBe(2 + legacyAsked.size + texts)
  })

  it('reads the board as a read outside the pass does', async () => {
    await taggedBoardAsync()
    const page = figma.currentPage
    const outside = takeSnapshot(page)
    expect(outside.canvases.length).toBe(3)
    expect(inOnePass(page, () => takeSnapshot(page))).toEqual(outside)
    expect(inOnePass(page, () => ids(adoptedCanvasNodes(page).map((entry) => entry.node)))).toEqual(
      ids(adoptedCanvasNodes(page).map((entry) => entry.node))
    )
  })
})
