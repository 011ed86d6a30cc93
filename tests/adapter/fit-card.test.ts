import { describe, expect, it } from 'vitest'
import { fitCardIn } from '../../src/adapter/fit-card'
import { DATA_KEYS, getData, readLastCheck, SHARED_NAMESPACE, SHARED_REPORT_KEY } from '../../src/adapter/plugin-data'
import { checkFitAsync } from '../../src/commands/check-fit-async'
import { setFitCardAsync } from '../../src/commands/set-fit-card-async'
import { setEvidenceAsync } from '../../src/commands/set-evidence-async'
import { createTestCardAsync } from '../../src/commands/create-test-card-async'
import { insertVpcAsync } from '../../src/commands/insert-vpc-async'
import { runCommandAsync } from '../../src/run/run-command'
import { overlaps } from '../../src/core/layout/placement'
import type { Locale, Rect } from '../../src/core/types'
import { useFake } from './harness'
import { buildFitnessBoard, canvasSections, dropSticky, pointInZone, userNodeSignature } from './helpers'

const check = (canvasId: string | null = null) =>
  runCommandAsync('en', () => checkFitAsync({ canvasId, locale: 'en' }))

/** Three canvases in three languages; the English one filled with the fitness-app example. */
async function workshop(): Promise<SectionNode[]> {
  const canvases: Array<[string, string, Locale]> = [
    ['Busy professionals', 'Fitness app', 'en'],
    ['Föräldrar', 'Matkassar', 'sv'],
    ['Studerende', 'Elcykler', 'da']
  ]
  for (const [segment, product, locale] of canvases) await insertVpcAsync({ segment, product, locale })
  const sections = canvasSections()
  buildFitnessBoard(sections[0]!)
  dropSticky('Planera veckans middagar', pointInZone(sections[1]!, 'jobs'))
  figma.currentPage.selection = []
  return sections
}

function box(node: SceneNode): Rect {
  const b = node.absoluteBoundingBox!
  return { x: b.x, y: b.y, width: b.width, height: b.height }
}

const cards = () =>
  figma.currentPage
    .findAllWithCriteria({ types: ['SHAPE_WITH_TEXT'] })
    .filter((node) => getData(node, DATA_KEYS.role) === 'fit-card')

const cardState = (section: SectionNode) => readLastCheck(getData(section, DATA_KEYS.lastCheck)).card

describe('the fit card Check fit draws for the room', () => {
  it('draws one locked card per canvas, in the canvas’s language, inside its section and over no sticky', async () => {
    const sections = await workshop()
    const before = userNodeSignature()
    expect((await check()).ok).toBe(true)
    expect(cards()).toHaveLength(3)
    const [en, sv, da] = sections.map((section) => fitCardIn(section)!)
    expect(en!.text.characters).toMatch(
      /^Fit 83% · strong\nJobs 83% · Pains 100% · Gains 67%\nChecked \d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d$/
    )
    expect(sv!.text.characters).toMatch(
      /^Matchning 0\u00a0% · svag\nUppgifter 0\u00a0% · Besvär tom · Fördelar tom\nKontrollerad \d{1,2} \S+ \d{4} kl\. \d\d\.\d\d$/
    )
    expect(da!.text.characters).toMatch(
      /^Intet match endnu: begynd med kundens opgaver\nTjekket \d{1,2}\. \S+ \d{4} kl\. \d\d\.\d\d$/
    )
    for (const [i, card] of [en!, sv!, da!].entries()) {
      expect(card.locked).toBe(true)
      expect(card.parent?.id).toBe(sections[i]!.id)
      const stickies = figma.currentPage.findAllWithCriteria({ types: ['STICKY'] })
      expect(stickies.filter((sticky) => overlaps(box(sticky), box(card)))).toEqual([])
    }
    expect(sections.map(cardState)).toEqual(['drawn', 'drawn', 'drawn'])
    expect(userNodeSignature()).toEqual(before)
  })

  it('updates the card in place on the next check', async () => {
    const sections = await workshop()
    await check()
    const card = fitCardIn(sections[1]!)!
    const pains = dropSticky('Ont om tid', pointInZone(sections[1]!, 'pains'))
    const relief = dropSticky('Färdiga recept', pointInZone(sections[1]!, 'painRelievers'))
    useFake().user.connect(relief, pains)
    figma.currentPage.selection = []
    await check()
    expect(cards()).toHaveLength(3)
    expect(fitCardIn(sections[1]!)!.id).toBe(card.id)
    expect(card.text.characters).toMatch(
      /^Matchning 50\u00a0% · inom målet\nUppgifter 0\u00a0% · Besvär 100\u00a0% · Fördelar tom\n/
    )
  })

  it('shows the fit backed by evidence beside the fit on paper once the team sets evidence, updated in place', async () => {
    const sections = await workshop()
    await check()
    const card = fitCardIn(sections[0]!)!
    expect(card.text.characters.split('\n')[0]).toBe('Fit 83% · strong')
    const size = { width: card.width, height: card.height }
    const time = figma.currentPage
      .findAllWithCriteria({ types: ['STICKY'] })
      .find((sticky) => sticky.text.characters === 'Lack of time')!
    const answer = await runCommandAsync('en', () =>
      setEvidenceAsync({ canvasId: sections[0]!.id, itemId: time.id, level: 'did', locale: 'en' })
    )
    expect(answer.ok, answer.message).toBe(true)
    const people = userNodeSignature()
    await check()
    expect(fitCardIn(sections[0]!)!.id).toBe(card.id)
    // Lack of time counts 3 of the profile's 18 and is addressed: 17 % of the fit is backed.
    expect(card.text.characters.split('\n')[0]).toBe('Fit 83% · strong · backed by evidence 17%')
    expect({ width: card.width, height: card.height }).toEqual(size)
    const stickies = figma.currentPage.findAllWithCriteria({ types: ['STICKY'] })
    expect(stickies.filter((sticky) => overlaps(box(sticky), box(card)))).toEqual([])
    expect(userNodeSignature()).toEqual(people)
    // A canvas nobody tests keeps its three short lines.
    expect(fitCardIn(sections[1]!)!.text.characters.split('\n')[0]).toBe('Matchning 0\u00a0% · svag')
  })

  it('never covers a test card the team dragged onto the canvas where the fit card would go', async () => {
    const sections = await workshop()
    const section = sections[0]!
    const time = figma.currentPage
      .findAllWithCriteria({ types: ['STICKY'] })
      .find((sticky) => sticky.text.characters === 'Lack of time')!
    await runCommandAsync('en', () => createTestCardAsync({ canvasId: section.id, itemId: time.id, locale: 'en' }))
    const testCard = figma.currentPage
      .findAllWithCriteria({ types: ['SECTION'] })
      .find((node) => getData(node, DATA_KEYS.testCard) !== '')!
    // Into the canvas's top-right corner, the fit card's first spot.
    const b = box(section)
    useFake().user.move(testCard, b.x + b.width - 1300, b.y + 30)
    figma.currentPage.selection = []
    await check(section.id)
    const card = fitCardIn(section)!
    expect(card).not.toBeNull()
    expect(overlaps(box(card), box(testCard))).toBe(false)
  })

  it('leaves a card a person edited alone, and does not draw another', async () => {
    const sections = await workshop()
    await check()
    const card = fitCardIn(sections[0]!)!
    useFake().user.typeInto(card, 'Our own note: great fit!')
    dropSticky('Sleep better', pointInZone(sections[0]!, 'gains', 0.85, 20))
    figma.currentPage.selection = []
    await check()
    expect(card.text.characters).toBe('Our own note: great fit!')
    expect(cards()).toHaveLength(3)
    expect(cardState(sections[0]!)).toBe('left')
    // The other canvases' cards are still the plugin's and were updated.
    expect(cardState(sections[1]!)).toBe('drawn')
  })

  it('does not draw a card again on a canvas where a person deleted it', async () => {
    const sections = await workshop()
    await check()
    useFake().user.delete([fitCardIn(sections[2]!)!])
    await check()
    await check()
    expect(fitCardIn(sections[2]!)).toBeNull()
    expect(cards()).toHaveLength(2)
    expect(cardState(sections[2]!)).toBe('left')
  })

  it('is part of the check’s undo step: undo removes a new card together with the stored report', async () => {
    const sections = await workshop()
    const steps = useFake().undo.steps
    await check()
    expect(useFake().undo.steps).toBe(steps + 1)
    expect(cards()).toHaveLength(3)
    useFake().undo.undo()
    expect(cards()).toHaveLength(0)
    expect(sections[0]!.getSharedPluginData(SHARED_NAMESPACE, SHARED_REPORT_KEY)).toBe('')
    // After the undo the canvas has no card and none was deleted by a person: the next check draws it again.
    await check()
    expect(cards()).toHaveLength(3)
  })

  it('moves to a free spot rather than covering a sticky dropped where the card would go', async () => {
    const sections = await workshop()
    const section = sections[0]!
    const b = box(section)
    // Where the first card would go: the section's top-right corner.
    const blocker = useFake().user.addSticky({ text: 'Parking lot', x: b.x + b.width - 600, y: b.y + 20 })
    await check(section.id)
    const card = fitCardIn(section)!
    expect(overlaps(box(card), box(blocker))).toBe(false)
    // A sticky later dropped onto the card: the next check moves the card off it.
    const second = useFake().user.addSticky({ text: 'Idea', x: box(card).x + 100, y: box(card).y + 10 })
    await check(section.id)
    expect(overlaps(box(fitCardIn(section)!), box(second))).toBe(false)
    expect(box(second)).toEqual(box(second))
  })

  it('checks only the canvas asked for: the others get no card', async () => {
    const sections = await workshop()
    await check(sections[1]!.id)
    expect(cards().map((card) => card.parent?.id)).toEqual([sections[1]!.id])
  })

  it('can be turned off per canvas: the plugin’s card goes, later checks draw none, and turning it on draws it again', async () => {
    const sections = await workshop()
    await check()
    const off = await runCommandAsync('en', () =>
      setFitCardAsync({ canvasId: sections[0]!.id, on: false, locale: 'en' })
    )
    expect(off).toEqual({
      ok: true,
      message: 'Fit card turned off for this canvas. Check fit no longer draws it.'
    })
    expect(fitCardIn(sections[0]!)).toBeNull()
    await check()
    expect(fitCardIn(sections[0]!)).toBeNull()
    expect(cardState(sections[0]!)).toBe('off')
    expect(cards()).toHaveLength(2)
    const on = await runCommandAsync('en', () =>
      setFitCardAsync({ canvasId: sections[0]!.id, on: true, locale: 'en' })
    )
    expect(on.message).toMatch(/^Fit 83/)
    expect(fitCardIn(sections[0]!)?.text.characters).toMatch(/^Fit 83%/)
    expect(cardState(sections[0]!)).toBe('drawn')
  })

  it('turned on again after a person edited it: their card stays as theirs, a new one is drawn beside it', async () => {
    const sections = await workshop()
    await check()
    const theirs = fitCardIn(sections[1]!)!
    useFake().user.typeInto(theirs, 'Vi är nästan där!')
    await check()
    expect(cardState(sections[1]!)).toBe('left')
    await runCommandAsync('en', () => setFitCardAsync({ canvasId: sections[1]!.id, on: true, locale: 'en' }))
    expect(theirs.removed).toBe(false)
    expect(theirs.text.characters).toBe('Vi är nästan där!')
    const mine = fitCardIn(sections[1]!)!
    expect(mine.id).not.toBe(theirs.id)
    expect(mine.text.characters).toMatch(/^Matchning/)
    expect(overlaps(box(mine), box(theirs))).toBe(false)
  })
})
