import { describe, expect, it } from 'vitest'
import { checkFitAsync } from '../../src/commands/check-fit-async'
import { insertVpcAsync } from '../../src/commands/insert-vpc-async'
import { runCommandAsync } from '../../src/run/run-command'
import { SHARED_NAMESPACE, SHARED_REPORT_KEY } from '../../src/adapter/plugin-data'
import { takeSnapshot } from '../../src/adapter/snapshot'
import { analyzeBoard, reportWithoutTime } from '../../src/core/analyze'
import type { FitReport } from '../../src/core/types'
import { useFake } from '../adapter/harness'
import { buildFitnessBoard, canvasSections, pointInZone, userNodeSignature } from '../adapter/helpers'

async function fitnessCanvas() {
  await insertVpcAsync({ segment: 'Busy professionals', product: 'Fitness app', locale: 'en' })
  return buildFitnessBoard(canvasSections()[0]!)
}

const storedReport = (section: SectionNode) =>
  JSON.parse(section.getSharedPluginData(SHARED_NAMESPACE, SHARED_REPORT_KEY)) as FitReport

const check = () => runCommandAsync('en', () => checkFitAsync({ canvasId: null, locale: 'en' }))

describe('checking the fit of the fitness-app example', () => {
  it('finds every sticky in its zone, the links, coverage, score, band, unaddressed items and orphans', async () => {
    const { section, stickies } = await fitnessCanvas()
    figma.currentPage.selection = []
    const answer = await check()
    expect(answer.ok).toBe(true)
    const report = storedReport(section)
    const texts = (zone: keyof FitReport['zones']) => report.zones[zone].map((item) => item.text)
    expect(texts('jobs')).toEqual(['Track workouts', 'Manage diet', 'Stay motivated'])
    expect(texts('pains')).toEqual(['Lack of time', 'Complex apps', 'Inconsistent progress'])
    expect(texts('gains')).toEqual(['Quick results', 'Easy-to-use interface', 'Sense of achievement'])
    expect(texts('products')).toEqual(['Mobile fitness app with workout tracking and meal planning'])
    expect(texts('painRelievers')).toEqual(['10-minute workouts', 'Intuitive design', 'Progress reminders'])
    expect(texts('gainCreators')).toEqual(['Personalised plans', 'Gamified rewards', 'Integration with wearables'])
    expect(report.unplaced).toEqual([])
    expect(report.links).toHaveLength(7)
    expect(report.links.every((link) => link.kind !== 'invalid')).toBe(true)
    const id = (text: string) => stickies[text]!.id
    // Weights 3, 2, 1 per zone: jobs 3+2 of 6, pains 6 of 6, gains 3+1 of 6.
    expect(report.fit.coverage).toEqual({ jobs: 83, pains: 100, gains: 67 })
    expect(report.fit.score).toBe(83)
    expect(report.fit.band).toBe('strong')
    expect(report.fit.unaddressed).toEqual([id('Stay motivated'), id('Easy-to-use interface')])
    expect(report.fit.orphans).toEqual([id('Integration with wearables')])
    expect(report.canvas).toEqual({ id: section.id, segment: 'Busy professionals', product: 'Fitness app', locale: 'en' })
    expect(answer.message).toBe('Fit 83% · strong · 2 unaddressed: 1 job, 1 gain')
  })

  it('gives an identical report on a second run, but for the time', async () => {
    const { section } = await fitnessCanvas()
    await check()
    const first = storedReport(section)
    await check()
    expect(reportWithoutTime(storedReport(section))).toEqual(reportWithoutTime(first))
  })

  it('counts stickies parented to the page, to the section and to a group alike', async () => {
    const { section, stickies } = await fitnessCanvas()
    const point = pointInZone(section, 'gains', 0.85, 10)
    const onPage = useFake().user.addSticky({
      text: 'Save money',
      x: point.x - 120,
      y: point.y - 120,
      parent: figma.currentPage
    })
    expect(onPage.parent?.type).toBe('PAGE')
    expect(stickies['Quick results']!.parent?.id).toBe(section.id)
    const grouped = useFake().user.group([stickies['Lack of time']!, stickies['Complex apps']!])
    expect(grouped.type).toBe('GROUP')
    await check()
    const report = storedReport(section)
    expect(report.zones.gains.map((item) => item.id)).toContain(onPage.id)
    expect(report.zones.gains.map((item) => item.id)).toContain(stickies['Quick results']!.id)
    expect(report.zones.pains.map((item) => item.id)).toContain(stickies['Lack of time']!.id)
  })

  it('reports the same zones after the whole canvas is moved', async () => {
    const { section } = await fitnessCanvas()
    await check()
    const before = reportWithoutTime(storedReport(section))
    useFake().user.move(section, section.x + 3000, section.y - 1200)
    await check()
    expect(reportWithoutTime(storedReport(section))).toEqual(before)
  })

  it('changes no sticky, connector or stamp', async () => {
    const { stickies } = await fitnessCanvas()
    useFake().user.stamp(stickies['Lack of time']!)
    const before = userNodeSignature()
    await check()
    expect(userNodeSignature()).toEqual(before)
  })

  it('is one undo step and says so when there is no canvas', async () => {
    const fake = useFake()
    const answer = await check()
    expect(answer).toEqual({ ok: false, message: 'No Value Proposition Canvas on this page yet. Insert one first.' })
    await fitnessCanvas()
    const steps = fake.undo.steps
    await check()
    expect(fake.undo.steps).toBe(steps + 1)
  })

  it('one Ctrl+Z takes back the whole check (card, report), the next one the person’s last edit', async () => {
    const fake = useFake()
    const { section } = await fitnessCanvas()
    const mine = fake.user.addSticky({ text: 'Sleep more', x: section.x + 3000, y: section.y })
    const cards = () => fake.inspect.nodes().filter((node) => node.sharedPluginData.vpcfit?.role === 'fit-card')
    expect((await check()).ok).toBe(true)
    expect(cards()).toHaveLength(1)
    expect(fake.undo.undo()).toBe(true)
    expect(cards()).toHaveLength(0)
    expect(section.getSharedPluginData(SHARED_NAMESPACE, SHARED_REPORT_KEY)).toBe('')
    expect(fake.inspect.node(mine.id)).not.toBeNull()
    expect(fake.undo.undo()).toBe(true)
    expect(fake.inspect.node(mine.id)).toBeNull()
  })

  it('checks only the selected canvas when one is selected', async () => {
    await insertVpcAsync({ segment: 'A', product: 'One', locale: 'en' })
    await insertVpcAsync({ segment: 'B', product: 'Two', locale: 'da' })
    const [first, second] = canvasSections()
    figma.currentPage.selection = [second!]
    await check()
    expect(first!.getSharedPluginData(SHARED_NAMESPACE, SHARED_REPORT_KEY)).toBe('')
    expect(storedReport(second!).canvas.locale).toBe('da')
  })

  it('matches a from-scratch analysis of a fresh snapshot', async () => {
    const { section } = await fitnessCanvas()
    await check()
    const fresh = analyzeBoard(takeSnapshot(figma.currentPage), 'x')[0]!
    expect(reportWithoutTime(storedReport(section))).toEqual(reportWithoutTime(fresh.report))
  })
})
