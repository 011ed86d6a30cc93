/**
 * Turning a canvas's fit card back on is a check that draws a fresh card. When that check stops (the canvas is over
 * the storage limits, or was deleted meanwhile), nothing may have changed: the card a person edited keeps being
 * theirs and tagged as it was, the canvas's last-check data stays, and no undo step is left behind.
 */
import { describe, expect, it } from 'vitest'
import { MAX_CANVAS_STICKIES } from '../../contract/limits'
import { checkFitAsync } from '../../src/commands/check-fit-async'
import { setFitCardAsync } from '../../src/commands/set-fit-card-async'
import { runCommandForAsync } from '../../src/run/run-command'
import { useFake } from '../adapter/harness'
import { documentState, zonePoint } from '../adapter/reliability/board'
import { smallCanvas } from '../adapter/reliability/canvas'
import type { TestCanvas } from '../adapter/reliability/canvas'
import type { FigJamFake } from '../../fake'

function fitCard(fake: FigJamFake): string {
  const card = fake.inspect.nodes().find((node) => node.sharedPluginData.vpcfit?.role === 'fit-card')
  if (!card) throw new Error('no fit card')
  return card.id
}

/** More stickies on the canvas than the plugin stores a report of. */
function overTheLimit(fake: FigJamFake, canvas: TestCanvas): void {
  const at = zonePoint(fake, canvas.id, 'gains', 0.5)
  if (!at) throw new Error('no gains zone')
  for (let i = 0; i <= MAX_CANVAS_STICKIES; i++)
    fake.user.addSticky({ text: `gain ${i}`, x: at.x - 120, y: at.y - 120 })
}

const STARTS: Array<[string, (fake: FigJamFake, canvas: TestCanvas) => Promise<void>]> = [
  ['a card a person edited', (fake) => Promise.resolve(fake.user.typeInto(fitCard(fake), 'Our own notes'))],
  ['a card a person deleted', (fake) => Promise.resolve(fake.user.delete([fitCard(fake)]))],
  [
    'cards turned off',
    async (_fake, canvas) => void (await setFitCardAsync({ canvasId: canvas.id, on: false, locale: 'en' }))
  ],
  ['the plugin’s own card', () => Promise.resolve()]
]

const STOPS: Array<[string, (fake: FigJamFake, canvas: TestCanvas) => void]> = [
  ['the canvas is over the limits', overTheLimit],
  ['the canvas was deleted meanwhile', (fake, canvas) => fake.user.delete([canvas.section])]
]

describe('turning the fit card on, when the check stops', () => {
  for (const [start, prepare] of STARTS) {
    for (const [stop, spoil] of STOPS) {
      it(`${start}; ${stop}: nothing changes`, async () => {
        const fake = useFake()
        const canvas = await smallCanvas(fake)
        await checkFitAsync({ canvasId: canvas.id, locale: 'en' })
        await prepare(fake, canvas)
        spoil(fake, canvas)
        figma.commitUndo()
        const before = documentState(fake)
        const steps = fake.undo.steps
        const answer = await runCommandForAsync('en', () =>
          setFitCardAsync({ canvasId: canvas.id, on: true, locale: 'en' })
        )
        figma.commitUndo()
        expect(answer.ok).toBe(false)
        expect({ changed: documentState(fake) !== before, steps: fake.undo.steps - steps }).toEqual({
          changed: false,
          steps: 0
        })
      })
    }
  }

  it('a card a person edited stays theirs, untagged, and the new card keeps off it', async () => {
    const fake = useFake()
    const canvas = await smallCanvas(fake)
    await checkFitAsync({ canvasId: canvas.id, locale: 'en' })
    const edited = fitCard(fake)
    fake.user.typeInto(edited, 'Our own notes')
    await checkFitAsync({ canvasId: canvas.id, locale: 'en' })
    const answer = await runCommandForAsync('en', () =>
      setFitCardAsync({ canvasId: canvas.id, on: true, locale: 'en' })
    )
    expect(answer.ok).toBe(true)
    const theirs = fake.inspect.node(edited)
    expect(theirs?.text).toBe('Our own notes')
    expect(theirs?.sharedPluginData.vpcfit?.role ?? '').toBe('')
    const fresh = fake.inspect.node(fitCard(fake))
    expect(fresh?.id).not.toBe(edited)
    const [a, b] = [theirs!.box, fresh!.box]
    const apart =
      a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y
    expect(apart).toBe(true)
  })
})
