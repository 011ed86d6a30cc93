import { act, fireEvent, screen, waitFor } from '@testing-library/preact'
import { describe, expect, it, vi } from 'vitest'
import { copyTextAsync } from '../../ui/clipboard'
import { downloadText } from '../../ui/download'
import { oneCanvas } from './fixtures'
import { renderPanel } from './harness'

const CSV = 'canvas,zone,rank\nc1,pains,1\n"a, ""quoted"" text",jobs,2\n'

async function exportCsv(content = CSV) {
  const view = renderPanel(oneCanvas())
  fireEvent.click(screen.getByRole('tab', { name: 'More' }))
  fireEvent.click(screen.getByRole('button', { name: 'CSV' }))
  const request = view.main.last('EXPORT')
  expect(request?.payload).toEqual({ canvasId: 'c1', format: 'csv' })
  // The file comes in the answer to the request itself.
  await view.main.deliver('DONE', {
    requestId: request?.requestId ?? '',
    ok: true,
    message: 'Export ready',
    result: {
      format: 'csv',
      filename: 'night-shift-nurses.csv',
      mimeType: 'text/csv;charset=utf-8',
      content
    }
  })
  return view
}

describe('export', () => {
  it('asks main for an export and offers the file its answer carries', async () => {
    await exportCsv()
    expect(screen.getByText('night-shift-nurses.csv is ready.')).toBeTruthy()
    expect(screen.getByLabelText<HTMLTextAreaElement>('Exported text').value).toBe(CSV)
    expect(screen.getByRole('button', { name: 'Copy' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Download' })).toBeTruthy()
  })

  it('ignores an export answer to a request it did not make, and an answer without a file', async () => {
    const { main } = renderPanel(oneCanvas())
    fireEvent.click(screen.getByRole('tab', { name: 'More' }))
    const file = { format: 'json', filename: 'x.json', mimeType: 'application/json', content: '{}' }
    await main.deliver('DONE', { requestId: 'not-mine', ok: true, message: '', result: file })
    expect(screen.queryByRole('button', { name: 'Copy' })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'JSON' }))
    const request = main.last('EXPORT')
    await main.deliver('DONE', { requestId: request?.requestId ?? '', ok: true, message: '', result: null })
    expect(screen.queryByRole('button', { name: 'Copy' })).toBeNull()
    expect(screen.getByRole('alert').textContent).toContain('Something went wrong')
  })

  it('copies with the Clipboard API when it is allowed', async () => {
    const writeText = vi.fn(() => Promise.resolve())
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard)
    await exportCsv()
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }))
    await waitFor(() => expect(screen.getByText('Copied to the clipboard.')).toBeTruthy())
    expect(writeText).toHaveBeenCalledWith(CSV)
  })

  it('falls back to a textarea and execCommand when the Clipboard API is blocked', async () => {
    const writeText = vi.fn(() => Promise.reject(new DOMException('blocked', 'NotAllowedError')))
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard)
    let copied: string | null = null
    const execCommand = vi.fn((command: string) => {
      const active = document.activeElement
      if (command === 'copy' && active instanceof HTMLTextAreaElement) copied = active.value
      return true
    })
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true })
    await exportCsv()
    const copyButton = screen.getByRole('button', { name: 'Copy' })
    copyButton.focus()
    fireEvent.click(copyButton)
    await waitFor(() => expect(screen.getByText('Copied to the clipboard.')).toBeTruthy())
    expect(execCommand).toHaveBeenCalledWith('copy')
    expect(copied).toBe(CSV)
    // The helper textarea is gone and focus is back on the button.
    expect(document.querySelectorAll('textarea')).toHaveLength(2)
    expect(document.activeElement).toBe(copyButton)
  })

  it('tells the user to copy by hand when both ways are blocked', async () => {
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue(undefined as unknown as Clipboard)
    Object.defineProperty(document, 'execCommand', { value: () => false, configurable: true })
    await exportCsv()
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }))
    await waitFor(() => expect(screen.getByText(/Copying was blocked/)).toBeTruthy())
  })

  it('downloads through a Blob URL and a temporary <a download>', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    const created: Blob[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob)
      return 'blob:vpc-fit/1'
    })
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
    const clicks: HTMLAnchorElement[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this)
    })
    await exportCsv()
    fireEvent.click(screen.getByRole('button', { name: 'Download' }))

    expect(clicks).toHaveLength(1)
    expect(clicks[0]?.download).toBe('night-shift-nurses.csv')
    expect(clicks[0]?.getAttribute('href')).toBe('blob:vpc-fit/1')
    expect(created[0]?.type).toBe('text/csv;charset=utf-8')
    expect(await created[0]?.text()).toBe(CSV)
    expect(document.querySelector('a[download]')).toBeNull()
    await act(() => {
      vi.advanceTimersByTime(1000)
    })
    expect(revoke).toHaveBeenCalledWith('blob:vpc-fit/1')
  })
})

describe('a CSV file with its byte-order mark', () => {
  it('downloads with the mark (UTF-8 EF BB BF first) and copies without it', async () => {
    const withBom = `\uFEFF${CSV}`
    const writeText = vi.fn(() => Promise.resolve())
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard)
    const created: Blob[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob)
      return 'blob:vpc-fit/2'
    })
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)
    await exportCsv(withBom)
    fireEvent.click(screen.getByRole('button', { name: 'Download' }))
    const bytes = new Uint8Array((await created[0]?.arrayBuffer()) ?? new ArrayBuffer(0))
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(withBom)
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }))
    await waitFor(() => expect(screen.getByText('Copied to the clipboard.')).toBeTruthy())
    expect(writeText).toHaveBeenCalledWith(CSV)
  })
})

describe('clipboard and download helpers', () => {
  it('copyTextAsync reports failure when execCommand throws', async () => {
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue(undefined as unknown as Clipboard)
    Object.defineProperty(document, 'execCommand', {
      value: () => {
        throw new Error('not supported')
      },
      configurable: true
    })
    await expect(copyTextAsync('x')).resolves.toBe(false)
    expect(document.querySelector('textarea')).toBeNull()
  })

  it('downloadText names the file', () => {
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x')
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)
    downloadText('canvas.md', 'text/markdown', '# Canvas')
    expect(click).toHaveBeenCalledTimes(1)
  })
})
