/**
 * Plain data for canvases people drew themselves: what the adapter reads from a drawing, the definition the
 * plugin stores when it adopts one, and the zone regions decided from it.
 */
import type { Locale, Point, Rect, ZoneKey } from '../types'
import type { LabelLocale } from './vocabulary'

/** How a drawn node takes part: a label or a title (texts, stickies, shapes, sections), a region, a divider. */
export type DrawnKind = 'text' | 'shape' | 'sticky' | 'section' | 'line'

/** How a region's inside is tested: the box itself, or the ellipse inscribed in it. */
export type Outline = 'rect' | 'ellipse'

/**
 * A shape turned by some angle (rotated in FigJam): its own width and height, and its angle in degrees,
 * counter-clockwise on screen (Figma's `rotation`, `atan2(-m10, m00)` of its absolute transform). It is turned
 * about its centre, which is the centre of its bounding box; its outline is the turned box or ellipse.
 */
export interface Turn {
  angle: number
  width: number
  height: number
}

/** One node of a drawing, as the adapter reads it. */
export interface DrawnNode {
  id: string
  kind: DrawnKind
  /** Page-absolute bounding box. */
  box: Rect
  /** What it shows: a text's characters, a sticky's or shape's text (its layer name when empty), a section's name. */
  text: string
  /** Shapes and sections: the outline a region has (ellipses are round, everything else is its box). */
  outline: Outline | null
  /** Shapes turned by some angle: their own geometry (`box` is the bounding box around it). */
  turn?: Turn
  /** Lines and connectors that join no sticky: both ends, page-absolute. */
  ends: [Point, Point] | null
  /** A connector's ends attached to nodes of the drawing (a shape it was drawn inside): their ids. */
  attached?: readonly string[]
  /** The role this plugin gave the node when it drew it (its own canvas, BMC…), else null. */
  pluginRole: string | null
}

export type DrawingRoot = 'section' | 'group' | 'nodes'

/** What was selected to adopt: a section, a group, or loose nodes, with every node of the drawing. */
export interface DrawingInput {
  root: { kind: DrawingRoot; id: string | null; name: string; pluginRole: string | null }
  /** The root's descendants (section, group) or the selected nodes and their descendants. */
  nodes: DrawnNode[]
  /** Whether the root or one of these nodes already holds an adopted canvas's definition. */
  adopted: boolean
  /**
   * Nodes in the selection the plugin cannot read a zone from, by kind: `figures` are Figma Design's frames,
   * rectangles, ellipses, vectors and the like (a paste from a design file), `strokes` marker and highlighter
   * strokes, `images` pictures (an image of a canvas, its zone names in its pixels). Absent: none.
   */
  unread?: UnreadCounts
}

export interface UnreadCounts {
  figures: number
  strokes: number
  images: number
}

/** How one zone's region is decided. */
export type ZoneMode = 'sector' | 'box' | 'nearest'

export interface DrawnZoneDef {
  /** The node that labels the zone. */
  label: string
  mode: ZoneMode
  /** `sector`: the shape split around its centre; `box`: the zone's own shape; `nearest`: null. */
  region: string | null
  /**
   * `sector`: the label's angle seen from the shape's centre when it was adopted (degrees, counter-clockwise from
   * right, y up). Used only to keep the other zones where they were once this label is deleted.
   */
  angle: number | null
}

export const DRAWN_SCHEMA = 'vpcfit-drawn/1'

/** The adopted canvas's definition, stored as shared plugin data `vpcfit` / `drawn` on the canvas node. */
export interface DrawnCanvasDef {
  schema: typeof DRAWN_SCHEMA
  root: DrawingRoot
  /** root `nodes`: the drawing's labels and shapes, whose boxes together make the canvas's box. */
  nodes: string[]
  /** The language most labels are written in. */
  labelLocale: LabelLocale
  /** The language the plugin speaks on this canvas (German boards get English). */
  locale: Locale
  segment: string
  product: string
  zones: Record<ZoneKey, DrawnZoneDef>
  /** Lines that split a sector shape: their directions from the centre are the sectors' edges. */
  dividers: string[]
  /**
   * Sector shapes whose three labels stood in a row when adopted (headers along a top, down a side): columns or
   * bands, also once a header is deleted. Absent in definitions stored before it was kept (then any such shape is
   * taken for a row).
   */
  rows?: string[]
  /**
   * How far the drawing reaches around its nodes when it shares its section or group with something else, as a
   * share of its larger side: kept for drawings mixing labelled shapes and loose labels (their loose labels'
   * zones reach half those labels' spread). Absent: `drawingMargin`'s rule for shapes only or labels only.
   */
  margin?: number
}

/** One zone's region as the drawing stands now. `zone` null: the zone's label is gone, the area is nobody's. */
export type ZoneRegion =
  | { zone: ZoneKey | null; mode: 'box'; shape: Rect; outline: Outline; turn?: Turn }
  | { zone: ZoneKey | null; mode: 'sector'; shape: Rect; outline: Outline; turn?: Turn; from: number; to: number }
  | { zone: ZoneKey; mode: 'nearest'; anchor: Point }
  /**
   * A sector shape cut by lines that do not meet at its centre (bands, columns, a T): a point belongs to the label
   * it can see without crossing a line (the nearest of several; none: nobody's, e.g. a deleted label's cell).
   */
  | {
      zone: null
      mode: 'cells'
      shape: Rect
      outline: Outline
      turn?: Turn
      labels: CellLabel[]
      walls: Array<[Point, Point]>
    }

/** A label of a cut shape: its zone (null once deleted is never listed) and where it is now. */
export interface CellLabel {
  zone: ZoneKey
  at: Point
}

/** An adopted canvas's zones, decided from its definition and the drawing as it is now. */
export interface DrawnZones {
  regions: ZoneRegion[]
  /** Zones whose label (or region shape) was deleted: they can no longer be found. */
  lost: ZoneKey[]
  /** Nodes that are labels (a sticky used as a header is not canvas content). */
  labelIds: string[]
  /** Every node the zones are read from (labels, zone shapes, dividers, a loose drawing's nodes). */
  partIds: string[]
  /** The drawing's box: nearest-label zones reach this far. */
  area: Rect
  /**
   * A section or group adopted holding only the drawing, that holds something else now (a BMC, a notes corner
   * added later): the nodes beyond the drawing's reach, which make its area the drawing's reach. Absent: none.
   */
  farIds?: string[]
}

/** A decision the core could not make, as a message key and what it needs. */
export interface AdoptRefusal {
  key:
    | 'adopt.empty'
    | 'adopt.ownCanvas'
    | 'adopt.already'
    | 'adopt.bmc'
    | 'adopt.noLabels'
    | 'adopt.image'
    | 'adopt.design'
    | 'adopt.strokes'
    | 'adopt.several'
    | 'adopt.missingSide'
    | 'adopt.missingZones'
    | 'adopt.twice'
    | 'adopt.wrongSide'
  /** Zones whose labels were found. */
  found: ZoneKey[]
  /** Zones still missing. */
  missing: ZoneKey[]
  /**
   * `adopt.missingSide`: the side none of whose labels were found; `adopt.wrongSide`: the side whose shape holds
   * the other side's labels.
   */
  side: 'customerProfile' | 'valueMap' | null
  /** `adopt.twice`: the zones labelled twice, equally well, in different places. */
  twice?: ZoneKey[]
  /** `adopt.wrongSide`: the zones whose labels are written inside the other side's shape. */
  misplaced?: ZoneKey[]
}

export type AdoptDecision =
  | {
      ok: true
      definition: DrawnCanvasDef
      /** The node the definition and the report are stored on: the section or group, else the largest shape. */
      anchor: string
      /**
       * Some zones reach to their nearest label although the selection holds strokes or figures the plugin cannot
       * read as borders: the notification says so. Absent: nothing to say.
       */
      note?: 'adopt.note.byLabels'
    }
  | { ok: false; refusal: AdoptRefusal }
