// Rank numbers typed as a list: FigJam text can be formatted as an ordered list, whose "1." is drawn but not in
// `characters`. The snapshot reads each sticky's list formatting in its one text read, so the rank holds either way.
import { describe, expect, it } from 'vitest'
import { LiveBoard } from '../../src/adapter/live-board'
import { takeSnapshot } from '../../src/adapter/snapshot'
import { textWithListMarkers } from '../../src/adapter/sticky-text'
import { insertVpcAsync } from '../../src/commands/insert-vpc-async'
import { analyzeBoard } from '../../src/core/analyze'
import { useFake } from './harness'
import { canvasSections, dropSticky, pointInZone } from './helpers'

const pains = () =>
  analyzeBoard(takeSnapshot(figma.currentPage), '2026-11-23T10:00:00.000Z')[0]!.report.zones.pains.map(
    (item) => [item.rank, item.text]
  )

/** Two pains: "Strangers at home" higher up (first in reading order), the one the team ranked first lower down. */
async function twoPains() {
  await insertVpcAsync({ segment: 'Parents', product: 'Sitters', locale: 'en' })
  const section = canvasSections()[0]!
  const above = dropSticky('Strangers at home', pointInZone(section, 'pains', 0.45))
  const below = dropSticky('', pointInZone(section, 'pains', 0.75))
  return { above, below }
}

describe('rank numbers typed as a list', () => {
  it('"1. " typed and kept as text ranks the sticky first', async () => {
    const { below } = await twoPains()
    useFake().user.typeInto(below, '1. Cancellations')
    expect(pains()).toEqual([
      [1, '1. Cancellations'],
      [2, 'Strangers at home']
    ])
  })

  it('"1. " turned into an ordered list (the marker leaves `characters`) still ranks the sticky first', async () => {
    const { below } = await twoPains()
    const fake = useFake()
    fake.user.typeInto(below, '1. Cancellations', { autoFormatLists: true })
    expect(below.text.characters).toBe('Cancellations')
    expect(pains()).toEqual([
      [1, '1. Cancellations'],
      [2, 'Strangers at home']
    ])
  })

  it('a sticky formatted with the list button as an ordered list ranks first; a bulleted one keeps its bullet', async () => {
    const { above, below } = await twoPains()
    const fake = useFake()
    fake.user.typeInto(below, 'Cancellations')
    fake.user.formatList(below, 'ORDERED')
    fake.user.formatList(above, 'UNORDERED')
    expect(pains()).toEqual([
      [1, '1. Cancellations'],
      [2, '• Strangers at home']
    ])
  })

  it('the live board follows a list formatted after it read the board', async () => {
    const { below } = await twoPains()
    const fake = useFake()
    fake.user.typeInto(below, 'Cancellations')
    await fake.flush()
    const live = new LiveBoard(figma.currentPage)
    live.readAll()
    figma.currentPage.on('nodechange', (event) => live.apply(event.nodeChanges))
    fake.user.formatList(below, 'ORDERED')
    await fake.flush()
    expect(live.snapshot().stickies.find((sticky) => sticky.id === below.id)?.text).toBe('1. Cancellations')
  })

  it.each([
    ['plain text', [{ characters: 'Long waits', listOptions: { type: 'NONE' } }], 'Long waits'],
    [
      'an ordered list, numbered per paragraph',
      [{ characters: 'Long waits\nNo parking', listOptions: { type: 'ORDERED' } }],
      '1. Long waits\n2. No parking'
    ],
    [
      'numbering restarts after a paragraph that is no list item',
      [
        { characters: 'A\n', listOptions: { type: 'ORDERED' } },
        { characters: 'note\n', listOptions: { type: 'NONE' } },
        { characters: 'B', listOptions: { type: 'ORDERED' } }
      ],
      '1. A\nnote\n1. B'
    ],
    ['bullets', [{ characters: 'Cheap\nQuick\n', listOptions: { type: 'UNORDERED' } }], '• Cheap\n• Quick\n']
  ] as const)('list markers written out: %s', (_label, segments, expected) => {
    expect(textWithListMarkers(segments)).toBe(expected)
  })
})
