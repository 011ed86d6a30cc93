/**
 * The board's text in real Chromium: every sticky, shape and text node shows the fake's own line breaks
 * (`wrapLines`, Inter Medium's advance widths) in the font the fake measures with, bars where text is too small to
 * read, nothing drawn far outside the view, and the same drawing change by change as from scratch.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FONT_SIZE, LINE_HEIGHT, STICKY, hasAdvance, textWidth, wrapLines } from '../../fake'
import { CULL_MARGIN, TEXT_MIN_SCREEN_PX, TILE_PX } from '../../playground/render/board'
import {
  FAIL_MISSING_IN_CI,
  launchBrowser,
  missingChromiumError,
  openPlayground,
  clickablePoint,
  resultPath,
  RUN_BROWSER,
  startPlayground,
  type PlaygroundPage,
  type PlaygroundWindow
} from './harness'

if (FAIL_MISSING_IN_CI) {
  it('has Chromium installed (CI=true)', () => {
    throw missingChromiumError()
  })
}

/** Texts people write, and texts that break naive layout. */
const TEXTS: Record<string, string> = {
  short: 'Plan meals',
  long: 'Customers want to plan a whole week of healthy dinners in less than ten minutes on a Sunday evening',
  word: 'Supercalifragilisticexpialidocious-and-then-some-more-characters',
  paragraphs: 'First line\n\nThird line after an empty one',
  spaces: 'two  spaces   and three',
  nordic: 'Åtta välsmakande måltider för småbarnsföräldrar på Østerbro',
  emoji: 'Ship it 🚀🚀 today 👍🏽 with the team 👨‍👩‍👧',
  rtl: 'שלום עולם and مرحبا بالعالم mixed',
  empty: '',
  html: '<img src=x onerror=alert(1)> & <b>bold</b>'
}

interface DrawnLine {
  text: string
  x: number
  y: number
  /** Chromium's width of the drawn line (its real glyph advances in the loaded font). */
  length: number
  /** Runs fitted to the fake's guess for characters it has no width for: their text and forced length. */
  fitted: Array<{ text: string; textLength: number }>
}

describe.skipIf(!RUN_BROWSER)('playground in Chromium: text drawn as the fake lays it out', { shuffle: false }, () => {
  let server: Awaited<ReturnType<typeof startPlayground>>
  let browser: Awaited<ReturnType<typeof launchBrowser>>
  let pg: PlaygroundPage
  const ids = new Map<string, string>()
  const page = () => pg.page

  const zoomTo = (zoom: number, id?: string) =>
    page().evaluate(
      async ({ z, node }) => {
        const { playground } = window as unknown as PlaygroundWindow
        playground.zoomTo(z, node)
        await playground.screenshotReady()
      },
      { z: zoom, node: id }
    )

  /** The lines drawn for a node: text, anchor, baseline, Chromium's measured width and any forced length. */
  const drawnLines = (id: string) =>
    page().evaluate((node) => {
      const spans = document.querySelectorAll<SVGTSpanElement>(`#board-world g[data-node-id="${CSS.escape(node)}"] .pg-node-text > tspan`)
      return [...spans].map<DrawnLine>((span) => ({
        text: span.textContent ?? '',
        x: Number(span.getAttribute('x')),
        y: Number(span.getAttribute('y')),
        length: span.getComputedTextLength(),
        fitted: [...span.querySelectorAll('tspan')].map((run) => ({ text: run.textContent ?? '', textLength: Number(run.getAttribute('textLength')) }))
      }))
    }, id)

  const groupOf = (id: string) =>
    page().evaluate((node) => {
      const group = document.querySelector(`#board-world g[data-node-id="${CSS.escape(node)}"]`)
      return group ? { display: group.getAttribute('display'), children: group.childElementCount, html: group.innerHTML } : null
    }, id)

  beforeAll(async () => {
    server = await startPlayground()
    browser = await launchBrowser()
    pg = await openPlayground(browser, server.url)
    const made = await page().evaluate((texts) => {
      const { playground } = window as unknown as PlaygroundWindow
      const out: Record<string, string> = {}
      Object.entries(texts).forEach(([name, text], i) => {
        out[name] = playground.user.addSticky({ text, x: (i % 5) * 300, y: Math.floor(i / 5) * 700, color: 'Yellow' }).id
      })
      out.wide = playground.user.addSticky({ text: texts.long ?? '', x: 1600, y: 0, wide: true }).id
      out.shape = playground.user.addShape({ text: texts.long ?? '', x: 1600, y: 700, width: 300, height: 200, shapeType: 'ROUNDED_RECTANGLE' }).id
      out.far = playground.user.addSticky({ text: 'Far away from everything', x: 400_000, y: 400_000 }).id
      return out
    }, TEXTS)
    for (const [name, id] of Object.entries(made)) ids.set(name, id)
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  const id = (name: string) => ids.get(name) ?? ''
  const clickable = (node: string) => clickablePoint(page(), node)

  it('draws every sticky text in the fake’s own line breaks, line under line from the top-left padding', async () => {
    for (const name of Object.keys(TEXTS).concat('wide')) {
      const sticky = id(name)
      await zoomTo(1, sticky)
      const node = await page().evaluate((n) => (window as unknown as PlaygroundWindow).playground.fake.inspect.node(n), sticky)
      if (!node) throw new Error(`no sticky ${name}`)
      const fontSize = node.fontSize ?? FONT_SIZE.sticky
      const expected = wrapLines(node.text ?? '', node.width - 2 * STICKY.padding, fontSize)
      const lines = await drawnLines(sticky)
      // Empty lines draw nothing; every other line is the fake's, on the baseline of its row.
      const rows = expected.map((text, row) => ({ text, row })).filter((line) => line.text !== '')
      expect(lines.map((line) => line.text), name).toEqual(rows.map((line) => line.text))
      lines.forEach((line, i) => {
        const row = (rows[i] as { row: number }).row
        // Drawn at page coordinates (an unrotated sticky gets no transform): its box is where the fake put it.
        expect(line.x - node.box.x, name).toBeCloseTo(STICKY.padding, 1)
        expect(line.y - node.box.y - row * fontSize * LINE_HEIGHT, name).toBeCloseTo(STICKY.padding + fontSize * 0.98877, 1)
      })
      // The sticky is as tall as the fake made it for those lines.
      expect(node.height, name).toBe(Math.max(STICKY.minHeight, Math.ceil(expected.length * fontSize * LINE_HEIGHT + 2 * STICKY.padding + STICKY.author)))
    }
  })

  it('draws the lines in Inter Medium at the fake’s widths (kerning off), and fits characters the fake guesses to its guess', async () => {
    let measured = 0
    for (const name of ['long', 'nordic', 'spaces', 'word', 'emoji', 'rtl', 'html']) {
      await zoomTo(1, id(name))
      for (const line of await drawnLines(id(name))) {
        const width = textWidth(line.text, FONT_SIZE.sticky)
        const guessed = [...line.text].filter((char) => !hasAdvance(char))
        // Characters outside the metrics' subsets (emoji, Hebrew, Arabic) are fitted, run by run, to the fake's guess.
        // (A space between two such characters goes with them: a right-to-left phrase is fitted as one.)
        expect(line.fitted.map((run) => run.text.replaceAll(' ', '')).join(''), `${name}: ${line.text}`).toBe(guessed.join(''))
        for (const run of line.fitted) {
          expect([...run.text].every((char) => char === ' ' || !hasAdvance(char))).toBe(true)
          expect(run.textLength, `${name}: ${run.text}`).toBeCloseTo(textWidth(run.text, FONT_SIZE.sticky), 1)
        }
        // Chromium's own advances in the served font (and the fitted runs): within half a pixel of the fake's width.
        expect(Math.abs(line.length - width), `${name}: ${line.text}`).toBeLessThan(0.5)
        if (guessed.length === 0) measured++
        expect(line.length).toBeLessThanOrEqual(STICKY.width - 2 * STICKY.padding + 0.5)
      }
    }
    expect(measured).toBeGreaterThan(8)
  })

  it('keeps markup and spaces as text: no element made from a sticky, every space drawn', async () => {
    await zoomTo(1, id('html'))
    expect((await drawnLines(id('html'))).map((line) => line.text)).toEqual(wrapLines(TEXTS.html ?? '', STICKY.width - 2 * STICKY.padding, FONT_SIZE.sticky))
    expect(await page().locator('#board-world img, #board-world b').count()).toBe(0)
    await zoomTo(1, id('spaces'))
    // The fake keeps the spaces where it breaks a line, and so does the drawing.
    const spaced = (await drawnLines(id('spaces'))).map((line) => line.text)
    expect(spaced).toEqual(wrapLines(TEXTS.spaces ?? '', STICKY.width - 2 * STICKY.padding, FONT_SIZE.sticky))
    expect(spaced.join('')).toBe((TEXTS.spaces ?? '').replace('   and', '  and'))
    await zoomTo(1, id('empty'))
    const empty = await groupOf(id('empty'))
    expect(empty?.children).toBe(1)
    expect(empty?.html).not.toContain('pg-node-text')
  })

  it('wraps shape text inside its padding, centred, and draws the plugin’s text nodes as the fake sizes them', async () => {
    await zoomTo(1, id('shape'))
    const shape = await page().evaluate((n) => (window as unknown as PlaygroundWindow).playground.fake.inspect.node(n), id('shape'))
    if (!shape) throw new Error('no shape')
    const pad = Math.min(16, shape.width / 8)
    const expected = wrapLines(shape.text ?? '', shape.width - 2 * pad, shape.fontSize ?? FONT_SIZE.shape)
    const lines = await drawnLines(id('shape'))
    expect(lines.map((line) => line.text)).toEqual(expected)
    for (const line of lines) expect(line.x).toBe(shape.width / 2)

    // The canvas the plugin draws has text nodes (title, labels) that grow with their text: one line per paragraph.
    await page().evaluate(() => (window as unknown as PlaygroundWindow).playground.launch('insert-vpc', { segment: 'Night shift nurses', product: 'Meal kit', locale: 'en' }))
    const texts = await page().evaluate(() =>
      (window as unknown as PlaygroundWindow).playground.fake.inspect.nodes().filter((n) => n.type === 'TEXT' && (n.text ?? '') !== '')
    )
    expect(texts.length).toBeGreaterThan(3)
    for (const text of texts.slice(0, 6)) {
      await zoomTo(1, text.id)
      const lines = await drawnLines(text.id)
      expect(lines.map((line) => line.text).join('\n')).toBe((text.text ?? '').split('\n').filter((p) => p !== '').join('\n'))
      for (const line of lines) expect(line.length).toBeLessThanOrEqual(text.width + 0.5)
    }
  })

  it('draws bars where the lines are once text is smaller than a few screen pixels, and text again above', async () => {
    const sticky = id('long')
    const lines = wrapLines(TEXTS.long ?? '', STICKY.width - 2 * STICKY.padding, FONT_SIZE.sticky)
    const threshold = TEXT_MIN_SCREEN_PX / FONT_SIZE.sticky
    await zoomTo(threshold * 0.95, sticky)
    const bars = await page().evaluate((n) => {
      const group = document.querySelector(`#board-world g[data-node-id="${CSS.escape(n)}"]`)
      return { text: group?.querySelectorAll('text').length ?? -1, bars: group?.querySelector('.pg-text-bars')?.getAttribute('d') ?? '' }
    }, sticky)
    expect(bars.text).toBe(0)
    // One bar per line, as long as the fake's line.
    const widths = [...bars.bars.matchAll(/h(-?[\d.]+)v/g)].map((m) => Number(m[1]))
    expect(widths).toHaveLength(lines.length)
    widths.forEach((w, i) => expect(w).toBeCloseTo(textWidth(lines[i] as string, FONT_SIZE.sticky), 1))
    await zoomTo(threshold * 1.05, sticky)
    expect((await drawnLines(sticky)).map((line) => line.text)).toEqual(lines)
  })

  it('draws nothing far outside the view, and draws it when the view gets there', async () => {
    await zoomTo(1, id('short'))
    expect(await groupOf(id('far'))).toBeNull()
    await zoomTo(1, id('far'))
    const wrap = (text: string) => wrapLines(text, STICKY.width - 2 * STICKY.padding, FONT_SIZE.sticky)
    expect((await drawnLines(id('far'))).map((line) => line.text)).toEqual(wrap('Far away from everything'))
    // What was left behind is taken off (its tiles), not kept drawn.
    expect(await groupOf(id('short'))).toBeNull()
    // Inside the margin around the view (not on screen yet), a node is drawn already: a pan shows it at once.
    const near = await page().evaluate(
      ({ margin, far }) => {
        const { playground } = window as unknown as PlaygroundWindow
        const box = playground.fake.inspect.node(far)?.box ?? { x: 0, y: 0, width: 0 }
        const board = document.getElementById('board-svg')?.getBoundingClientRect() ?? { width: 0 }
        // Right of the screen by half the margin.
        return playground.user.addSticky({ text: 'Just off screen', x: box.x + box.width / 2 + board.width / 2 + (board.width * margin) / 2, y: box.y }).id
      },
      { margin: CULL_MARGIN, far: id('far') }
    )
    await page().evaluate(() => (window as unknown as PlaygroundWindow).playground.screenshotReady())
    expect((await drawnLines(near)).map((line) => line.text)).toEqual(wrap('Just off screen'))
  })

  it('after edits, pans and zooms across the thresholds, shows the same as a drawing from scratch', async () => {
    const groups = () => page().evaluate(() => [...(document.getElementById('board-world')?.children ?? [])].map((g) => g.outerHTML))
    await page().evaluate(
      async ({ long, shape }) => {
        const { playground } = window as unknown as PlaygroundWindow
        for (const zoom of [1, 0.1, 0.5, 0.02, 2, 0.3]) {
          playground.zoomTo(zoom, long)
          await playground.renderStats()
        }
        playground.user.typeInto(long, 'Edited while zoomed out: a new text that wraps over a few lines of the sticky')
        playground.user.typeInto(shape, '')
        playground.zoomTo(0.8, long)
        await playground.renderStats()
      },
      { long: id('long'), shape: id('shape') }
    )
    const shown = await groups()
    // Tiles, each with its size, zoom, place and node groups (a node's copies in other tiles included).
    expect(shown.join('').split('data-node-id=').length - 1).toBeGreaterThan(5)
    await page().evaluate(() => (window as unknown as PlaygroundWindow).playground.redrawAll())
    expect(await groups()).toEqual(shown)
  })

  it('drags nodes in a layer of their own and puts them back in paint order on the drop', async () => {
    const sticky = id('short')
    await zoomTo(1, sticky)
    // Every node's group that carries its id, tile by tile, in paint order within each tile.
    const inWorld = () => page().evaluate(() => [...document.querySelectorAll<SVGGElement>('#board-world .pg-tile > g[data-node-id]')].map((g) => g.dataset.nodeId))
    const order = await inWorld()
    const before = await page().evaluate((n) => (window as unknown as PlaygroundWindow).playground.fake.inspect.node(n)?.box, sticky)
    const spot = await page().locator(`#board-world g[data-node-id="${sticky}"] .pg-sticky-paper`).boundingBox()
    if (!spot || !before) throw new Error('the sticky is not drawn')
    await page().mouse.move(spot.x + 40, spot.y + 40)
    await page().mouse.down()
    await page().mouse.move(spot.x + 80, spot.y + 70, { steps: 4 })
    // While dragged: in the drag layer, moved by the layer's transform; the world keeps its place.
    expect(await page().locator(`#board-drag > g[data-node-id="${sticky}"]`).count()).toBe(1)
    expect(await inWorld()).toEqual(order.filter((n) => n !== sticky))
    expect(await page().locator('#board-drag-svg').evaluate((svg) => (svg as SVGSVGElement).style.transform)).toBe('translate(40px, 30px)')
    await page().mouse.up()
    await page().evaluate(() => (window as unknown as PlaygroundWindow).playground.renderStats())
    const after = await page().evaluate((n) => (window as unknown as PlaygroundWindow).playground.fake.inspect.node(n)?.box, sticky)
    expect({ dx: (after?.x ?? 0) - before.x, dy: (after?.y ?? 0) - before.y }).toEqual({ dx: 40, dy: 30 })
    expect(await page().locator('#board-drag > g').count()).toBe(0)
    expect(await inWorld()).toEqual(order)
    const shown = await page().evaluate(() => document.getElementById('board-world')?.innerHTML)
    await page().evaluate(() => (window as unknown as PlaygroundWindow).playground.redrawAll())
    expect(await page().evaluate(() => document.getElementById('board-world')?.innerHTML)).toBe(shown)
  })

  it('cuts the board into tiles: a node across a tile edge is drawn in each, in the page order, and a pan draws nothing', async () => {
    // Two stickies across the edge between two tiles at 100 %, the second over the first.
    const edge = TILE_PX * 30
    const [a, b] = await page().evaluate((x) => {
      const { playground } = window as unknown as PlaygroundWindow
      const first = playground.user.addSticky({ text: 'Left of the edge, under', x: x - 150, y: 9000 }).id
      const second = playground.user.addSticky({ text: 'Across the edge, over', x: x - 60, y: 9040 }).id
      return [first, second]
    }, edge)
    await zoomTo(1, a)
    const drawn = await page().evaluate(
      ({ first, second }) =>
        [...document.querySelectorAll<SVGSVGElement>('#board-world .pg-tile')]
          .map((tile) => ({
            tile: tile.dataset.tile ?? '',
            ids: [...tile.children].map((g) => (g as SVGGElement).dataset.nodeId ?? (g as SVGGElement).dataset.copyOf ?? '').filter((n) => n === first || n === second),
            own: [...tile.querySelectorAll<SVGGElement>('[data-node-id]')].map((g) => g.dataset.nodeId).filter((n) => n === first || n === second)
          }))
          .filter((t) => t.ids.length > 0),
      { first: a, second: b }
    )
    // In two tiles at least, each holding both, the later one painted after; each id on one group only.
    expect(drawn.length).toBeGreaterThanOrEqual(2)
    for (const t of drawn) expect(t.ids).toEqual([a, b].filter((n) => t.ids.includes(n)))
    expect(drawn.filter((t) => t.ids.length === 2).length).toBeGreaterThanOrEqual(1)
    expect(drawn.flatMap((t) => t.own).sort()).toEqual([a, b].sort())
    // A wheel pan moves the tiles as layers: every tile still there keeps its very groups, moved by its transform.
    const kept = await page().evaluate(async () => {
      const { playground } = window as unknown as PlaygroundWindow
      // The transform is on each tile's HTML layer (its SVG's parent).
      const layerOf = (tile: SVGSVGElement) => tile.parentElement as HTMLElement
      const before = [...document.querySelectorAll<SVGSVGElement>('#board-world .pg-tile')].map((tile) => ({ tile, groups: [...tile.children], at: layerOf(tile).style.transform }))
      const svg = document.getElementById('board-svg') as unknown as SVGSVGElement
      const box = svg.getBoundingClientRect()
      svg.dispatchEvent(new WheelEvent('wheel', { clientX: box.left + 100, clientY: box.top + 100, deltaX: 30, deltaY: 20, bubbles: true, cancelable: true }))
      await playground.boardSettled()
      const still = before.filter(({ tile }) => tile.isConnected)
      return {
        tiles: still.length,
        same: still.every(({ tile, groups }) => groups.length === tile.children.length && groups.every((g, i) => tile.children[i] === g)),
        moved: still.every(({ tile, at }) => layerOf(tile).style.transform !== at)
      }
    })
    expect(kept).toEqual({ tiles: expect.any(Number) as number, same: true, moved: true })
    expect(kept.tiles).toBeGreaterThan(0)
    // The tiles drawn change by change are the tiles drawn from scratch.
    const tiles = () => page().evaluate(() => [...document.querySelectorAll('#board-world .pg-tile')].map((tile) => tile.outerHTML))
    const shown = await tiles()
    await page().evaluate(() => (window as unknown as PlaygroundWindow).playground.redrawAll())
    expect(await tiles()).toEqual(shown)
  })

  /** A pile of stickies far from the others (seeded, so every run draws the same), with what lies on and under it. */
  const pile = async (x0: number) =>
    page().evaluate((x) => {
      const { playground } = window as unknown as PlaygroundWindow
      const user = playground.user
      let seed = 7
      const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646
      const colors = ['Yellow', 'Blue', 'Green', 'Pink', 'Orange', 'White']
      const shape = user.addShape({ text: 'Under the pile', x: x + 100, y: 100, width: 400, height: 300, shapeType: 'ROUNDED_RECTANGLE' }).id
      const made: string[] = []
      for (let i = 0; i < 260; i++) {
        const at = { x: x + Math.round(random() * 1200), y: Math.round(random() * 900) }
        made.push(user.addSticky({ text: `Pile ${i}: ${'a longer line of text '.repeat(i % 4)}`, ...at, color: colors[i % colors.length] }).id)
      }
      for (let i = 0; i < 40; i++) user.addSticky({ text: `Top ${i}`, x: x + Math.round(random() * 1200), y: Math.round(random() * 900), color: colors[i % 3] })
      // A locked sticky over the pile (clicks go through it), a stamp, a connector; one sticky peeking out by a page
      // unit from under another; last, one sticky covered by two.
      const locked = user.addSticky({ text: 'Locked over the pile', x: x + 900, y: 600 }).id
      user.setLocked(locked, true)
      user.stamp(made[200] as string, 'Heart')
      user.connect(made[10] as string, made[250] as string)
      const base = playground.fake.inspect.node(made[100] as string)?.box ?? { x, y: 0 }
      const peek = user.addSticky({ text: 'Peeking out', x: base.x + 1, y: base.y + 300 }).id
      user.addSticky({ text: 'Covers the peek', x: base.x, y: base.y + 300 })
      // Two wide stickies over one (a sticky's shadow reaches past its paper, so one sticky alike never hides another).
      const under = user.addSticky({ text: 'Under two', x: base.x, y: base.y }).id
      user.addSticky({ text: 'Covers its top', x: base.x - 88, y: base.y - 120, wide: true })
      const exact = user.addSticky({ text: 'Covers the rest', x: base.x - 88, y: base.y + 60, wide: true }).id
      user.select([])
      return { under, exact, peek, shape, centre: made[130] as string }
    }, x0)

  /**
   * The board's pixels (the board's area of the page), without the notifications over it: a toast of an earlier step
   * still showing in one picture and gone in the next made the two differ on a loaded machine.
   */
  const boardPixels = async () => {
    await page().evaluate(() => (window as unknown as PlaygroundWindow).playground.screenshotReady())
    const box = await page().locator('#board-svg').boundingBox()
    if (!box) throw new Error('no board')
    return page().screenshot({ clip: box, style: '#toasts { visibility: hidden !important; }' })
  }
  const groupCount = () => page().evaluate(() => document.querySelectorAll('#board-world .pg-tile > g').length)

  it('leaves out stickies that later ones cover completely, and no pixel changes for it', async () => {
    const { centre, exact, peek, under } = await pile(200_000)
    const seen: Array<{ zoom: number; left: number; all: number; same: boolean }> = []
    for (const zoom of [0.14, 0.5, 0.8, 1, 1.3]) {
      await zoomTo(zoom, centre)
      await page().evaluate(() => (window as unknown as PlaygroundWindow).playground.redrawAll())
      const left = await groupCount()
      const shown = await boardPixels()
      await page().evaluate(() => (window as unknown as PlaygroundWindow).playground.redrawAll({ occlusion: false }))
      const all = await groupCount()
      const full = await boardPixels()
      seen.push({ zoom, left, all, same: shown.equals(full) })
    }
    // The picture is the same to the pixel at every zoom, and a good share of the pile is left out.
    expect(seen.map(({ zoom, same }) => ({ zoom, same }))).toEqual(seen.map(({ zoom }) => ({ zoom, same: true })))
    for (const { zoom, left, all } of seen) expect(left, `groups at ${zoom}`).toBeLessThan(all * (zoom < 0.3 ? 0.95 : 0.8))
    await page().evaluate(() => (window as unknown as PlaygroundWindow).playground.redrawAll())
    // The sticky right under "Exactly on top" is drawn nowhere; the one peeking out by a page unit is drawn.
    await zoomTo(1, exact)
    const drawnIds = await page().evaluate(() => [...document.querySelectorAll<SVGGElement>('#board-world .pg-tile > g')].map((g) => g.dataset.nodeId ?? g.dataset.copyOf))
    expect(drawnIds).toContain(exact)
    expect(drawnIds).not.toContain(under)
    expect(drawnIds).toContain(peek)
  })

  /**
   * Ctrl+wheel zoom steps at the board's middle, a frame apart, then the board settled: whether every tile was left
   * to the compositor's scaling right after each step, and how many tiles over the board are still scaled after.
   */
  const zoomBurst = (deltaY: number, steps: number) =>
    page().evaluate(
      async ({ dy, n }) => {
        const { playground } = window as unknown as PlaygroundWindow
        const svg = document.getElementById('board-svg') as unknown as SVGSVGElement
        const box = svg.getBoundingClientRect()
        const layers = () => [...document.querySelectorAll<HTMLElement>('#board-world .pg-tile-layer')]
        const scaled: boolean[] = []
        for (let i = 0; i < n; i++) {
          svg.dispatchEvent(new WheelEvent('wheel', { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2, deltaY: dy, ctrlKey: true, bubbles: true, cancelable: true }))
          scaled.push(layers().every((layer) => layer.classList.contains('pg-tile-scaling')))
          await new Promise((resolve) => requestAnimationFrame(resolve))
        }
        await playground.boardSettled()
        const over = (layer: HTMLElement) => {
          const r = layer.getBoundingClientRect()
          return r.right > box.left && r.left < box.right && r.bottom > box.top && r.top < box.bottom
        }
        return { scaled, stillScaled: layers().filter((layer) => over(layer) && layer.classList.contains('pg-tile-scaling')).length }
      },
      { dy: deltaY, n: steps }
    )
  /**
   * The tiles in and around the view (not those kept past it, which a drawing from scratch does not draw), without
   * the mark of the compositor's scaling (tiles off the screen keep it until they come onto it; the pixels show that
   * those on it are sharp).
   */
  const worldHtml = () =>
    page().evaluate(() =>
      [...document.querySelectorAll('#board-world > .pg-tile-layer:not(.pg-tile-kept)')].map((layer) => layer.outerHTML.replace(' pg-tile-scaling', ''))
    )

  it('lets the compositor scale the tiles during a zoom burst and rasters them sharp after it: the same pixels as a drawing from scratch', async () => {
    const { centre } = await pile(240_000)
    await zoomTo(1, centre)
    await page().evaluate(() => (window as unknown as PlaygroundWindow).playground.redrawAll())
    for (const [deltaY, steps] of [
      [-20, 3],
      [20, 2],
      [30, 4]
    ] as const) {
      const burst = await zoomBurst(deltaY, steps)
      expect(burst).toEqual({ scaled: Array.from({ length: steps }, () => true), stillScaled: 0 })
      const shown = await boardPixels()
      const html = await worldHtml()
      await page().evaluate(() => (window as unknown as PlaygroundWindow).playground.redrawAll())
      expect(await worldHtml()).toEqual(html)
      expect((await boardPixels()).equals(shown)).toBe(true)
    }
  })

  it('keeps the tiles drawn around the view after a zoom in, follows edits in them, and shows them again on the zoom out', async () => {
    const x0 = 280_000
    const { centre } = await pile(x0)
    await zoomTo(1, centre)
    await page().evaluate(() => (window as unknown as PlaygroundWindow).playground.redrawAll())
    // The tiles now, by key, remembered as elements.
    const mark = () =>
      page().evaluate(() => {
        const w = window as unknown as { __tiles?: Map<string, Element> }
        w.__tiles = new Map([...document.querySelectorAll<HTMLElement>('#board-world .pg-tile-layer')].map((layer) => [layer.dataset.tile ?? '', layer]))
        return w.__tiles.size
      })
    const same = () =>
      page().evaluate(() => {
        const tiles = (window as unknown as { __tiles: Map<string, Element> }).__tiles
        const now = [...document.querySelectorAll<HTMLElement>('#board-world .pg-tile-layer')]
        return { kept: now.filter((layer) => tiles.get(layer.dataset.tile ?? '') === layer).length, before: tiles.size, now: now.length }
      })
    expect(await mark()).toBeGreaterThan(4)
    // A step in (×1.22, the same zoom level): the area kept around the view still holds every tile drawn.
    await zoomBurst(-20, 1)
    // A sticky of the pile now outside the view and its margin, in a kept tile: an edit there is drawn in that tile.
    const edited = await page().evaluate(({ margin, x }) => {
      const { playground } = window as unknown as PlaygroundWindow
      const board = (document.getElementById('board-svg') as unknown as SVGSVGElement).getBoundingClientRect()
      const view = playground.viewport()
      const outside = playground.fake.inspect.nodes().find((n) => {
        if (n.type !== 'STICKY' || !n.text?.startsWith('Top ') || n.box.x < x) return false
        const left = n.box.x * view.zoom + view.tx
        const top = n.box.y * view.zoom + view.ty
        const [right, bottom] = [left + n.box.width * view.zoom, top + n.box.height * view.zoom]
        return left > board.width * (1 + margin) + 10 || top > board.height * (1 + margin) + 10 || right < -board.width * margin - 10 || bottom < -board.height * margin - 10
      })
      if (!outside) return null
      playground.user.typeInto(outside.id, 'Edited while its tile was kept out of view')
      return outside.id
    }, { margin: CULL_MARGIN, x: x0 })
    expect(edited).not.toBeNull()
    await zoomBurst(20, 1)
    // Every tile drawn at the start is the same element again (kept, not drawn anew), and the board is what a
    // drawing from scratch draws, to the pixel.
    const after = await same()
    expect(after.kept).toBe(after.before)
    expect(await page().locator(`#board-world g[data-node-id="${edited ?? ''}"] .pg-node-text`).textContent()).toContain('Edited while its')
    const shown = await boardPixels()
    const html = await worldHtml()
    await page().evaluate(() => (window as unknown as PlaygroundWindow).playground.redrawAll())
    expect(await worldHtml()).toEqual(html)
    expect((await boardPixels()).equals(shown)).toBe(true)
  })

  it('shows what a dragged sticky covered while it is dragged, and covers it again on the drop', async () => {
    const { exact, under } = await pile(260_000)
    await zoomTo(1, exact)
    const drawnIds = () => page().evaluate(() => [...document.querySelectorAll<SVGGElement>('#board-world .pg-tile > g:not([display])')].map((g) => g.dataset.nodeId ?? g.dataset.copyOf ?? ''))
    const before = new Set(await drawnIds())
    const spot = await clickable(exact)
    await page().mouse.move(spot.x, spot.y)
    await page().mouse.down()
    await page().mouse.move(spot.x + 300, spot.y + 200, { steps: 4 })
    // Lifted off the board: what it covered is drawn in the tiles now, and the board under it looks as if it were gone.
    const during = new Set(await drawnIds())
    expect(before.has(under)).toBe(false)
    expect(during.has(under)).toBe(true)
    expect(during.has(exact)).toBe(false)
    expect(await page().locator(`#board-drag > g[data-node-id="${exact}"], #board-drag > g[data-copy-of="${exact}"]`).count()).toBe(1)
    await page().mouse.up()
    await page().evaluate(() => (window as unknown as PlaygroundWindow).playground.renderStats())
    const tiles = () => page().evaluate(() => [...document.querySelectorAll('#board-world .pg-tile')].map((tile) => tile.outerHTML))
    const shown = await tiles()
    await page().evaluate(() => (window as unknown as PlaygroundWindow).playground.redrawAll())
    expect(await tiles()).toEqual(shown)
  })

  it('an edit of a dragged sticky shows in the drag layer, with no copy left behind on the board', async () => {
    const { exact } = await pile(320_000)
    await zoomTo(1, exact)
    const spot = await clickable(exact)
    await page().mouse.move(spot.x, spot.y)
    await page().mouse.down()
    await page().mouse.move(spot.x + 200, spot.y + 150, { steps: 4 })
    await page().evaluate(async (n) => {
      const { playground } = window as unknown as PlaygroundWindow
      playground.user.typeInto(n, 'Typed by someone else during the drag')
      // The board draws the change in its next frame (it does not settle while a drag holds lifted groups).
      await playground.fake.flush()
      for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve))
    }, exact)
    const copies = await page().evaluate((n) => {
      const visible = (g: Element) => g.closest('[display="none"]') === null
      const named = (g: SVGGElement) => (g.dataset.nodeId ?? g.dataset.copyOf) === n
      return {
        board: [...document.querySelectorAll<SVGGElement>('#board-world .pg-tile > g')].filter((g) => named(g) && visible(g)).length,
        lifted: [...document.querySelectorAll<SVGGElement>('#board-drag > g')].filter(named).map((g) => g.textContent ?? '')
      }
    }, exact)
    expect(copies.board).toBe(0)
    expect(copies.lifted).toHaveLength(1)
    expect(copies.lifted[0]).toContain('Typed by someone else')
    await page().mouse.up()
    await page().evaluate(() => (window as unknown as PlaygroundWindow).playground.renderStats())
    expect(await page().locator('#board-drag > g').count()).toBe(0)
    const tiles = () => page().evaluate(() => [...document.querySelectorAll('#board-world .pg-tile')].map((tile) => tile.outerHTML))
    const shown = await tiles()
    await page().evaluate(() => (window as unknown as PlaygroundWindow).playground.redrawAll())
    expect(await tiles()).toEqual(shown)
  })

  it('looks right to a facilitator (screenshot for a person to look at)', async () => {
    const stickies = Object.keys(TEXTS).map(id)
    await page().evaluate(async (all) => {
      const { playground } = window as unknown as PlaygroundWindow
      playground.zoomToFit(all)
      await playground.screenshotReady()
    }, stickies)
    await page().screenshot({ path: resultPath('playground-text.png') })
    expect(pg.pageErrors).toEqual([])
  })
})
