// Long lists render a window: the DOM a refresh touches stays bounded however many stickies a zone holds.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ItemList, LIST_WINDOW } from '../../ui/components/item-list'
import { textBesideRank } from '../../ui/item-text'
import { item } from './fixtures'

const many = (n: number) => Array.from({ length: n }, (_, i) => item(`s${i}`, `Sticky ${i}`, i + 1))

// Each row's render takes its text once: counting the calls counts the rows drawn.
vi.mock('../../ui/item-text', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../ui/item-text')>()
  return { ...actual, textBesideRank: vi.fn(actual.textBesideRank) }
})

afterEach(cleanup)

describe('a long item list', () => {
  it('shows its first window and a button for the next, until every item is shown', () => {
    const items = many(LIST_WINDOW * 2 + 30)
    render(<ItemList locale="en" items={items} selectedIds={[]} onFocus={() => undefined} />)
    expect(screen.getAllByRole('listitem')).toHaveLength(LIST_WINDOW)
    fireEvent.click(screen.getByRole('button', { name: `Show ${LIST_WINDOW} more (${LIST_WINDOW + 30} not shown)` }))
    expect(screen.getAllByRole('listitem')).toHaveLength(LIST_WINDOW * 2)
    fireEvent.click(screen.getByRole('button', { name: 'Show 30 more (30 not shown)' }))
    expect(screen.getAllByRole('listitem')).toHaveLength(LIST_WINDOW * 2 + 30)
    expect(screen.queryByRole('button', { name: /more/ })).toBeNull()
  })

  it('shows a sticky selected on the board even past the window, after the window and without the ones between', () => {
    const items = many(LIST_WINDOW * 5)
    const far = `s${LIST_WINDOW * 3}`
    render(<ItemList locale="en" items={items} selectedIds={[far]} onFocus={() => undefined} />)
    const rows = screen.getAllByRole('listitem')
    expect(rows).toHaveLength(LIST_WINDOW + 1)
    expect(rows.at(-1)?.textContent).toContain(`#${LIST_WINDOW * 3 + 1}`)
    expect(screen.getByRole('button', { current: true }).textContent).toContain(`Sticky ${LIST_WINDOW * 3}`)
    // Showing more reaches it in rank order, never twice.
    fireEvent.click(screen.getByRole('button', { name: `Show ${LIST_WINDOW} more (${LIST_WINDOW * 4 - 1} not shown)` }))
    expect(screen.getAllByRole('listitem')).toHaveLength(LIST_WINDOW * 2 + 1)
    fireEvent.click(screen.getByRole('button', { name: /Show \d+ more/ }))
    fireEvent.click(screen.getByRole('button', { name: /Show \d+ more/ }))
    const all = screen.getAllByRole('listitem')
    expect(all).toHaveLength(LIST_WINDOW * 4)
    expect(all[LIST_WINDOW * 3]?.textContent).toContain(`Sticky ${LIST_WINDOW * 3}`)
  })

  it('draws again only the rows whose item changed (a refresh keeps the other item objects)', () => {
    const items = many(LIST_WINDOW)
    const seen: string[] = []
    const { rerender } = render(<ItemList locale="en" items={items} selectedIds={[]} onFocus={(id) => seen.push(id)} />)
    const edited = items.map((entry, i) => (i === 7 ? { ...entry, text: 'Typed again' } : entry))
    const focus = (id: string) => seen.push(`latest ${id}`)
    vi.mocked(textBesideRank).mockClear()
    rerender(<ItemList locale="en" items={edited} selectedIds={[]} onFocus={focus} />)
    expect(vi.mocked(textBesideRank)).toHaveBeenCalledTimes(1)
    const after = screen.getAllByRole('button')
    expect(after[7]?.textContent).toContain('Typed again')
    // Selecting one on the board draws that row (and the one it left) again, no other.
    vi.mocked(textBesideRank).mockClear()
    rerender(<ItemList locale="en" items={edited} selectedIds={['s9']} onFocus={focus} />)
    expect(vi.mocked(textBesideRank)).toHaveBeenCalledTimes(1)
    expect(screen.getByRole('button', { current: true }).textContent).toContain('Sticky 9')
    // A row that skipped the render still calls the latest handler.
    fireEvent.click(after[3] as HTMLElement)
    expect(seen).toEqual(['latest s3'])
  })

  it('a short list has no button', () => {
    render(<ItemList locale="sv" items={many(3)} selectedIds={[]} onFocus={() => undefined} />)
    expect(screen.getAllByRole('listitem')).toHaveLength(3)
    expect(screen.queryByRole('button', { name: /Visa \d+ till/ })).toBeNull()
  })
})
