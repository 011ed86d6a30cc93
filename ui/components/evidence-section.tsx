import type { RiskEntry, TestEntry } from '../../contract/evidence'
import { EVIDENCE_LEVELS } from '../../contract/evidence'
import type { FitReport } from '../../contract/report'
import type { Locale } from '../../contract/vocabulary'
import type { Requests } from '../hooks/use-requests'
import { t, tKey } from '../text'
import { RISKIEST_SHOWN } from '../../contract/limits'

export interface EvidenceSectionProps {
  locale: Locale
  canvasId: string
  report: FitReport
  riskiest: RiskEntry[]
  requests: Requests
  onFocus: (nodeId: string) => void
}

/** How many of the riskiest assumptions the panel lists (main sends no more). */
const SHOWN = RISKIEST_SHOWN

/**
 * The fit backed by evidence, the riskiest assumptions with why each is there, each one's evidence, and the card
 * buttons: "Create a test card" for an item, "Record what we learned" for a running test. Main decides it all.
 */
export function EvidenceSection({ locale, canvasId, report, riskiest, requests, onFocus }: EvidenceSectionProps) {
  const texts = new Map<string, string>()
  for (const list of Object.values(report.zones)) for (const item of list) texts.set(item.id, item.text)
  const tests = new Map<string, TestEntry>()
  for (const test of report.evidence.tests) tests.set(test.id, test)
  const busy = requests.isPending('evidence')
  const levelOf = (id: string) => report.evidence.items[id] ?? 'none'
  return (
    <section aria-labelledby="ev-heading" class="evidence">
      <h2 id="ev-heading">{t(locale, 'ev.heading')}</h2>
      {riskiest.length === 0 && <p class="hint">{t(locale, 'ev.none')}</p>}
      <ul class="plain-list">
        {riskiest.slice(0, SHOWN).map((entry) => {
          const text = texts.get(entry.id) ?? ''
          const test = entry.testId ? tests.get(entry.testId) : undefined
          return (
            <li key={entry.id} class="risk">
              <button type="button" class="item" onClick={() => onFocus(entry.id)}>
                <span class="item-zone">{tKey(locale, `zone.${entry.zone}`)}</span> {text}
              </button>
              <span class="hint">{tKey(locale, `ev.why.${entry.reason}`)}</span>
              <select
                aria-label={t(locale, 'ev.level', { item: text })}
                value={levelOf(entry.id)}
                disabled={busy}
                onChange={(event) =>
                  requests.run(
                    'SET_EVIDENCE',
                    { canvasId, itemId: entry.id, level: (event.target as HTMLSelectElement).value as (typeof EVIDENCE_LEVELS)[number] },
                    { tag: 'evidence' }
                  )
                }
              >
                {EVIDENCE_LEVELS.map((level) => (
                  <option key={level} value={level}>
                    {tKey(locale, `ev.level.${level}`)}
                  </option>
                ))}
              </select>
              {test ? (
                <span class="test-line">{statusOf(locale, test)}</span>
              ) : (
                <button
                  type="button"
                  class="button-small"
                  disabled={busy}
                  onClick={() => requests.run('CREATE_TEST_CARD', { canvasId, itemId: entry.id }, { tag: 'evidence' })}
                >
                  {t(locale, 'ev.createTest')}
                </button>
              )}
            </li>
          )
        })}
      </ul>
      {report.evidence.tests.length > 0 && (
        <>
          <h3 id="ev-tests-heading">{t(locale, 'ev.tests')}</h3>
          <ul class="plain-list" aria-labelledby="ev-tests-heading">
            {report.evidence.tests.map((test) => (
              <li key={test.id} class="risk">
                <button type="button" class="item" onClick={() => onFocus(test.id)}>
                  <span class="item-zone">{t(locale, 'ev.testOf')}</span> {texts.get(test.itemId) ?? test.hypothesis}
                </button>
                <span class="test-line">
                  {statusOf(locale, test)}
                  {!test.learning && (
                    <button
                      type="button"
                      class="button-small"
                      disabled={busy}
                      onClick={() => requests.run('RECORD_LEARNING', { testId: test.id }, { tag: 'evidence' })}
                    >
                      {t(locale, 'ev.recordLearning')}
                    </button>
                  )}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}

/** Where a test stands, in words: its status, or the decision its learning card holds. */
function statusOf(locale: Locale, test: TestEntry): string {
  const decision = test.learning?.decision
  return decision
    ? t(locale, 'ev.status.decided', { decision: tKey(locale, `ev.decision.${decision}`) })
    : tKey(locale, `ev.status.${test.status}`)
}
