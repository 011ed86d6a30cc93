import { useEffect, useRef, useState } from 'preact/hooks'
import type { ExportFormat, ToUiPayload } from '../../contract/messages'
import type { Locale } from '../../contract/vocabulary'
import { t } from '../text'
import type { Listen } from '../bridge'
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
  listen: Listen
}

type Ready = ToUiPayload<'EXPORT_READY'>

/** Asks main for an export and offers the result to copy or download. */
export function ExportBox({ locale, canvasId, requests, listen }: ExportBoxProps) {
  const [ready, setReady] = useState<Ready | null>(null)
  const [copyNote, setCopyNote] = useState<string | null>(null)
  const asked = useRef(new Set<string>())
  const pending = requests.isPending('EXPORT')

  useEffect(
    () =>
      listen('EXPORT_READY', (payload) => {
        // Only answers to this panel's own requests.
        if (!asked.current.has(payload.requestId)) return
        asked.current.delete(payload.requestId)
        setCopyNote(null)
        setReady(payload)
      }),
    [listen]
  )

  const exportAs = (format: ExportFormat) => {
    if (pending) return
    const { requestId } = requests.run('EXPORT', { canvasId, format })
    asked.current.add(requestId)
  }

  const copy = async (content: string) => {
    const copied = await copyTextAsync(content)
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
