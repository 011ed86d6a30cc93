import { describe, expect, it } from 'vitest'
import { DATA_KEYS, getData } from '../../../src/adapter/plugin-data'
import { takeSnapshot } from '../../../src/adapter/snapshot'
import { analyzeBoard } from '../../../src/core/analyze'
import { overlaps } from '../../../src/core/layout/placement'
import { riskiestAssumptions } from '../../../src/core/evidence/riskiest'
import { createTestCardAsync } from '../../../src/commands/create-test-card-async'
import { insertVpcAsync } from '../../../src/commands/insert-vpc-async'
import { recordLearningAsync } from '../../../src/commands/record-learning-async'
import { setEvidenceAsync } from '../../../src/commands/set-evidence-async'
import { runCommandAsync } from '../../../src/run/run-command'
import type { Locale, Rect } from '../../../src/core/types'
import { useFake } from '../harness'
import { buildFitnessBoard, canvasSections, userNodeSignature } from '../helpers'

async function board(locale: Locale = 'en') {
  await insertVpcAsync({ segment: 'Busy professionals', product: 'Fitness app', locale })
  const section = canvasSections()[0]!
  const { stickies } = buildFitnessBoard(section)
  return { section, stickies }
}

const report = () => analyzeBoard(takeSnapshot(figma.currentPage), new Date().toISOString())[0]!.report
const run = (work: () => Promise<{ message: string }>) => runCommandAsync('en', work)

function box(node: SceneNode): Rect {
  const b = node.absoluteBoundingBox!
  return { x: b.x, y: b.y, width: b.width, height: b.height }
}

function cardsOf(key: 'testCard' | 'learningCard'): SectionNode[] {
  return figma.currentPage.findAllWithCriteria({ types: ['SECTION'] }).filter((s) => getData(s, DATA_KEYS[key]) !== '')
}

function field(card: SectionNode, name: string): ShapeWithTextNode {
  return card.findAllWithCriteria({ types: ['SHAPE_WITH_TEXT'] }).find((s) => getData(s, DATA_KEYS.field) === name)!
}

describe('test cards and learning cards on the board', () => {
  it('draws a test card beside the canvas, over nothing, prefilled, connected to its item; one undo step, one message', async () => {
    const { section, stickies } = await board()
    const item = stickies['Lack of time']!
    const people = userNodeSignature()
    const others = figma.currentPage.children.map((node) => box(node))
    const steps = useFake().undo.steps
    const answer = await run(() => createTestCardAsync({ canvasId: section.id, itemId: item.id, locale: 'en' }))
    expect(answer).toMatchObject({ ok: true, message: 'Test card drawn for “Lack of time”: write the test, metric and criteria on it.' })
    expect(useFake().undo.steps).toBe(steps + 1)
    const [card] = cardsOf('testCard')
    expect(card!.name).toBe('Test card: Lack of time')
    expect(box(card!).x).toBeGreaterThanOrEqual(box(section).x + box(section).width)
    for (const other of others) expect(overlaps(box(card!), other)).toBe(false)
    expect(field(card!, 'hypothesis').text.characters).toBe('We believe that busy professionals struggle with lack of time')
    expect(field(card!, 'test').text.characters).toBe('To find out, we will ')
    const connector = figma.currentPage
      .findAllWithCriteria({ types: ['CONNECTOR'] })
      .find((c) => 'endpointNodeId' in c.connectorEnd && c.connectorEnd.endpointNodeId === item.id && 'endpointNodeId' in c.connectorStart && c.connectorStart.endpointNodeId === field(card!, 'hypothesis').id)
    expect(connector).toBeDefined()
    // In the card's blue: it reads as the card's link, not as one of the canvas's fit links.
    expect(connector!.strokes).toEqual([{ type: 'SOLID', color: { r: 13 / 255, g: 153 / 255, b: 1 } }])
    // Nothing people made changed (the new connector is the plugin's, between its card and the item).
    expect(userNodeSignature().filter((row) => !row.startsWith(connector!.id))).toEqual(people)
    const test = report().evidence.tests[0]!
    expect(test).toMatchObject({ id: card!.id, itemId: item.id, test: '', status: 'draft' })
    expect(report().fit.score).toBeGreaterThan(0)
    expect(riskiestAssumptions(report()).find((r) => r.id === item.id)?.testId).toBe(card!.id)
  })

  it('reads back what the team wrote, never writes it again, and refuses a second running test for the item', async () => {
    const { section, stickies } = await board()
    const item = stickies['Lack of time']!
    await run(() => createTestCardAsync({ canvasId: section.id, itemId: item.id, locale: 'en' }))
    const [card] = cardsOf('testCard')
    const user = useFake().user
    user.typeInto(field(card!, 'test'), 'To find out, we will offer a 10-minute plan to 20 people')
    user.typeInto(field(card!, 'metric'), 'Sign-ups in a week')
    user.typeInto(field(card!, 'criteria'), 'We are right if 8 sign up')
    user.typeInto(field(card!, 'hypothesis'), 'Busy people skip workouts for lack of time')
    expect(report().evidence.tests[0]).toMatchObject({
      hypothesis: 'Busy people skip workouts for lack of time',
      test: 'offer a 10-minute plan to 20 people',
      metric: 'Sign-ups in a week',
      criteria: '8 sign up',
      status: 'ready'
    })
    const written = card!.findAllWithCriteria({ types: ['SHAPE_WITH_TEXT'] }).map((s) => s.text.characters)
    const again = await run(() => createTestCardAsync({ canvasId: section.id, itemId: item.id, locale: 'en' }))
    expect(again).toMatchObject({ ok: false, message: '“Lack of time” already has a test card in progress.' })
    await run(() => recordLearningAsync({ testId: card!.id, locale: 'en' }))
    expect(card!.findAllWithCriteria({ types: ['SHAPE_WITH_TEXT'] }).map((s) => s.text.characters)).toEqual(written)
  })

  it('records what was learned beside the test card; the decision moves the item’s evidence and the backed fit', async () => {
    const { section, stickies } = await board('sv')
    const item = stickies['Lack of time']!
    await run(() => createTestCardAsync({ canvasId: section.id, itemId: item.id, locale: 'en' }))
    const [card] = cardsOf('testCard')
    expect(field(card!, 'hypothesis').text.characters).toBe('Vi tror att busy professionals besväras av lack of time')
    const steps = useFake().undo.steps
    const answer = await run(() => recordLearningAsync({ testId: card!.id, locale: 'en' }))
    expect(answer).toMatchObject({ ok: true, message: 'Learning card drawn: write what you saw, then keep, change or drop.' })
    expect(useFake().undo.steps).toBe(steps + 1)
    const [learning] = cardsOf('learningCard')
    expect(box(learning!).x).toBe(box(card!).x + box(card!).width + 120)
    expect(box(learning!).y).toBe(box(card!).y)
    expect(field(learning!, 'hypothesis').text.characters).toBe('Vi trodde att busy professionals besväras av lack of time')
    expect(report().evidence.tests[0]?.status).toBe('learning')
    expect(report().evidence.fit.score).toBe(0)
    useFake().user.typeInto(field(learning!, 'decision'), 'Därför ska vi (behålla, ändra eller släppa): behålla')
    expect(report().evidence.items[item.id]).toBe('said')
    expect(report().evidence.tests[0]?.learning?.decision).toBe('keep')
    // Lack of time (weight 3 of the 9 of pains, 18 in the profile) is addressed and now backed.
    expect(report().evidence.fit.score).toBe(Math.round((100 * 3) / 18))
    const second = await run(() => recordLearningAsync({ testId: card!.id, locale: 'en' }))
    expect(second).toMatchObject({ ok: false, message: 'This test already has a learning card.' })
    // A setting made later in the panel wins over the card's decision.
    await run(() => setEvidenceAsync({ canvasId: section.id, itemId: item.id, level: 'refuted', locale: 'en' }))
    expect(report().evidence.items[item.id]).toBe('refuted')
    expect(report().evidence.fit.score).toBe(0)
    expect(riskiestAssumptions(report())[0]).toMatchObject({ id: item.id, reason: 'refutedInFit' })
  })

  it('evidence is shared plugin data on the canvas; the sticky is never written', async () => {
    const { section, stickies } = await board()
    const item = stickies['Track workouts']!
    const people = userNodeSignature()
    const answer = await run(() => setEvidenceAsync({ canvasId: section.id, itemId: item.id, level: 'did', locale: 'en' }))
    expect(answer).toMatchObject({ ok: true, message: 'Evidence for “Track workouts”: customers did so.' })
    expect(section.getSharedPluginData('vpcfit', 'evidence')).toBe(JSON.stringify({ did: [item.id] }))
    expect(item.getSharedPluginDataKeys('vpcfit')).toEqual([])
    expect(userNodeSignature()).toEqual(people)
    await run(() => setEvidenceAsync({ canvasId: section.id, itemId: item.id, level: 'none', locale: 'en' }))
    expect(section.getSharedPluginData('vpcfit', 'evidence')).toBe('')
    const gone = await run(() => setEvidenceAsync({ canvasId: section.id, itemId: '999:1', level: 'did', locale: 'en' }))
    expect(gone).toMatchObject({ ok: false, message: 'That sticky is no longer on this canvas.' })
  })
})
