/**
 * A canvas a facilitator drew by hand, to adopt: a section with a square and a circle (plain shapes, no text),
 * six label chips written on them, stickies in every zone, two stickies in no zone, and the team's connectors.
 * Everything is made with the fake's user actions, as a person would draw it; the plugin has not seen it yet.
 */
import type { FigJamFake, UserActions } from '../fake'
import type { ZoneKey } from '../contract/vocabulary'
import { ZONE_COLOURS } from './samples'

/** The picker's value for this sample. */
export const DRAWN_SAMPLE = 'drawn-en'
export const DRAWN_SAMPLE_TITLE = 'Hand-drawn canvas to adopt (English)'

const SIDE = 1100
const LABELS: Record<ZoneKey, string> = {
  jobs: 'Customer Jobs',
  pains: 'Pains',
  gains: 'Gains',
  products: 'Products & Services',
  painRelievers: 'Pain Relievers',
  gainCreators: 'Gain Creators'
}
/** Where each zone sits, seen from its shape's centre (degrees counter-clockwise from right). */
const ANGLES: Record<ZoneKey, number> = {
  jobs: 0,
  gains: 120,
  pains: 240,
  gainCreators: 60,
  products: 180,
  painRelievers: 300
}
const CUSTOMER: readonly ZoneKey[] = ['jobs', 'pains', 'gains']

const STICKIES: Record<ZoneKey, string[]> = {
  jobs: ['Get to work on time', 'Arrive fresh, not sweaty'],
  pains: ['Crowded trains', 'Bike theft'],
  gains: ['Exercise on the way', 'Save money on tickets'],
  products: ['E-bike subscription'],
  painRelievers: ['Insurance with replacement bike'],
  gainCreators: ['Monthly price below a transit pass']
}

function polar(centre: { x: number; y: number }, angle: number, distance: number) {
  const radians = (angle * Math.PI) / 180
  return { x: centre.x + distance * Math.cos(radians), y: centre.y - distance * Math.sin(radians) }
}

/** Draws the sample with its top-left at `origin` (page-absolute); resolves with the section's id. */
export async function buildDrawnSample(fake: FigJamFake, user: UserActions, origin: { x: number; y: number }): Promise<string> {
  const section = user.addSection({
    x: origin.x,
    y: origin.y,
    width: 2900,
    height: 1700,
    name: 'Commuters · E-bike subscription (drawn by hand)'
  })
  const square = { x: origin.x + 200, y: origin.y + 300 }
  const circle = { x: origin.x + 1600, y: origin.y + 300 }
  user.addShape({ ...square, width: SIDE, height: SIDE, shapeType: 'SQUARE', color: '#FFFFFF' })
  user.addShape({ ...circle, width: SIDE, height: SIDE, shapeType: 'ELLIPSE', color: '#FFFFFF' })
  const ids = new Map<string, string>()
  for (const zone of Object.keys(LABELS) as ZoneKey[]) {
    const corner = CUSTOMER.includes(zone) ? circle : square
    const centre = { x: corner.x + SIDE / 2, y: corner.y + SIDE / 2 }
    const at = polar(centre, ANGLES[zone], SIDE * 0.38)
    user.addShape({ x: at.x - 130, y: at.y - 40, width: 260, height: 80, text: LABELS[zone], shapeType: 'ROUNDED_RECTANGLE' })
    STICKIES[zone].forEach((text, i) => {
      const spot = polar(centre, ANGLES[zone] + (i === 0 ? -12 : 12), SIDE * 0.2)
      const sticky = user.addSticky({ text, x: spot.x - 120, y: spot.y - 120, color: ZONE_COLOURS[zone] })
      ids.set(text, sticky.id)
    })
  }
  // Two ideas nobody placed yet: between the shapes, and in the section's corner.
  user.addSticky({ text: 'Ask HR about a bike benefit', x: origin.x + 1330, y: origin.y + 700, color: 'Gray' })
  user.addSticky({ text: 'Parking at the station?', x: origin.x + 60, y: origin.y + 1420, color: 'Gray' })
  const link = (from: string, to: string) => {
    const a = ids.get(from)
    const b = ids.get(to)
    if (a && b) user.connect(a, b)
  }
  link('Insurance with replacement bike', 'Bike theft')
  link('Monthly price below a transit pass', 'Save money on tickets')
  link('E-bike subscription', 'Get to work on time')
  await fake.flush()
  return section.id
}
