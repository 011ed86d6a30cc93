/** SVG path data for FigJam's ShapeWithText shapes in a `w` × `h` box at the origin. */

type Pt = [number, number]

function polygon(points: readonly Pt[]): string {
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${round(x)} ${round(y)}`).join(' ') + ' Z'
}

function round(v: number): number {
  return Math.round(v * 100) / 100
}

function regular(sides: number, w: number, h: number, startDegrees: number): string {
  const points: Pt[] = []
  for (let i = 0; i < sides; i++) {
    const a = ((startDegrees + (360 * i) / sides) * Math.PI) / 180
    points.push([w / 2 + (w / 2) * Math.cos(a), h / 2 + (h / 2) * Math.sin(a)])
  }
  return polygon(points)
}

function star(w: number, h: number): string {
  const points: Pt[] = []
  for (let i = 0; i < 10; i++) {
    const a = ((-90 + 36 * i) * Math.PI) / 180
    const r = i % 2 === 0 ? 1 : 0.45
    points.push([w / 2 + (w / 2) * r * Math.cos(a), h / 2 + (h / 2) * r * Math.sin(a)])
  }
  return polygon(points)
}

function ellipse(w: number, h: number): string {
  const rx = w / 2
  const ry = h / 2
  return `M0 ${round(ry)} A${round(rx)} ${round(ry)} 0 1 0 ${round(w)} ${round(ry)} A${round(rx)} ${round(ry)} 0 1 0 0 ${round(ry)} Z`
}

function rounded(w: number, h: number, r: number): string {
  const k = Math.min(r, w / 2, h / 2)
  return (
    `M${k} 0 H${round(w - k)} Q${round(w)} 0 ${round(w)} ${k} V${round(h - k)} Q${round(w)} ${round(h)} ${round(w - k)} ${round(h)}` +
    ` H${k} Q0 ${round(h)} 0 ${round(h - k)} V${k} Q0 0 ${k} 0 Z`
  )
}

/** The outline of a shape type; unknown types draw as a rectangle. */
export function shapePath(shapeType: string | null, w: number, h: number): string {
  switch (shapeType) {
    case 'ELLIPSE':
    case 'SUMMING_JUNCTION':
    case 'OR':
      return ellipse(w, h)
    case 'ROUNDED_RECTANGLE':
    case 'PREDEFINED_PROCESS':
    case 'INTERNAL_STORAGE':
      return rounded(w, h, Math.min(w, h) * 0.12)
    case 'DIAMOND':
      return polygon([
        [w / 2, 0],
        [w, h / 2],
        [w / 2, h],
        [0, h / 2]
      ])
    case 'TRIANGLE_UP':
      return polygon([
        [w / 2, 0],
        [w, h],
        [0, h]
      ])
    case 'TRIANGLE_DOWN':
      return polygon([
        [0, 0],
        [w, 0],
        [w / 2, h]
      ])
    case 'PARALLELOGRAM_RIGHT':
      return polygon([
        [w * 0.2, 0],
        [w, 0],
        [w * 0.8, h],
        [0, h]
      ])
    case 'PARALLELOGRAM_LEFT':
      return polygon([
        [0, 0],
        [w * 0.8, 0],
        [w, h],
        [w * 0.2, h]
      ])
    case 'TRAPEZOID':
      return polygon([
        [w * 0.2, 0],
        [w * 0.8, 0],
        [w, h],
        [0, h]
      ])
    case 'HEXAGON':
      return regular(6, w, h, 0)
    case 'PENTAGON':
      return regular(5, w, h, -90)
    case 'OCTAGON':
      return regular(8, w, h, 22.5)
    case 'STAR':
      return star(w, h)
    case 'PLUS':
      return polygon([
        [w / 3, 0],
        [(2 * w) / 3, 0],
        [(2 * w) / 3, h / 3],
        [w, h / 3],
        [w, (2 * h) / 3],
        [(2 * w) / 3, (2 * h) / 3],
        [(2 * w) / 3, h],
        [w / 3, h],
        [w / 3, (2 * h) / 3],
        [0, (2 * h) / 3],
        [0, h / 3],
        [w / 3, h / 3]
      ])
    case 'CHEVRON':
      return polygon([
        [0, 0],
        [w * 0.75, 0],
        [w, h / 2],
        [w * 0.75, h],
        [0, h],
        [w * 0.25, h / 2]
      ])
    case 'ARROW_RIGHT':
      return polygon([
        [0, h * 0.3],
        [w * 0.6, h * 0.3],
        [w * 0.6, 0],
        [w, h / 2],
        [w * 0.6, h],
        [w * 0.6, h * 0.7],
        [0, h * 0.7]
      ])
    case 'ARROW_LEFT':
      return polygon([
        [w, h * 0.3],
        [w * 0.4, h * 0.3],
        [w * 0.4, 0],
        [0, h / 2],
        [w * 0.4, h],
        [w * 0.4, h * 0.7],
        [w, h * 0.7]
      ])
    case 'SHIELD':
      return `M0 0 H${round(w)} V${round(h * 0.55)} Q${round(w)} ${round(h * 0.85)} ${round(w / 2)} ${round(h)} Q0 ${round(h * 0.85)} 0 ${round(h * 0.55)} Z`
    case 'SPEECH_BUBBLE':
      return polygon([
        [0, 0],
        [w, 0],
        [w, h * 0.8],
        [w * 0.35, h * 0.8],
        [w * 0.15, h],
        [w * 0.2, h * 0.8],
        [0, h * 0.8]
      ])
    case 'ENG_DATABASE': {
      const ry = Math.min(h * 0.12, w * 0.25)
      return `M0 ${round(ry)} A${round(w / 2)} ${round(ry)} 0 0 1 ${round(w)} ${round(ry)} V${round(h - ry)} A${round(w / 2)} ${round(ry)} 0 0 1 0 ${round(h - ry)} Z M0 ${round(ry)} A${round(w / 2)} ${round(ry)} 0 0 0 ${round(w)} ${round(ry)}`
    }
    default:
      return polygon([
        [0, 0],
        [w, 0],
        [w, h],
        [0, h]
      ])
  }
}
