/**
 * The zones VPC Fit understood on each adopted drawing, drawn over the board when asked ("Zones" in the toolbar):
 * the grid the plugin stores at adopt and check (shared plugin data `vpcfit` / `zoneMap`), one tint per zone, so a
 * facilitator sees which sticky counts where. The playground decides nothing: it shows the plugin's own map.
 */
import { ZONE_KEYS } from '../contract/vocabulary'
import type { RenderNode } from './render/model'

const SVG = 'http://www.w3.org/2000/svg'
/** One colour per zone, in `ZONE_KEYS` order: jobs, pains, gains, products, pain relievers, gain creators. */
const TINTS = ['#F5A623', '#E5484D', '#30A46C', '#0D99FF', '#8E4EC6', '#12A594']

interface ZoneMapData {
  x: number
  y: number
  width: number
  height: number
  cols: number
  rows: number
  cells: string
}

function readMap(raw: string): ZoneMapData | null {
  try {
    const value = JSON.parse(raw) as Partial<ZoneMapData>
    const { x, y, width, height, cols, rows, cells } = value
    if ([x, y, width, height, cols, rows].some((n) => typeof n !== 'number') || typeof cells !== 'string')
      return null
    return cells.length === (cols as number) * (rows as number) ? (value as ZoneMapData) : null
  } catch {
    return null
  }
}

/** Redraws the zone layer (same transform as the world): one rect per run of cells of a zone in a row. */
export function drawZones(
  layer: SVGGElement,
  nodes: Iterable<RenderNode>,
  transform: string,
  show: boolean
): void {
  layer.replaceChildren()
  layer.setAttribute('transform', transform)
  if (!show) return
  for (const node of nodes) {
    const map = readMap(node.pluginData.zoneMap ?? '')
    if (!map) continue
    const cw = map.width / map.cols
    const ch = map.height / map.rows
    const group = document.createElementNS(SVG, 'g')
    group.setAttribute('data-zone-map', node.id)
    group.setAttribute('pointer-events', 'none')
    for (let row = 0; row < map.rows; row++) {
      let col = 0
      while (col < map.cols) {
        const cell = map.cells[row * map.cols + col] ?? '.'
        let end = col + 1
        while (end < map.cols && map.cells[row * map.cols + end] === cell) end++
        const zone = ZONE_KEYS[Number(cell)]
        if (cell !== '.' && zone) {
          const rect = document.createElementNS(SVG, 'rect')
          rect.setAttribute('x', String(map.x + col * cw))
          rect.setAttribute('y', String(map.y + row * ch))
          rect.setAttribute('width', String((end - col) * cw))
          rect.setAttribute('height', String(ch))
          rect.setAttribute('fill', TINTS[Number(cell)] ?? '#999999')
          rect.setAttribute('fill-opacity', '0.28')
          rect.setAttribute('data-zone', zone)
          group.append(rect)
        }
        col = end
      }
    }
    layer.append(group)
  }
}
