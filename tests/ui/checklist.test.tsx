import { fireEvent, screen, within } from '@testing-library/preact'
import { describe, expect, it } from 'vitest'
import { withChecklist } from './fixtures'
import { renderPanel } from './harness'

function openChecklist() {
  fireEvent.click(screen.getByRole('tab', { name: 'Checklist' }))
}

const evidence = () =>
  screen.getByRole<HTMLInputElement>('checkbox', {
    name: 'Pains and gains are specific, measurable where possible, not vague adjectives'
  })

describe('checklist', () => {
  it('groups items under customer profile, value map and fit', () => {
    renderPanel(withChecklist({}))
    openChecklist()
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)
    expect(headings).toEqual(['Customer profile 1/2', 'Value map 0/2', 'Fit 1/2'])
  })

  it('shows automatic items as marked verdicts with their explanation, not as checkboxes', () => {
    renderPanel(withChecklist({}))
    openChecklist()
    const tied = screen
      .getByText('Every pain reliever is connected to a pain it eases')
      .closest('li') as HTMLElement
    expect(within(tied).getByText('Automatic')).toBeTruthy()
    expect(within(tied).getByText('Not yet')).toBeTruthy()
    expect(within(tied).getByText('Pain relievers tied to a pain: 1 of 2')).toBeTruthy()
    expect(within(tied).queryByRole('checkbox')).toBeNull()
    const ranked = screen
      .getByText('Jobs, pains and gains are put in order of importance')
      .closest('li') as HTMLElement
    expect(within(ranked).getByText('Done')).toBeTruthy()
    // Only the three manual items are checkboxes.
    expect(screen.getAllByRole('checkbox')).toHaveLength(3)
  })

  it('sends SET_CHECK with the item key when a manual item is ticked, and follows the next state', async () => {
    const { main, update } = renderPanel(withChecklist({}))
    openChecklist()
    expect(evidence().checked).toBe(false)

    fireEvent.click(evidence())
    expect(main.payloads('SET_CHECK')).toEqual([{ canvasId: 'c1', itemKey: 'cp.concrete', checked: true }])
    // Shown at once while main stores it.
    expect(evidence().checked).toBe(true)

    await main.deliver('DONE', { requestId: main.last('SET_CHECK')?.requestId ?? '', ok: true, message: '' })
    update(withChecklist({ 'cp.concrete': true }))
    expect(evidence().checked).toBe(true)
    expect(screen.getByRole('heading', { name: 'Customer profile 2/2' })).toBeTruthy()

    // Unticking: main's next state is the truth, whoever changed it.
    fireEvent.click(evidence())
    expect(main.payloads('SET_CHECK').at(-1)).toEqual({
      canvasId: 'c1',
      itemKey: 'cp.concrete',
      checked: false
    })
    await main.deliver('DONE', { requestId: main.last('SET_CHECK')?.requestId ?? '', ok: true, message: '' })
    update(withChecklist({ 'cp.concrete': true }))
    expect(evidence().checked).toBe(true)
  })

  it('shows a tick made by a teammate when main sends it', () => {
    const { update } = renderPanel(withChecklist({}))
    openChecklist()
    update(withChecklist({ 'vm.focus': true }))
    expect(
      screen.getByRole<HTMLInputElement>('checkbox', {
        name: 'The offer does a few things extremely well instead of everything'
      }).checked
    ).toBe(true)
  })

  it('rolls a tick back and shows the error when main refuses it', async () => {
    const { main } = renderPanel(withChecklist({}))
    openChecklist()
    fireEvent.click(evidence())
    expect(evidence().checked).toBe(true)
    await main.deliver('DONE', {
      requestId: main.last('SET_CHECK')?.requestId ?? '',
      ok: false,
      message: 'The canvas was deleted.'
    })
    expect(evidence().checked).toBe(false)
    expect(screen.getByRole('alert').textContent).toContain('The canvas was deleted.')
  })
})
