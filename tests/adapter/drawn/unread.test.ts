/**
 * Counting what a selection holds that no zone is read from (session 7). The fake makes no frames, rectangles,
 * vectors, highlights or media (`fake/README.md`: which types a paste or a marker stroke leaves is unverified), so
 * these nodes are plain objects with the members the count reads, typed by the plugin typings.
 */
import { describe, expect, it } from 'vitest'
import { NOTIFY_MAX } from '../../../contract/limits'
import { unreadInSelection } from '../../../src/adapter/drawn-canvas'
import { refusalMessage } from '../../../src/commands/adopt-canvas-async'
import { LOCALES } from '../../../src/core/types'
import { t } from '../../../src/i18n'

type Plain = { id: string; type: string; fills?: Array<{ type: string }>; children?: Plain[] }

function flatten(node: Plain): Plain[] {
  return (node.children ?? []).flatMap((child) => [child, ...flatten(child)])
}

/** A node as the count sees it: its type, id, fills, and a search of its descendants by type. */
function node(plain: Plain): SceneNode {
  const value = {
    ...plain,
    ...(plain.children
      ? {
          findAllWithCriteria: ({ types }: { types: string[] }) =>
            flatten(plain).filter((inner) => types.includes(inner.type)).map(node)
        }
      : {})
  }
  return value as unknown as SceneNode
}

describe('nodes no zone is read from', () => {
  it('counts pictures, Figma Design figures and strokes, in the selection and inside what it holds', () => {
    const pastedFrame: Plain = {
      id: 'frame',
      type: 'FRAME',
      children: [
        { id: 'rect', type: 'RECTANGLE', fills: [{ type: 'SOLID' }] },
        { id: 'ellipse', type: 'ELLIPSE' },
        { id: 'picture', type: 'RECTANGLE', fills: [{ type: 'IMAGE' }] },
        { id: 'text', type: 'TEXT' }
      ]
    }
    const section: Plain = {
      id: 'section',
      type: 'SECTION',
      children: [
        { id: 'marker', type: 'VECTOR' },
        { id: 'highlight', type: 'HIGHLIGHT' },
        { id: 'gif', type: 'MEDIA' },
        { id: 'sticky', type: 'STICKY' }
      ]
    }
    expect(unreadInSelection([node(pastedFrame)])).toEqual({ figures: 3, strokes: 0, images: 1 })
    expect(unreadInSelection([node(section)])).toEqual({ figures: 0, strokes: 2, images: 1 })
    // A node selected and also found inside another selected node counts once.
    const inner = (pastedFrame.children ?? [])[0] as Plain
    expect(unreadInSelection([node(pastedFrame), node(inner)])).toEqual({ figures: 3, strokes: 0, images: 1 })
    expect(unreadInSelection([node({ id: 's', type: 'STICKY' }), node({ id: 'l', type: 'LINE' })])).toEqual({
      figures: 0,
      strokes: 0,
      images: 0
    })
  })

  it('says what it found in one notification, in every language', () => {
    for (const locale of LOCALES) {
      for (const key of ['adopt.image', 'adopt.design', 'adopt.strokes'] as const) {
        const message = refusalMessage(locale, { key, found: [], missing: [], side: null })
        expect(message.length, `${locale} ${key}`).toBeLessThanOrEqual(NOTIFY_MAX)
        expect(message).not.toMatch(/adopt\.[a-z]/)
      }
      const adopted = t(locale, 'adopt.note.byLabels', { placed: 12_345, unplaced: 678, score: 100 })
      expect(adopted.length, locale).toBeLessThanOrEqual(NOTIFY_MAX)
    }
  })
})
