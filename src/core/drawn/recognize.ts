/**
 * Whether a selection holds a Value Proposition Canvas people drew, and if so its definition: which node labels
 * each zone, how each zone's region is decided, the divider lines, the language, segment and offer.
 *
 * 1. Labels: texts, stickies used as headers, shapes with text and nested sections whose text is a zone name
 *    (`matchDrawnZone`). With several labels for one zone, a label alone on its line wins, then a text over a
 *    shape over a section over a sticky, then the one read first (top to bottom, left to right).
 * 2. All six zones must be labelled; otherwise the refusal says what was found and what is missing. A zone
 *    with two labels that nothing tells apart, in different places, is refused too (`adopt.twice`): which is
 *    the zone would be a guess.
 * 3. Each zone's region, from the shapes and nested sections holding its label's centre:
 *    - the largest of them holding no other zone's label is the zone's box (a grid cell), unless it is a small
 *      chip (under 1/8 of the area) inside a shape that holds two or three labels of the same side;
 *    - else the smallest shape holding labels of that side only is split into sectors (a square or a circle);
 *    - else, for a label written just outside a shape (within a quarter of its smaller side) that holds no label
 *      of the other side, that shape is split into sectors with it;
 *    - else the zone takes the points of the drawing nearest its label.
 * 4. Divider lines: lines from or through the centre of a sector shape, and lines in it that stand between two
 *    of its labels (the edges of bands, columns or a T: such a shape is then split into cells, see `regions`).
 */
// eslint-disable-next-line layers/imports -- label keys and BMC labels move into the core with issue 15's BMC stage
import { matchBmcBlock } from '../../i18n/bmc-blocks'
import { areaOf, angleOf, centreOf, touchesRect } from '../geometry'
import type { Locale, Point, Rect, ZoneKey } from '../types'
import { LOCALES, ZONE_KEYS } from '../types'
import {
  dividerRays,
  drawingMargin,
  drawingReach,
  inARow,
  insideOutline,
  mixedMargin,
  segmentsCross,
  shapeArea,
  untilted,
  wallsOf
} from './regions'
import type {
  AdoptDecision,
  AdoptRefusal,
  DrawingInput,
  DrawnCanvasDef,
  DrawnNode,
  DrawnZoneDef,
  Outline
} from './types'
import { DRAWN_SCHEMA } from './types'
import type { DrawnSide, LabelLocale } from './vocabulary'
import { LABEL_LOCALES, matchDrawnZone, matchNamedField, segmentFromName, sideOfZone, zonesOfSide } from './vocabulary'

/** Roles of nodes this plugin drew as canvases: such a selection is already a canvas. */
const OWN_CANVAS_ROLES = ['vpc-canvas', 'value-map', 'customer-profile']
/** Roles of the plugin's own BMC. */
const OWN_BMC_ROLES = ['bmc-canvas', 'bmc-block', 'bmc-text']

/** A small shape holding one label inside a shape holding several is a header chip, not a region. */
const CHIP_SHARE = 1 / 8

const KIND_RANK: Record<DrawnNode['kind'], number> = { text: 0, shape: 1, section: 2, sticky: 3, line: 4 }

interface Label {
  node: DrawnNode
  zone: ZoneKey
  locales: LabelLocale[]
  exact: boolean
  /** Whether a shape or nested section (other than the label itself) holds it: a zone's label, not a note. */
  inShape: boolean
}

function readingOrder(a: DrawnNode, b: DrawnNode): number {
  const p = centreOf(a.box)
  const q = centreOf(b.box)
  return p.y - q.y || p.x - q.x || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

function better(a: Label, b: Label): number {
  return (
    Number(b.inShape) - Number(a.inShape) ||
    Number(b.exact) - Number(a.exact) ||
    KIND_RANK[a.node.kind] - KIND_RANK[b.node.kind] ||
    readingOrder(a.node, b.node)
  )
}

/**
 * Two labels of one zone that nothing tells apart (both alone on their line, the same kind of node) and that
 * stand apart (not one copied onto the other).
 */
function equallyGood(a: Label, b: Label): boolean {
  if (a.inShape !== b.inShape || a.exact !== b.exact || KIND_RANK[a.node.kind] !== KIND_RANK[b.node.kind])
    return false
  const p = centreOf(a.node.box)
  const q = centreOf(b.node.box)
  const size = Math.max(a.node.box.width, a.node.box.height, b.node.box.width, b.node.box.height)
  return Math.hypot(p.x - q.x, p.y - q.y) > size
}

function refuse(
  key: AdoptRefusal['key'],
  found: ZoneKey[] = [],
  side: DrawnSide | null = null,
  twice: ZoneKey[] = [],
  misplaced: ZoneKey[] = []
): AdoptDecision {
  const missing = ZONE_KEYS.filter((zone) => !found.includes(zone))
  return {
    ok: false,
    refusal: {
      key,
      found,
      missing: key === 'adopt.missingZones' || key === 'adopt.missingSide' ? missing : [],
      side,
      ...(twice.length > 0 ? { twice } : {}),
      ...(misplaced.length > 0 ? { misplaced } : {})
    }
  }
}

/**
 * Whether nodes other than the drawing's own (labels, zone shapes, shapes holding labels, lines, segment and offer
 * texts) lie wholly beyond the drawing's reach: a BMC's boxes, a notes area, stickies parked far away.
 */
function holdsSomethingElse(
  nodes: readonly DrawnNode[],
  own: readonly DrawnNode[],
  isOwn: (node: DrawnNode) => boolean,
  margin: number
): boolean {
  const reach = drawingReach(
    own.map((node) => node.box),
    margin
  )
  if (!reach) return false
  return nodes.some((node) => node.kind !== 'line' && !isOwn(node) && !touchesRect(node.box, reach))
}

/** Whether a shape or nested section other than the label itself, and larger than it, holds the label. */
function inAShape(label: DrawnNode, shapes: readonly DrawnNode[]): boolean {
  const centre = centreOf(label.box)
  const size = areaOf(label.box)
  return shapes.some((shape) => shape.id !== label.id && areaOfShape(shape) > size && holds(shape, centre))
}

/**
 * Labels written inside the other side's shape: a shape holding two or more labels of one side and fewer of the
 * other (Pains in the value map's square), where that leaves a zone with no region but its nearest label. A
 * background holding both sides equally, or a grid whose every zone has its own box, is no such shape.
 */
function labelsOnWrongSide(
  shapes: readonly DrawnNode[],
  labelOf: ReadonlyMap<ZoneKey, Label>,
  zones: Readonly<Record<ZoneKey, DrawnZoneDef>>
): { side: DrawnSide; zones: ZoneKey[] } | null {
  for (const shape of shapes) {
    const inside = ZONE_KEYS.filter((zone) => {
      const label = labelOf.get(zone)
      return label !== undefined && label.node.id !== shape.id && holds(shape, centreOf(label.node.box))
    })
    const value = inside.filter((zone) => sideOfZone(zone) === 'valueMap')
    const customer = inside.filter((zone) => sideOfZone(zone) === 'customerProfile')
    if (value.length === customer.length || Math.min(value.length, customer.length) === 0) continue
    if (!inside.some((zone) => zones[zone].mode === 'nearest')) continue
    return value.length > customer.length
      ? { side: 'valueMap', zones: customer }
      : { side: 'customerProfile', zones: value }
  }
  return null
}

/** The language most labels are written in; a spelling shared by several languages counts for each. */
function labelLocaleOf(labels: readonly Label[]): LabelLocale {
  const score: Record<LabelLocale, number> = { en: 0, sv: 0, da: 0, de: 0 }
  for (const label of labels) for (const locale of label.locales) score[locale] += 1
  let best: LabelLocale = 'en'
  for (const locale of LABEL_LOCALES) if (score[locale] > score[best]) best = locale
  return best
}

function speaks(locale: LabelLocale): Locale {
  return (LOCALES as readonly string[]).includes(locale) ? (locale as Locale) : 'en'
}

/** Whether a shape (turned as drawn) holds a point. */
function holds(shape: DrawnNode, point: Point): boolean {
  return insideOutline(point, shape.box, shape.outline ?? 'rect', shape.turn)
}

/** The area a shape covers (a turned shape's own, not its bounding box's). */
function areaOfShape(shape: DrawnNode): number {
  return shapeArea(shape.box, shape.turn)
}

/** The region decision for one zone (step 3 of the file comment). */
function regionOf(
  label: Label,
  allShapes: readonly DrawnNode[],
  labelOf: ReadonlyMap<ZoneKey, Label>
): { mode: DrawnZoneDef['mode']; region: DrawnNode | null } {
  const centre = centreOf(label.node.box)
  // A shape smaller than the label's own box (a numbered badge beside a header, a dot) is no zone's region.
  const size = areaOf(label.node.box)
  const shapes = allShapes.filter((shape) => shape.id === label.node.id || areaOfShape(shape) > size)
  const holding = shapes.filter((shape) => holds(shape, centre))
  holding.sort((a, b) => areaOfShape(a) - areaOfShape(b) || (a.id < b.id ? -1 : 1))
  const owned = (shape: DrawnNode): ZoneKey[] =>
    ZONE_KEYS.filter((zone) => {
      const other = labelOf.get(zone)
      return other !== undefined && holds(shape, centreOf(other.node.box))
    })
  let single: DrawnNode | null = null
  let multi: DrawnNode | null = null
  const side = sideOfZone(label.zone)
  for (const shape of holding) {
    const zones = owned(shape)
    if (zones.length === 1 && zones[0] === label.zone) single = shape
    else if (!multi && zones.length >= 2 && zones.every((zone) => sideOfZone(zone) === side)) multi = shape
  }
  if (single && (!multi || areaOfShape(single) >= areaOfShape(multi) * CHIP_SHARE))
    return { mode: 'box', region: single }
  if (multi) return { mode: 'sector', region: multi }
  // A label written just outside its shape (above a box, beside the circle's rim) belongs to the nearest shape
  // within reach that holds no label of the other side.
  let beside: { shape: DrawnNode; distance: number } | null = null
  for (const shape of shapes) {
    const own = untilted(centre, shape.box, shape.turn)
    const distance = distanceOutside(own.point, own.box, shape.outline ?? 'rect')
    if (distance === 0 || distance > Math.min(own.box.width, own.box.height) * BESIDE_REACH) continue
    if (owned(shape).some((zone) => sideOfZone(zone) !== side)) continue
    const closer =
      !beside ||
      distance < beside.distance ||
      (distance === beside.distance && areaOfShape(shape) < areaOfShape(beside.shape))
    if (closer) beside = { shape, distance }
  }
  if (beside) return { mode: 'sector', region: beside.shape }
  return { mode: 'nearest', region: null }
}

/** How far a label outside a shape may stand and still belong to it: this share of the shape's smaller side. */
const BESIDE_REACH = 0.25

/** How far `point` is outside a shape's outline (0 inside); for an ellipse, measured along its radius. */
function distanceOutside(point: Point, box: Rect, outline: Outline): number {
  if (insideOutline(point, box, outline)) return 0
  const rx = box.width / 2
  const ry = box.height / 2
  if (outline === 'ellipse' && rx > 0 && ry > 0) {
    const dx = (point.x - (box.x + rx)) / rx
    const dy = (point.y - (box.y + ry)) / ry
    return (Math.hypot(dx, dy) - 1) * Math.min(rx, ry)
  }
  const dx = Math.max(box.x - point.x, 0, point.x - (box.x + box.width))
  const dy = Math.max(box.y - point.y, 0, point.y - (box.y + box.height))
  return Math.hypot(dx, dy)
}

/**
 * Decides whether `input` is a drawn canvas the plugin can adopt. Pure: the same input gives the same
 * definition, whatever order the nodes come in.
 */
export function recognizeDrawing(input: DrawingInput): AdoptDecision {
  const nodes = [...input.nodes].sort(readingOrder)
  if (input.root.pluginRole !== null && OWN_CANVAS_ROLES.includes(input.root.pluginRole))
    return refuse('adopt.ownCanvas')
  if (nodes.some((node) => node.pluginRole !== null && OWN_CANVAS_ROLES.includes(node.pluginRole)))
    return refuse('adopt.ownCanvas')
  if (input.adopted) return refuse('adopt.already')
  // What the selection holds that no zone is read from (a picture, a paste from Figma Design, marker strokes):
  // when no label is found, the refusal says what was found instead, not only that labels are missing.
  const unread = input.unread ?? { figures: 0, strokes: 0, images: 0 }
  const unreadRefusal = (): AdoptRefusal['key'] | null =>
    unread.images > 0 ? 'adopt.image' : unread.figures > 0 ? 'adopt.design' : unread.strokes > 0 ? 'adopt.strokes' : null
  if (nodes.length === 0) return refuse(unreadRefusal() ?? 'adopt.empty')

  const candidates = new Map<ZoneKey, Label[]>()
  let bmcLabels = 0
  let segment = ''
  let product = ''
  /** Texts naming the segment or the offer: part of the drawing wherever they are written. */
  const fields = new Set<string>()
  for (const node of nodes) {
    if (node.kind === 'line') continue
    const match = matchDrawnZone(node.text)
    if (match) {
      const list = candidates.get(match.value) ?? []
      list.push({ node, zone: match.value, locales: match.locales, exact: match.exact, inShape: false })
      candidates.set(match.value, list)
      continue
    }
    if (matchBmcBlock(node.text) !== null) bmcLabels += 1
    const field = matchNamedField(node.text)
    if (field) fields.add(node.id)
    if (field?.field === 'segment' && segment === '') segment = field.value
    if (field?.field === 'product' && product === '') product = field.value
  }
  // A canvas drawn in a section named after its segment ("Busy parents") and naming none itself: that segment.
  if (segment === '' && input.root.kind === 'section') segment = segmentFromName(input.root.name)
  const found = ZONE_KEYS.filter((zone) => candidates.has(zone))
  if (found.length === 0) {
    const bmc =
      bmcLabels > 0 ||
      nodes.some((node) => node.pluginRole !== null && OWN_BMC_ROLES.includes(node.pluginRole))
    return refuse(bmc ? 'adopt.bmc' : (unreadRefusal() ?? 'adopt.noLabels'))
  }
  for (const side of ['valueMap', 'customerProfile'] as const) {
    if (zonesOfSide(side).every((zone) => !candidates.has(zone)))
      return refuse('adopt.missingSide', found, side)
  }
  if (found.length < ZONE_KEYS.length) return refuse('adopt.missingZones', found)
  // Every zone labelled twice or more: two drawings were selected together.
  if (ZONE_KEYS.every((zone) => (candidates.get(zone)?.length ?? 0) >= 2))
    return refuse('adopt.several', found)

  const shapes = nodes.filter(
    (node) => (node.kind === 'shape' || node.kind === 'section') && areaOf(node.box) > 0
  )
  const labelOf = new Map<ZoneKey, Label>()
  const twice: ZoneKey[] = []
  for (const zone of ZONE_KEYS) {
    const list = candidates.get(zone) ?? []
    // Of two labels, the one written in a shape is the zone's (the other is a note, a legend, a title).
    if (list.length > 1) {
      // A shape that is itself a label of this zone (a section named Pains) is no reason to prefer what it holds.
      const others = shapes.filter((shape) => !list.some((label) => label.node.id === shape.id))
      for (const label of list) label.inShape = inAShape(label.node, others)
    }
    list.sort(better)
    if (list[0]) labelOf.set(zone, list[0])
    if (list[0] && list[1] && equallyGood(list[0], list[1])) twice.push(zone)
  }
  // Two equally good labels for a zone in different places: which one is the zone is a guess, so say so.
  if (twice.length > 0) return refuse('adopt.twice', found, null, twice)
  const lines = nodes.filter((node) => node.kind === 'line' && node.ends !== null)

  const zones = {} as Record<ZoneKey, DrawnZoneDef>
  const sectorShapes = new Map<string, DrawnNode>()
  for (const zone of ZONE_KEYS) {
    const label = labelOf.get(zone) as Label
    const { mode, region } = regionOf(label, shapes, labelOf)
    const angle = mode === 'sector' && region ? angleOf(centreOf(label.node.box), centreOf(region.box)) : null
    if (mode === 'sector' && region) sectorShapes.set(region.id, region)
    zones[zone] = { label: label.node.id, mode, region: region ? region.id : null, angle }
  }
  // A label written inside the other side's shape (Pains in the square): the zones there would only be a guess.
  const wrongSide = labelsOnWrongSide(shapes, labelOf, zones)
  if (wrongSide) return refuse('adopt.wrongSide', found, wrongSide.side, [], wrongSide.zones)
  // A line divides a sector shape when it runs from (or through) its centre, or when it stands between two of
  // its labels (a band's or column's edge); an underline or a decoration near one label does neither.
  const labelsIn = (shapeId: string): DrawnNode[] =>
    ZONE_KEYS.filter((zone) => zones[zone].region === shapeId).map((zone) => (labelOf.get(zone) as Label).node)
  // A connector attached to nodes counts only when they are the drawing's zones or labels: those are read again
  // with it on every check, so its ends can be found.
  const kept = new Set<string>(ZONE_KEYS.flatMap((zone) => [zones[zone].label, zones[zone].region ?? '']))
  const dividers = lines
    .filter((line) => {
      const ends = line.ends
      if (ends === null || !(line.attached ?? []).every((id) => kept.has(id))) return false
      return Array.from(sectorShapes.values()).some((shape) => {
        if (dividerRays(shape.box, [ends]).length > 0) return true
        const walls = wallsOf(shape.box, [ends])
        const wall = walls[0]
        if (!wall) return false
        const own = labelsIn(shape.id).map((node) => centreOf(node.box))
        return own.some((p, i) => own.slice(i + 1).some((q) => segmentsCross(p, q, wall[0], wall[1])))
      })
    })
    .map((line) => line.id)

  // Sector shapes whose three labels stand in a row (headers along a top, down a side): read as columns or bands.
  const rows = Array.from(sectorShapes.keys())
    .filter((id) => {
      const own = labelsIn(id)
      return own.length >= 3 && inARow(own.map((node) => centreOf(node.box)))
    })
    .sort()
  const labels = Array.from(labelOf.values())
  const labelLocale = labelLocaleOf(labels)
  // Loose nodes: the labels, the zones' shapes and the shapes holding a label make the canvas's box; anything
  // else selected with them (a BMC beside it, a title card) is not part of the canvas.
  const definingIds = new Set<string>(labels.map((label) => label.node.id))
  const regionIds = new Set(ZONE_KEYS.map((zone) => zones[zone].region))
  const defining = shapes.filter(
    (shape) =>
      regionIds.has(shape.id) ||
      labels.some((label) => holds(shape, centreOf(label.node.box)))
  )
  for (const shape of defining) definingIds.add(shape.id)
  let anchor: DrawnNode | null = null
  for (const shape of defining) if (!anchor || areaOfShape(shape) > areaOfShape(anchor)) anchor = shape
  // A section or group holding something else beside the drawing (a BMC, notes, another diagram): the canvas is
  // the drawing and a margin around it, so the other content's stickies are not its unplaced ones. A drawing of
  // labels only reaches half its labels' spread around them (its stickies sit under its headers); one mixing
  // labelled shapes and loose labels reaches as far as its loose labels' zones do.
  const loose = ZONE_KEYS.filter((zone) => zones[zone].mode === 'nearest')
  const margin =
    loose.length > 0 && loose.length < ZONE_KEYS.length
      ? mixedMargin(
          nodes.filter((node) => definingIds.has(node.id)).map((node) => node.box),
          loose.map((zone) => (labelOf.get(zone) as Label).node.box)
        )
      : undefined
  const sharesRoot =
    input.root.kind !== 'nodes' &&
    holdsSomethingElse(
      nodes,
      nodes.filter((node) => definingIds.has(node.id)),
      (node) => definingIds.has(node.id) || fields.has(node.id),
      drawingMargin({ zones, ...(margin !== undefined ? { margin } : {}) })
    )
  const definition: DrawnCanvasDef = {
    schema: DRAWN_SCHEMA,
    root: input.root.kind,
    nodes: input.root.kind === 'nodes' || sharesRoot ? Array.from(definingIds).sort() : [],
    labelLocale,
    locale: speaks(labelLocale),
    segment,
    product,
    zones,
    dividers: dividers.sort(),
    rows,
    ...(margin !== undefined ? { margin } : {})
  }
  const anchorId = input.root.kind === 'nodes' ? (anchor ?? (labels[0] as Label).node).id : input.root.id
  // Zones that reach to their nearest label in a drawing whose borders may be strokes or figures the plugin does
  // not read: adopted by its labels, and the notification says so.
  const byLabels = loose.length > 0 && (unread.strokes > 0 || unread.figures > 0)
  return { ok: true, definition, anchor: anchorId ?? '', ...(byLabels ? { note: 'adopt.note.byLabels' as const } : {}) }
}

/**
 * Whether a decision could change once the selection's unreadable nodes are counted (`DrawingInput.unread`): a
 * refusal for finding no labels or nothing at all, or a drawing with zones that reach to their nearest label. The
 * adapter counts them only then.
 */
export function dependsOnUnread(decision: AdoptDecision): boolean {
  if (!decision.ok) return decision.refusal.key === 'adopt.empty' || decision.refusal.key === 'adopt.noLabels'
  return Object.values(decision.definition.zones).some((zone) => zone.mode === 'nearest')
}
