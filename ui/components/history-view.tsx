import { useState } from 'preact/hooks'
import type { HistoryView as HistoryState } from '../../contract/history'
import { checkVersionName, VERSION_ZONES } from '../../contract/history'
import { HISTORY_NAME_MAX } from '../../contract/limits'
import { keepTyped } from '../typed-text'
import type { ExportFile } from '../../contract/messages'
import type { Locale, MessageRef } from '../../contract/vocabulary'
import { downloadText } from '../download'
import type { Requests } from '../hooks/use-requests'
import { t, tKey } from '../text'
import { HistoryChart } from './history-chart'
import { versionLabel } from './version-label'

const ZONE_PARAMS = ['zone', 'fromZone', 'toZone']

/** A change sentence from the core's key, its zone parameters named in the panel's language. */
function sentence(locale: Locale, line: MessageRef): string {
  const params: Record<string, string | number> = { ...line.params }
  for (const name of ZONE_PARAMS) {
    const zone = params[name]
    if (typeof zone !== 'string' || !(VERSION_ZONES as readonly string[]).includes(zone)) continue
    params[name] = zone === 'unplaced' ? t(locale, 'history.zone.unplaced') : tKey(locale, `zone.${zone}`)
  }
  return tKey(locale, line.key, params)
}

export interface HistoryViewProps {
  locale: Locale
  canvasId: string
  history: HistoryState | undefined
  requests: Requests
}

/** The History tab: the fit over time, what changed between two versions, saving, drawing back, exporting. */
export function HistoryView({ locale, canvasId, history, requests }: HistoryViewProps) {
  const [name, setName] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [file, setFile] = useState<ExportFile | null>(null)
  const versions = history?.versions ?? []
  const compare = history?.compare ?? null

  const save = (event: Event) => {
    event.preventDefault()
    const checked = checkVersionName(name)
    if (!checked.ok) {
      setProblem(
        checked.problem === 'empty'
          ? t(locale, 'panel.history.nameEmpty')
          : t(locale, 'panel.history.nameTooLong', { max: HISTORY_NAME_MAX })
      )
      return
    }
    setProblem(null)
    void requests.run('SAVE_VERSION', { canvasId, name: checked.name }).done.then((answer) => {
      if (answer.ok) setName('')
    })
  }
  const choose = (from: string | null, to: string | null) =>
    requests.run('COMPARE_VERSIONS', { canvasId, from, to }, { quiet: true })
  const exportAs = (format: 'csv' | 'json') => {
    void requests.run('EXPORT_HISTORY', { canvasId, format }).done.then((answer) => {
      if (answer.ok) setFile(answer.result)
    })
  }
  const options = versions.map((v) => (
    <option key={v.id} value={v.id}>
      {versionLabel(locale, v)}
      {v.full ? '' : ` (${t(locale, 'panel.history.thinned')})`}
    </option>
  ))

  return (
    <div class="history-view">
      {versions.length === 0 && <p class="hint">{t(locale, 'panel.history.none')}</p>}
      {versions.length > 0 && <HistoryChart locale={locale} versions={versions} />}
      {versions.length === 1 && <p class="hint">{t(locale, 'panel.history.one')}</p>}
      {compare && (
        <section aria-labelledby="history-changes">
          <h2 id="history-changes">{t(locale, 'panel.history.changes')}</h2>
          <div class="history-compare">
            <label for="history-from">{t(locale, 'panel.history.from')}</label>
            <select
              id="history-from"
              value={compare.from}
              onChange={(e) => choose(e.currentTarget.value, compare.to)}
            >
              {options}
            </select>
            <label for="history-to">{t(locale, 'panel.history.to')}</label>
            <select
              id="history-to"
              value={compare.to}
              onChange={(e) => choose(compare.from, e.currentTarget.value)}
            >
              {options}
            </select>
          </div>
          <ul class="history-lines" aria-live="polite">
            {compare.lines.map((line, i) => (
              <li key={i}>{sentence(locale, line)}</li>
            ))}
          </ul>
          <button
            type="button"
            aria-busy={requests.isPending('DRAW_VERSION') ? 'true' : undefined}
            onClick={() => requests.run('DRAW_VERSION', { canvasId, versionId: compare.from })}
          >
            {t(locale, 'panel.history.draw')}
          </button>
        </section>
      )}
      <form class="history-save" onSubmit={save}>
        <h2 id="history-save">{t(locale, 'panel.history.save')}</h2>
        <label for="history-name">{t(locale, 'panel.history.name')}</label>
        <input
          id="history-name"
          type="text"
          value={name}
          placeholder={t(locale, 'panel.history.namePlaceholder')}
          aria-invalid={problem ? 'true' : undefined}
          aria-describedby={problem ? 'history-name-problem' : undefined}
          onInput={(e) => setName(keepTyped(e.currentTarget, HISTORY_NAME_MAX))}
        />
        {problem && (
          <p id="history-name-problem" class="field-error" role="alert">
            {problem}
          </p>
        )}
        <button
          type="submit"
          class="button-primary"
          aria-busy={requests.isPending('SAVE_VERSION') ? 'true' : undefined}
        >
          {t(locale, 'panel.history.saveButton')}
        </button>
      </form>
      {versions.length > 0 && (
        <section aria-labelledby="history-export">
          <h2 id="history-export">{t(locale, 'panel.history.export')}</h2>
          <div class="button-row">
            <button type="button" onClick={() => exportAs('csv')}>
              CSV
            </button>
            <button type="button" onClick={() => exportAs('json')}>
              JSON
            </button>
          </div>
          {file && (
            <button
              type="button"
              class="link-button"
              onClick={() => downloadText(file.filename, file.mimeType, file.content)}
            >
              {t(locale, 'panel.history.download', { filename: file.filename })}
            </button>
          )}
        </section>
      )}
    </div>
  )
}
