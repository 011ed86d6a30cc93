import type { RiskEntry, TestEntry } from '../../contract/evidence'
import type { CanvasView } from '../../contract/messages'
import type { Locale } from '../../contract/vocabulary'
import type { Requests } from '../hooks/use-requests'
import { t, tKey } from '../text'
import { EvidenceSelect, levelOf } from './evidence-parts'

export interface EvidenceSectionProps {
  locale: Locale
  canvasId: string
  /** The open canvas without its sticky lists: its evidence, and the texts of the stickies named here. */
  view: CanvasView
  riskiest: RiskEntry[]
  requests: Requests
  onFocus: (nodeId: string) => void
}

/**
 * The fit backed by evidence, the riskiest assumptions with why each is there, each one's evidence, and the card
 * buttons: "Create a test card" for an item, "Record what we learned" for a running test. Main decides it all.
 */
export function EvidenceSection({
  locale,
  canvasId,
  view,
  riskiest,
  requests,
  onFocus
}: EvidenceSectionProps) {
  const report = view
  /** An item's text while it sits in a zone (a sticky moved out of every zone has left the canvas's items). */
  const textOf = (id: string): string | undefined => view.texts[id]
  const tests = new Map<string, TestEntry>()
  for (const test of report.evidence.tests) tests.set(test.id, test)
  const busy = requests.isPending('evidence')
  return (
    <section aria-labelledby="ev-heading" class="evidence">
      <h2 id="ev-heading">{t(locale, 'ev.heading')}</h2>
      {riskiest.length === 0 && <p class="hint">{t(locale, 'ev.none')}</p>}
      <ul class="plain-list">
        {riskiest.map((entry) => {
          const text = textOf(entry.id) ?? ''
          const test = entry.testId ? tests.get(entry.testId) : undefined
          return (
            <li key={entry.id} class="risk">
              <button type="button" class="item" onClick={() => onFocus(entry.id)}>
                <span class="item-zone">{tKey(locale, `zone.${entry.zone}`)}</span> {text}
              </button>
              <span class="hint">{tKey(locale, `ev.why.${entry.reason}`)}</span>
              <EvidenceSelect
                locale={locale}
                canvasId={canvasId}
                itemId={entry.id}
                text={text}
                level={levelOf(report.evidence.items, entry.id)}
                requests={requests}
              />
              {test ? (
                <span class="test-line">{statusOf(locale, test)}</span>
              ) : (
                <button
                  type="button"
                  class="button-small"
                  disabled={busy}
                  onClick={() =>
                    requests.run('CREATE_TEST_CARD', { canvasId, itemId: entry.id }, { tag: 'evidence' })
                  }
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
                  <span class="item-zone">{t(locale, 'ev.testOf')}</span>{' '}
                  {textOf(test.itemId) ?? test.hypothesis}
                </button>
                <span class="test-line">
                  {statusOf(locale, test)}
                  {!test.learning && (
                    <button
                      type="button"
                      class="button-small"
                      disabled={busy}
                      onClick={() =>
                        requests.run('RECORD_LEARNING', { testId: test.id }, { tag: 'evidence' })
                      }
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
