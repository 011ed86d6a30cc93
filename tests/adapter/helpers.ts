import { expect } from 'vitest'
import { takeSnapshot } from '../../src/adapter/snapshot'
import { readOneCanvas } from '../../src/commands/read-canvas'
import { analyzeBoard, reportWithoutTime } from '../../src/core/analyze'
import { pointAt, vpcLayout } from '../../src/core/layout/vpc-layout'
import { sectorFor } from '../../src/core/zones'
import type { Point, Rect, ZoneKey } from '../../src/core/types'
import { DATA_KEYS, getData, ROLES } from '../../src/adapter/plugin-data'
import { useFake } from './harness'

/** The canvas sections on the current page, in page order. */
export function canvasSections(): SectionNode[] {
  return figma.currentPage
    .findAllWithCriteria({ types: ['SECTION'] })
    .filter((node) => getData(node, DATA_KEYS.role) === ROLES.canvas)
}

/**
 * Every canvas read on its own (`readOneCanvas`, the read of one-canvas commands) gives the report the page's full
 * read gives it; returns the full read.
 */
export function expectScopedReadsAgree(): ReturnType<typeof analyzeBoard> {
  const full = analyzeBoard(takeSnapshot(figma.currentPage), 'now')
  for (const section of canvasSections()) {
    const expected = full.find((a) => a.report.canvas.id === section.id)
    const scoped = readOneCanvas(figma.currentPage, section.id, 'now')
    expect(scoped && reportWithoutTime(scoped.analysis.report)).toEqual(
      expected && reportWithoutTime(expected.report)
    )
  }
  return full
}

function abs(node: SceneNode): Rect {
  const box = node.absoluteBoundingBox
  if (!box) throw new Error(`${node.name} has no bounding box`)
  return { x: box.x, y: box.y, width: box.width, height: box.height }
}

/** The square and circle of a canvas, page-absolute. */
export function shapesOf(section: SectionNode): { valueMap: Rect; customerProfile: Rect } {
  const find = (role: string) => {
    const node = section.findChildren((child) => getData(child, DATA_KEYS.role) === role)[0]
    if (!node) throw new Error(`canvas has no ${role}`)
    return abs(node)
  }
  return { valueMap: find(ROLES.valueMap), customerProfile: find(ROLES.customerProfile) }
}

/** A point in `zone` of a canvas: on the sector's middle ray at `fraction` of the radius, nudged sideways. */
export function pointInZone(section: SectionNode, zone: ZoneKey, fraction = 0.6, turn = 0): Point {
  const sector = sectorFor(zone)
  const shapes = shapesOf(section)
  const rect = sector.shape === 'square' ? shapes.valueMap : shapes.customerProfile
  const centre = { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 }
  return pointAt(centre, sector.centre + turn, fraction * (rect.width / 2))
}

/** A person drops a sticky centred on `point`. */
export function dropSticky(text: string, point: Point): StickyNode {
  return useFake().user.addSticky({ text, x: point.x - 120, y: point.y - 120 })
}

/** The default template size, for placement checks. */
export const TEMPLATE = vpcLayout()

/** Every node a person made (not the plugin's template parts), with what must never change. */
export function userNodeSignature(): string[] {
  return figma.currentPage
    .findAll((node) => ['STICKY', 'CONNECTOR', 'STAMP'].includes(node.type))
    .filter((node) => getData(node, DATA_KEYS.role) === '')
    .map((node) => {
      const box = node.absoluteBoundingBox
      const text = node.type === 'STICKY' ? node.text.characters : ''
      const ends =
        node.type === 'CONNECTOR'
          ? JSON.stringify([node.connectorStart, node.connectorEnd])
          : node.type === 'STAMP'
            ? (node.stuckTo?.id ?? '')
            : ''
      return [node.id, node.type, node.parent?.id, box?.x, box?.y, box?.width, box?.height, text, ends].join('|')
    })
    .sort()
}

/** `count` points in `zone`, stacked top to bottom 260 px apart around the 60 % point: reading order = index. */
export function stackInZone(section: SectionNode, zone: ZoneKey, count: number): Point[] {
  const middle = pointInZone(section, zone, 0.6)
  return Array.from({ length: count }, (_, i) => ({ x: middle.x, y: middle.y + (i - (count - 1) / 2) * 260 }))
}

export interface FitnessBoard {
  section: SectionNode
  stickies: Record<string, StickyNode>
}

/** The seeds' fitness-app example, built as a user would: stickies dropped in each zone, then connectors. */
export function buildFitnessBoard(section: SectionNode): FitnessBoard {
  const zones: Record<ZoneKey, string[]> = {
    jobs: ['Track workouts', 'Manage diet', 'Stay motivated'],
    pains: ['Lack of time', 'Complex apps', 'Inconsistent progress'],
    gains: ['Quick results', 'Easy-to-use interface', 'Sense of achievement'],
    products: ['Mobile fitness app with workout tracking and meal planning'],
    painRelievers: ['10-minute workouts', 'Intuitive design', 'Progress reminders'],
    gainCreators: ['Personalised plans', 'Gamified rewards', 'Integration with wearables']
  }
  const stickies: Record<string, StickyNode> = {}
  for (const zone of Object.keys(zones) as ZoneKey[]) {
    const texts = zones[zone]
    stackInZone(section, zone, texts.length).forEach((point, i) => {
      const text = texts[i]!
      stickies[text] = dropSticky(text, point)
    })
  }
  const connect = (from: string, to: string) => useFake().user.connect(stickies[from]!, stickies[to]!)
  connect('10-minute workouts', 'Lack of time')
  connect('Intuitive design', 'Complex apps')
  connect('Progress reminders', 'Inconsistent progress')
  connect('Personalised plans', 'Quick results')
  connect('Gamified rewards', 'Sense of achievement')
  connect('Mobile fitness app with workout tracking and meal planning', 'Track workouts')
  connect('Manage diet', 'Mobile fitness app with workout tracking and meal planning')
  return { section, stickies }
}
