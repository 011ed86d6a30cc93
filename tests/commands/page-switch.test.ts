/**
 * A person switches to another page while a command waits (for its fonts, or a node lookup): FigJam's plugin runs
 * beside the person, and `figma.currentPage` follows them (typings, `PluginAPI.currentPage` and the
 * `currentpagechange` event). Every command either finishes on the page it started on, or, for the inserts, draws
 * whole on the page the person is on now; or it refuses with one plain sentence and changes nothing anywhere.
 * Nothing is ever split across the two pages, and no command says "nothing was changed" after drawing something.
 */
import { describe, expect, it } from 'vitest'
import type { FigJamFake } from '../../fake'
import { bmcSummaryAsync } from '../../src/commands/bmc-summary-async'
import { checkFitAsync } from '../../src/commands/check-fit-async'
import { createTestCardAsync } from '../../src/commands/create-test-card-async'
import { insertBmcAsync } from '../../src/commands/insert-bmc-async'
import { insertVpcAsync } from '../../src/commands/insert-vpc-async'
import { acceptSuggestionAsync } from '../../src/commands/accept-suggestion-async'
import { repairCanvasAsync } from '../../src/commands/repair-canvas-async'
import { saveVersionAsync } from '../../src/commands/save-version-async'
import { setEvidenceAsync } from '../../src/commands/set-evidence-async'
import { setFitCardAsync } from '../../src/commands/set-fit-card-async'
import { runCommandForAsync } from '../../src/run/run-command'
import { useFake } from '../adapter/harness'
import { INTERNALS } from '../adapter/hostile/sweep'
import type { TestCanvas } from '../adapter/reliability/canvas'
import { smallCanvas } from '../adapter/reliability/canvas'
import { drawFirstVersion, importOwnExport, recordLearningOnFirstTest } from './drawing-commands'

/** The page's nodes as plain data, for "nothing changed here". */
function pageState(fake: FigJamFake, pageId: string): string {
  return JSON.stringify(fake.inspect.nodes(pageId))
}

/** Fills the plugin BMC's Value propositions block with stickies, so the summary's sticky goes below the BMC. */
function fillValueBlock(fake: FigJamFake): void {
  const block = fake.inspect
    .nodes()
    .find(
      (node) => node.sharedPluginData.vpcfit?.block === 'valuePropositions' && node.type === 'SHAPE_WITH_TEXT'
    )
  if (!block) throw new Error('no Value propositions block')
  for (let y = block.box.y + 10; y + 240 <= block.box.y + block.box.height; y += 250)
    for (let x = block.box.x + 10; x + 240 <= block.box.x + block.box.width; x += 250)
      fake.user.addSticky({ text: 'idea', x, y })
}

interface Case {
  name: string
  /** Draws a whole template where the person is: finishing on the page they switched to is right. */
  inserts?: boolean
  /** Left out of the check every other case starts from (the canvas has no fit card yet). */
  unchecked?: boolean
  setup?: (fake: FigJamFake, canvas: TestCanvas) => Promise<void>
  run: (canvas: TestCanvas) => Promise<{ message: string }>
}

const CASES: Case[] = [
  {
    name: 'BMC summary that inserts the BMC',
    run: (a) => bmcSummaryAsync({ canvasId: a.id, locale: 'en', insertBmc: 'en' })
  },
  {
    name: 'BMC summary into a BMC',
    setup: async () => void (await insertBmcAsync({ locale: 'en' })),
    run: (a) => bmcSummaryAsync({ canvasId: a.id, locale: 'en' })
  },
  {
    name: 'BMC summary into a full block (the sticky goes below the BMC)',
    setup: async (fake) => {
      await insertBmcAsync({ locale: 'en' })
      fillValueBlock(fake)
    },
    run: (a) => bmcSummaryAsync({ canvasId: a.id, locale: 'en' })
  },
  { name: 'Check fit', run: (a) => checkFitAsync({ canvasId: a.id, locale: 'en' }) },
  {
    name: 'Check fit, the first (it draws the fit card)',
    unchecked: true,
    run: (a) => checkFitAsync({ canvasId: a.id, locale: 'en' })
  },
  {
    name: 'Turn the fit card on',
    setup: async (_fake, a) => void (await setFitCardAsync({ canvasId: a.id, on: false, locale: 'en' })),
    run: (a) => setFitCardAsync({ canvasId: a.id, on: true, locale: 'en' })
  },
  {
    name: 'Repair a canvas',
    setup: async (fake, a) => {
      const square = a.section
        .findAllWithCriteria({
          types: ['SHAPE_WITH_TEXT'],
          sharedPluginData: { namespace: 'vpcfit', keys: ['role'] }
        })
        .find((shape) => shape.getSharedPluginData('vpcfit', 'role') === 'value-map')
      if (square) fake.user.delete([square])
      return Promise.resolve()
    },
    run: (a) => repairCanvasAsync({ canvasId: a.id, locale: 'en' })
  },
  {
    name: 'Accept a suggestion',
    run: (a) =>
      acceptSuggestionAsync({
        canvasId: a.id,
        fromId: a.sticky['Reserve a bike'] as string,
        toId: a.sticky['Rain'] as string,
        locale: 'en'
      })
  },
  {
    name: 'Set evidence',
    run: (a) =>
      setEvidenceAsync({ canvasId: a.id, itemId: a.sticky['Rain'] as string, level: 'did', locale: 'en' })
  },
  {
    name: 'Save a version',
    run: (a) => saveVersionAsync({ canvasId: a.id, name: 'after the switch', locale: 'en' })
  },
  { name: 'Check fit of the page', run: () => checkFitAsync({ canvasId: null, locale: 'en' }) },
  {
    name: 'Create a test card',
    run: (a) => createTestCardAsync({ canvasId: a.id, itemId: a.sticky['Rain'] as string, locale: 'en' })
  },
  {
    name: 'Record what we learned',
    setup: async (_fake, a) =>
      void (await createTestCardAsync({ canvasId: a.id, itemId: a.sticky['Rain'] as string, locale: 'en' })),
    run: recordLearningOnFirstTest
  },
  {
    name: 'Draw a version back',
    run: drawFirstVersion
  },
  {
    name: 'Import a JSON export',
    inserts: true,
    run: importOwnExport
  },
  {
    name: 'Insert a canvas',
    inserts: true,
    run: () => insertVpcAsync({ segment: 'S', product: 'P', locale: 'en' })
  },
  { name: 'Insert a BMC', inserts: true, run: () => insertBmcAsync({ locale: 'en' }) }
]

/**
 * Makes the person switch to `page` when the command starts its `wait`-th wait on FigJam (a font load or a node
 * lookup, counted from 1), so every point a command awaits at is tried.
 */
function switchPageAtWait(fake: FigJamFake, page: PageNode, wait: number): { switched: () => boolean } {
  let waits = 0
  let switched = false
  const api = figma as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>
  for (const name of ['loadFontAsync', 'getNodeByIdAsync']) {
    const original = api[name] as (...args: unknown[]) => Promise<unknown>
    api[name] = (...args: unknown[]) => {
      const result = original.apply(figma, args)
      waits += 1
      if (waits === wait && !switched) {
        switched = true
        fake.user.goToPage(page)
      }
      return result
    }
  }
  return { switched: () => switched }
}

describe('the page switched while a command waits', () => {
  for (const entry of CASES) {
    for (const wait of [1, 2, 3]) {
      it(`${entry.name}, at its wait ${wait}`, async () => {
        const fake = useFake()
        const a = await smallCanvas(fake)
        if (entry.unchecked !== true) await checkFitAsync({ canvasId: a.id, locale: 'en' })
        await entry.setup?.(fake, a)
        const start = figma.currentPage
        const other = figma.createPage()
        figma.commitUndo()
        const before = pageState(fake, start.id)
        const steps = fake.undo.steps
        const notified = fake.session.notifications.length
        const trap = switchPageAtWait(fake, other, wait)
        const answer = await runCommandForAsync('en', () => entry.run(a))
        figma.commitUndo()
        const told = fake.session.notifications.slice(notified).map((n) => n.message)
        expect(told).toEqual([answer.message])
        expect(answer.message).not.toMatch(INTERNALS)
        const startChanged = pageState(fake, start.id) !== before
        const drawnThere = fake.inspect.nodes(other.id).length
        if (!trap.switched()) {
          // The command waited fewer times: it ran on one page throughout.
          expect(drawnThere).toBe(0)
          return
        }
        if (!answer.ok) {
          expect({ startChanged, drawnThere, steps: fake.undo.steps - steps }).toEqual({
            startChanged: false,
            drawnThere: 0,
            steps: 0
          })
        } else if (drawnThere > 0) {
          // Drawn whole where the person is now, nothing on the page they left.
          expect({ inserts: entry.inserts === true, startChanged }).toEqual({
            inserts: true,
            startChanged: false
          })
        } else {
          expect(startChanged).toBe(true)
        }
      })
    }
  }
})
