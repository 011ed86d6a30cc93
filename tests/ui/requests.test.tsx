import { fireEvent, screen, act } from '@testing-library/preact'
import { describe, expect, it, vi } from 'vitest'
import { oneCanvas } from './fixtures'
import { renderPanel } from './harness'

describe('answers from main', () => {
  it('shows "Working…" while a request runs, then main’s success message as a status line', async () => {
    const { main } = renderPanel(oneCanvas())
    fireEvent.click(screen.getByRole('button', { name: 'Check now' }))
    expect(main.payloads('CHECK_FIT')).toEqual([{ canvasId: 'c1' }])
    expect(screen.getByRole('status').textContent).toBe('Working…')
    expect(screen.getByRole('button', { name: 'Check now' }).getAttribute('aria-busy')).toBe('true')

    // A second press while it runs sends nothing.
    fireEvent.click(screen.getByRole('button', { name: 'Check now' }))
    expect(main.payloads('CHECK_FIT')).toHaveLength(1)

    await main.deliver('DONE', {
      requestId: main.last('CHECK_FIT')?.requestId ?? '',
      ok: true,
      message: 'Fit: 62%'
    })
    expect(screen.getByRole('status').textContent).toBe('Fit: 62%')
    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.getByRole('button', { name: 'Check now' }).getAttribute('aria-busy')).toBeNull()
  })

  it('shows an error as an alert until dismissed', async () => {
    const { main } = renderPanel(oneCanvas())
    fireEvent.click(screen.getByRole('button', { name: 'Check now' }))
    await main.deliver('DONE', {
      requestId: main.last('CHECK_FIT')?.requestId ?? '',
      ok: false,
      message: 'That canvas was deleted by another user.'
    })
    expect(screen.getByRole('alert').textContent).toContain('That canvas was deleted by another user.')
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('shows errors main could not attribute to a request (requestId null)', async () => {
    const { main } = renderPanel(oneCanvas())
    await main.deliver('DONE', { requestId: null, ok: false, message: 'Malformed message from the panel.' })
    expect(screen.getByRole('alert').textContent).toContain('Malformed message from the panel.')
  })

  it('ignores success answers to requests it did not make', async () => {
    const { main } = renderPanel(oneCanvas())
    await main.deliver('DONE', { requestId: 'ui-ready', ok: true, message: 'Ready' })
    expect(screen.getByRole('status').textContent).toBe('')
  })

  it('reports a request main never answers', async () => {
    vi.useFakeTimers()
    renderPanel(oneCanvas())
    fireEvent.click(screen.getByRole('button', { name: 'Check now' }))
    await act(async () => {
      await vi.advanceTimersByTimeAsync(30_000)
    })
    expect(screen.getByRole('alert').textContent).toContain('The plugin did not answer. Try again.')
    expect(screen.getByRole('button', { name: 'Check now' }).getAttribute('aria-busy')).toBeNull()
  })

  it('clears the success line after a few seconds', async () => {
    vi.useFakeTimers()
    const { main } = renderPanel(oneCanvas())
    fireEvent.click(screen.getByRole('button', { name: 'Check now' }))
    await main.deliver('DONE', {
      requestId: main.last('CHECK_FIT')?.requestId ?? '',
      ok: true,
      message: 'Done'
    })
    expect(screen.getByRole('status').textContent).toBe('Done')
    await act(() => {
      vi.advanceTimersByTime(6000)
    })
    expect(screen.getByRole('status').textContent).toBe('')
  })
})
