/**
 * Every Check fit keeps a version in the canvas's history, stored as shared plugin data on its section: edits in
 * between give versions with what changed; storage at the size limit; a copied canvas starts its own history; two
 * collaborators checking at once neither duplicate nor lose a version.
 */
import { describe, expect, it } from 'vitest'
import type { Version } from '../../contract/history'
import { HISTORY_MAX_BYTES, PLUGIN_DATA_LIMIT } from '../../contract/limits'
import { readNodeHistory, writeNodeHistory } from '../../src/adapter/history-store'
import { SHARED_NAMESPACE } from '../../src/adapter/plugin-data'
import { checkFitAsync } from '../../src/commands/check-fit-async'
import { insertVpcAsync } from '../../src/commands/insert-vpc-async'
import { planHistory } from '../../src/commands/keep-history'
import { saveVersionAsync } from '../../src/commands/save-version-async'
import { MENU_COMMANDS } from '../../src/menu/menu-commands'
import { takeSnapshot } from '../../src/adapter/snapshot'
import { analyzeBoard } from '../../src/core/analyze'
import { diffVersions } from '../../src/core/history/diff-versions'
import { sortVersions } from '../../src/core/history/keep-version'
import { versionBytes } from '../../src/core/history/thin-history'
import { utf8Length } from '../../src/core/report-storage'
import { runCommandAsync } from '../../src/run/run-command'
import { useFake } from '../adapter/harness'
import { buildFitnessBoard, canvasSections, dropSticky, pointInZone } from '../adapter/helpers'

const check = (canvasId: string | null = null) =>
  runCommandAsync('en', () => checkFitAsync({ canvasId, locale: 'en' }))

const versionsOf = (section: BaseNode): Version[] => sortVersions(readNodeHistory(section).versions)

const historyKeys = (node: BaseNode) =>
  node.getSharedPluginDataKeys(SHARED_NAMESPACE).filter((key) => key.startsWith('history.'))

async function fitnessCanvas() {
  await insertVpcAsync({ segment: 'Busy professionals', product: 'Fitness app', locale: 'en' })
  return buildFitnessBoard(canvasSections()[0]!)
}

describe('the history Check fit keeps', () => {
  it('checks three times with edits in between: three versions, each change found', async () => {
    const { section, stickies } = await fitnessCanvas()
    expect((await check()).ok).toBe(true)
    const fake = useFake()
    fake.user.typeInto(stickies['Lack of time']!, 'No time at all')
    dropSticky('Hard to stay consistent', pointInZone(section, 'pains', 0.3, 20))
    expect((await check()).ok).toBe(true)
    // Moved to gains and reworded at once.
    const sticky = stickies['Complex apps']!
    fake.user.typeInto(sticky, 'Simple apps')
    const target = pointInZone(section, 'gains', 0.5, -15)
    fake.user.move(sticky, target.x - 120, target.y - 120)
    expect((await check()).ok).toBe(true)
    const versions = versionsOf(section)
    expect(versions).toHaveLength(3)
    expect(versions.map((v) => v.canvas)).toEqual([section.id, section.id, section.id])
    const [first, second, third] = versions as [Version, Version, Version]
    expect(second.parent).toBe(first.id)
    const one = diffVersions(first, second)
    expect(one.reworded.map((c) => c.after.text)).toEqual(['No time at all'])
    expect(one.added.map((i) => i.text)).toEqual(['Hard to stay consistent'])
    const two = diffVersions(second, third)
    expect(two.moved.map((c) => [c.before.zone, c.after.zone, c.reworded])).toEqual([
      ['pains', 'gains', true]
    ])
    // Its link to a pain reliever no longer counts from the gains zone: broken.
    expect(two.unlinked.map((l) => [l.from.text, l.to.text])).toEqual([['Intuitive design', 'Complex apps']])
  })

  it('an unchanged check keeps no second copy, and is still one undo step', async () => {
    const { section } = await fitnessCanvas()
    await check()
    const steps = useFake().undo.steps
    await check()
    expect(versionsOf(section)).toHaveLength(1)
    expect(useFake().undo.steps).toBe(steps + 1)
  })

  it('stores a version too large for one entry in pieces, and the history within its limit', async () => {
    await insertVpcAsync({ segment: 'Large', product: 'Canvas', locale: 'en' })
    const section = canvasSections()[0]!
    const long = 'ü'.repeat(2500)
    // 60 stickies of 5 kB each: one version is about 300 kB, three entries' worth.
    const fake = useFake()
    for (const zone of ['jobs', 'pains', 'gains'] as const)
      for (let i = 0; i < 20; i += 1) {
        // A tall sticky, moved so that its centre is in the zone.
        const point = pointInZone(section, zone, 0.3 + (i % 5) * 0.12, (Math.floor(i / 5) - 1.5) * 12)
        const sticky = dropSticky(`${zone} ${i} ${long}`, point)
        fake.user.move(sticky, point.x - sticky.width / 2, point.y - sticky.height / 2)
      }
    const first = canvasSections()[0]!.findAllWithCriteria({ types: ['STICKY'] })[0]!
    let rounds = 0
    // Enough checks to fill the history's bytes several times over.
    while (rounds * 300_000 < HISTORY_MAX_BYTES * 2) {
      fake.user.typeInto(first, `edit ${rounds} ${long}`)
      expect((await check()).ok).toBe(true)
      rounds += 1
    }
    const keys = historyKeys(section)
    expect(keys.some((key) => /^history\.[0-9a-f]{16}\.\d+$/.test(key))).toBe(true)
    for (const key of keys)
      expect(
        utf8Length(SHARED_NAMESPACE + key + section.getSharedPluginData(SHARED_NAMESPACE, key))
      ).toBeLessThanOrEqual(PLUGIN_DATA_LIMIT)
    const versions = versionsOf(section)
    expect(versions).toHaveLength(rounds)
    const total = versions.reduce((sum, v) => sum + versionBytes(v), 0)
    expect(total).toBeLessThanOrEqual(HISTORY_MAX_BYTES)
    // The newest two keep their stickies; older ones were thinned to their fit, oldest first.
    expect(versions.slice(-2).every((v) => v.items?.length === 60)).toBe(true)
    expect(versions[0]?.items).toBeNull()
    expect(versions[versions.length - 1]?.items?.find((item) => item[3].startsWith('edit'))?.[3]).toBe(
      `edit ${rounds - 1} ${long}`
    )
    // Every entry stored belongs to a version read back: no piece left over.
    const live = new Set(versions.map((v) => `history.${v.id}`))
    expect(keys.every((key) => live.has(key.replace(/\.\d+$/, '')))).toBe(true)
  })

  it('a copied canvas starts its own history; the original keeps its own', async () => {
    const { section, stickies } = await fitnessCanvas()
    await check()
    useFake().user.typeInto(stickies['Lack of time']!, 'No time')
    await check()
    const [copy] = useFake().user.duplicate([section]) as [SectionNode]
    // The copy carries the original's entries, but they are not its history.
    expect(historyKeys(copy).length).toBeGreaterThan(0)
    expect(versionsOf(copy)).toEqual([])
    await check(copy.id)
    const own = versionsOf(copy)
    expect(own).toHaveLength(1)
    expect(own[0]?.parent).toBe('')
    expect(historyKeys(copy)).toEqual([`history.${own[0]!.id}`])
    expect(versionsOf(section)).toHaveLength(2)
  })

  it('two collaborators checking at once: the same check is kept once, different ones both', async () => {
    const { section, stickies } = await fitnessCanvas()
    await check()
    const report = () => analyzeBoard(takeSnapshot(figma.currentPage), new Date().toISOString())[0]!.report
    // Both read the history before either writes (as two clients do), then both write, in either order.
    const same = [planHistory(section, report()), planHistory(section, report())]
    writeNodeHistory(section, same[1]!.entries)
    writeNodeHistory(section, same[0]!.entries)
    expect(versionsOf(section)).toHaveLength(1)
    useFake().user.typeInto(stickies['Lack of time']!, 'Ada edited this')
    const ada = planHistory(section, report())
    useFake().user.typeInto(stickies['Lack of time']!, 'Grace edited this', { remote: true })
    const grace = planHistory(section, report())
    writeNodeHistory(section, grace.entries)
    writeNodeHistory(section, ada.entries)
    const versions = versionsOf(section)
    expect(versions).toHaveLength(3)
    expect(new Set(versions.map((v) => v.id)).size).toBe(3)
    // The next check sees both and goes on from the newest.
    useFake().user.typeInto(stickies['Complex apps']!, 'Later')
    await check()
    const after = versionsOf(section)
    expect(after).toHaveLength(4)
    expect(after[3]?.parent).toBe(after[2]?.id)
  })

  it('two checks started together in one client keep one version', async () => {
    const { section } = await fitnessCanvas()
    const answers = await Promise.all([check(), check()])
    expect(answers.every((answer) => answer.ok)).toBe(true)
    expect(versionsOf(section)).toHaveLength(1)
  })
})

describe('Save a version', () => {
  const save = (name: string, canvasId: string | null = null) =>
    runCommandAsync('en', () => saveVersionAsync({ canvasId, name, locale: 'en' }))

  it('keeps a named version, one undo step, one notification that says so', async () => {
    const { section, stickies } = await fitnessCanvas()
    await check()
    useFake().user.typeInto(stickies['Lack of time']!, 'No time')
    const steps = useFake().undo.steps
    const before = useFake().session.notifications.length
    const answer = await save('  after interviews   round 2 ', section.id)
    expect(answer).toEqual({ ok: true, message: 'Saved “after interviews round 2” · Fit 83%' })
    expect(useFake().session.notifications.length).toBe(before + 1)
    expect(useFake().undo.steps).toBe(steps + 1)
    const versions = versionsOf(section)
    expect(versions.map((v) => v.name)).toEqual([undefined, 'after interviews round 2'])
  })

  it('names the newest version when nothing changed since it was kept', async () => {
    const { section } = await fitnessCanvas()
    await check()
    await save('baseline', section.id)
    expect(versionsOf(section).map((v) => v.name)).toEqual(['baseline'])
  })

  it('refuses an empty or too long name with a clear sentence and writes nothing', async () => {
    const { section } = await fitnessCanvas()
    await check()
    const keys = historyKeys(section)
    expect(await save('   ', section.id)).toEqual({
      ok: false,
      message: 'Give the version a name, such as “after interviews round 2”.'
    })
    expect(await save('x'.repeat(61), section.id)).toEqual({
      ok: false,
      message: 'A version name can be at most 60 characters.'
    })
    expect(historyKeys(section)).toEqual(keys)
  })

  it('asks for one canvas when the board has several and none is selected', async () => {
    await fitnessCanvas()
    await insertVpcAsync({ segment: 'Second', product: 'Offer', locale: 'en' })
    figma.currentPage.selection = []
    expect(await save('round 1')).toEqual({
      ok: false,
      message: 'Select one canvas to save a version of it.'
    })
  })

  it('runs from the menu with the name the quick action asked for', async () => {
    const { section } = await fitnessCanvas()
    const id = section.id
    figma.currentPage.selection = [section]
    await MENU_COMMANDS['save-version']!({ name: 'from the menu' })
    // The menu command closed its run: the board is read in a new one.
    const node = await useFake().startSession().figma.getNodeByIdAsync(id)
    expect(versionsOf(node!).map((v) => v.name)).toEqual(['from the menu'])
  })
})
