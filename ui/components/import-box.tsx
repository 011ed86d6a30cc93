import { useState } from 'preact/hooks'
import type { Locale } from '../../contract/vocabulary'
import * as v from 'valibot'
import { IMPORT_MAX_CHARS } from '../../contract/limits'
import { ImportEnvelopeSchema } from '../../contract/import-envelope'
import { t } from '../text'
import type { Requests } from '../hooks/use-requests'

/**
 * Why `json` is not an export of any version (`vpcfit/1`, `vpcfit/2`), as a catalog key; null when it looks like one.
 * The outside of the file (size, JSON, schema) by the schema main reads it with; main checks every field.
 */
export function importProblem(
  json: string
): 'panel.import.empty' | 'panel.import.tooBig' | 'panel.import.notJson' | 'panel.import.notReport' | null {
  if (json.trim() === '') return 'panel.import.empty'
  const checked = v.safeParse(ImportEnvelopeSchema, json, { abortEarly: true })
  if (checked.success) return null
  const type = checked.issues[0].type
  return type === 'max_length'
    ? 'panel.import.tooBig'
    : type === 'parse_json'
      ? 'panel.import.notJson'
      : 'panel.import.notReport'
}

/** Draws a canvas from a JSON export (pasted or from a file); main checks it again before drawing. */
export function ImportBox({ locale, requests }: { locale: Locale; requests: Requests }) {
  const [json, setJson] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  // What main said about the last import (what it drew, and what it could not bring back): stays until the next one.
  const [outcome, setOutcome] = useState<string | null>(null)
  const pending = requests.isPending('IMPORT_REPORT')

  const readFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0]
    if (!file) return
    if (file.size > IMPORT_MAX_CHARS) {
      setProblem(t(locale, 'panel.import.tooBig'))
      return
    }
    try {
      setJson(await file.text())
      setProblem(null)
    } catch {
      setProblem(t(locale, 'panel.import.readFailed'))
    }
  }

  const onSubmit = (event: Event) => {
    event.preventDefault()
    if (pending) return
    const key = importProblem(json)
    if (key) {
      setProblem(t(locale, key))
      return
    }
    setProblem(null)
    setOutcome(null)
    const { done } = requests.run('IMPORT_REPORT', { json })
    void done.then((answer) => {
      if (!answer.ok) return
      setJson('')
      setOutcome(answer.message || null)
    })
  }

  return (
    <section aria-labelledby="import-heading" class="import-box">
      <h2 id="import-heading">{t(locale, 'panel.import.heading')}</h2>
      <form onSubmit={onSubmit}>
        <div class="field">
          <label for="import-json">{t(locale, 'panel.import.paste')}</label>
          <textarea
            id="import-json"
            rows={3}
            spellcheck={false}
            value={json}
            onInput={(event) => setJson(event.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="import-file">{t(locale, 'panel.import.file')}</label>
          <input
            id="import-file"
            type="file"
            accept=".json,application/json"
            onChange={(event) => void readFile(event.currentTarget)}
          />
        </div>
        {problem && (
          <p class="field-error" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" aria-busy={pending ? 'true' : undefined}>
          {t(locale, 'panel.import.submit')}
        </button>
      </form>
      {outcome && (
        <p class="import-outcome" role="status">
          {outcome}
        </p>
      )}
    </section>
  )
}
