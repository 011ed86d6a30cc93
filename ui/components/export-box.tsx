import { useState } from 'preact/hooks'
import type { ExportFile, ExportFormat } from '../../contract/messages'
import type { Locale } from '../../contract/vocabulary'
import { t } from '../text'
import { copyTextAsync } from '../clipboard'
import { downloadText } from '../download'
import type { Requests } from '../hooks/use-requests'

const FORMATS: { format: ExportFormat; label: string }[] = [
  { format: 'markdown', label: 'Markdown' },
  { format: 'csv', label: 'CSV' },
  { format: 'json', label: 'JSON' }
]

export interface ExportBoxProps {
  locale: Locale
  canvasId: string
  requests: Requests
}

/** Asks main for an export and offers the result to copy or download. */
export function ExportBox({ locale, canvasId, requests }: ExportBoxProps) {
  const [ready, setReady] = useState<ExportFile | null>(null)
  const [copyNote, setCopyNote] = useState<string | null>(null)
  const pending = requests.isPending('EXPORT')

  const exportAs = (format: ExportFormat) => {
    if (pending) return
    // The answer to this very request carries the file.
    void requests.run('EXPORT', { canvasId, format }).done.then((answer) => {
      if (!answer.ok) return
      setCopyNote(null)
      setReady(answer.result)
    })
  }

  const copy = async (content: string) => {
    // The CSV file's byte-order mark is for spreadsheets opening the file; pasted text needs none.
    const copied = await copyTextAsync(content.replace(/^\uFEFF/, ''))
    setCopyNote(copied ? t(locale, 'panel.export.copied') : t(locale, 'panel.export.copyFailed'))
  }

  return (
    <div class="export-box">
      <div class="button-row" role="group" aria-label={t(locale, 'panel.export.formats')}>
        {FORMATS.map(({ format, label }) => (
          <button
            key={format}
            type="button"
            aria-busy={pending ? 'true' : undefined}
            onClick={() => exportAs(format)}
          >
            {label}
          </button>
        ))}
      </div>
      {ready && (
        <div class="export-result">
          <p class="export-file">{t(locale, 'panel.export.ready', { filename: ready.filename })}</p>
          <div class="button-row">
            <button type="button" class="button-primary" onClick={() => void copy(ready.content)}>
              {t(locale, 'panel.export.copy')}
            </button>
            <button type="button" onClick={() => downloadText(ready.filename, ready.mimeType, ready.content)}>
              {t(locale, 'panel.export.download')}
            </button>
          </div>
          <label for="export-text">{t(locale, 'panel.export.text')}</label>
          <textarea id="export-text" rows={4} readOnly value={ready.content} />
          <p class="status-line" role="status">
            {copyNote ?? ''}
          </p>
        </div>
      )}
    </div>
  )
}
