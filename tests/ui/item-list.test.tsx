// Long lists render a window: the DOM a refresh touches stays bounded however many stickies a zone holds.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact'
import { afterEach, describe, expect, it } from 'vitest'
import { ItemList, LIST_WINDOW } from '../../ui/components/item-list'
import { item } from './fixtures'

const many = (n: number) => Array.from({ length: n }, (_, i) => item(`s${i}`, `Sticky ${i}`, i + 1))

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

  it('shows a sticky selected on the board even past the window', () => {
    const items = many(LIST_WINDOW * 5)
    const far = `s${LIST_WINDOW * 3}`
    render(<ItemList locale="en" items={items} selectedIds={[far]} onFocus={() => undefined} />)
    expect(screen.getAllByRole('listitem')).toHaveLength(LIST_WINDOW * 3 + 1)
    expect(screen.getByRole('button', { current: true }).textContent).toContain(`Sticky ${LIST_WINDOW * 3}`)
  })

  it('a short list has no button', () => {
    render(<ItemList locale="sv" items={many(3)} selectedIds={[]} onFocus={() => undefined} />)
    expect(screen.getAllByRole('listitem')).toHaveLength(3)
    expect(screen.queryByRole('button', { name: /Visa \d+ till/ })).toBeNull()
  })
})
