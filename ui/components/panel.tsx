import { useEffect } from 'preact/hooks'
import type { PanelState } from '../../contract/messages'
import { t, tKey } from '../text'
import type { Listen, Request } from '../bridge'
import { useRequests } from '../hooks/use-requests'
import { useSelectionFollow } from '../hooks/use-selection-follow'
import { useItemView } from '../hooks/use-item-view'
import type { TabKey } from '../hooks/use-selection-follow'
import { AdoptOffer, LostZonesWarning } from './adopt-offer'
import { ChecklistView } from './checklist-view'
import { DamagedWarning } from './damaged-warning'
import { EmptyBoard } from './empty-board'
import { FitCardToggle } from './fit-card-toggle'
import { FitView } from './fit-view'
import { HistoryView } from './history-view'
import { EvidenceSection } from './evidence-section'
import { MoreView } from './more-view'
import { NotInFigJam } from './not-in-figjam'
import { OverviewView } from './overview-view'
import { PanelHeader } from './panel-header'
import { RequestBanner } from './request-banner'
import { Tabs } from './tabs'
import { ZonesView } from './zones-view'

export interface PanelProps {
  state: PanelState
  request: Request
  listen: Listen
  /** For tests: the clock behind "Updated 2 min ago". */
  clock?: () => number
}

const TAB_KEYS: TabKey[] = ['overview', 'fit', 'zones', 'checklist', 'history', 'more']

/** The whole panel for one PanelState: renders what main sent and turns clicks into requests. */
export function Panel({ state, request, listen, clock }: PanelProps) {
  const { locale, active } = state
  const requests = useRequests(request, listen, locale)
  const follow = useSelectionFollow(state.selection)
  // Main sends only the sticky lists on screen: it is told which (and follows edits to them by itself).
  const items = useItemView(request, active, follow.tab, follow.openZones)
  const partial = state.partial === true
  // The first state went out before main read all of the board (the other canvases, the BMC lookup).
  const readingRest = partial || state.hasBmc === null

  useEffect(() => {
    // The first state is drawn now (effects run after the frame that paints it): main reads the rest.
    if (readingRest) request('PANEL_SHOWN', {})
  }, [readingRest, request])

  useEffect(() => {
    document.documentElement.lang = locale
  }, [locale])

  if (!state.inFigJam) return <NotInFigJam locale={locale} />

  const activeEntry = active ? state.canvases.find((canvas) => canvas.id === active.canvasId) : undefined

  const focusNode = (nodeId: string) => {
    requests.run('FOCUS_NODE', { nodeId }, { quiet: true })
  }

  const tabLabels: Record<TabKey, string> = {
    overview: t(locale, 'panel.tab.overview'),
    fit: t(locale, 'panel.tab.fit'),
    zones: t(locale, 'panel.tab.zones'),
    checklist: t(locale, 'panel.tab.checklist'),
    history: t(locale, 'panel.tab.history'),
    more: t(locale, 'panel.tab.more')
  }

  return (
    <div class="panel">
      <PanelHeader state={state} requests={requests} clock={clock} />
      <main class="panel-main">
        {partial && (
          <p class="hint reading-rest" role="status">
            {t(locale, 'panel.readingRest')}
          </p>
        )}
        <RequestBanner locale={locale} requests={requests} />
        {state.adoptable === true && <AdoptOffer locale={locale} requests={requests} />}
        {state.canvases.length === 0 ? (
          <EmptyBoard locale={locale} requests={requests} />
        ) : !active ? (
          <p class="hint">{t(locale, 'panel.chooseCanvas')}</p>
        ) : (
          <>
            {active.view.damaged.length > 0 && (
              <DamagedWarning
                locale={locale}
                canvasId={active.canvasId}
                damaged={active.view.damaged}
                requests={requests}
              />
            )}
            {(active.view.lostZones ?? []).length > 0 && (
              <LostZonesWarning
                locale={locale}
                zones={(active.view.lostZones ?? []).map((zone) => tKey(locale, `zone.${zone}`))}
              />
            )}
            <Tabs
              label={t(locale, 'panel.tabs')}
              tabs={TAB_KEYS.map((key) => ({ key, label: tabLabels[key] }))}
              selected={follow.tab}
              onSelect={follow.setTab}
            >
              {follow.tab === 'overview' && (
                <OverviewView
                  locale={locale}
                  canvases={state.canvases}
                  activeId={active.canvasId}
                  onOpen={focusNode}
                  clock={clock}
                />
              )}
              {follow.tab === 'fit' && (
                <>
                  <FitView
                    locale={locale}
                    view={active.view}
                    lists={active.lists}
                    onMore={items.showMore}
                    selectedIds={state.selection.nodeIds}
                    onFocus={focusNode}
                    onCheck={() => requests.run('CHECK_FIT', { canvasId: active.canvasId })}
                    checking={requests.isPending('CHECK_FIT')}
                  />
                  {active.riskiest && active.view.damaged.length === 0 && (
                    <EvidenceSection
                      locale={locale}
                      canvasId={active.canvasId}
                      view={active.view}
                      riskiest={active.riskiest}
                      requests={requests}
                      onFocus={focusNode}
                    />
                  )}
                  {activeEntry && <FitCardToggle locale={locale} canvas={activeEntry} requests={requests} />}
                </>
              )}
              {follow.tab === 'zones' && (
                <ZonesView
                  locale={locale}
                  view={active.view}
                  lists={active.lists}
                  onMore={items.showMore}
                  questions={state.questions}
                  selection={state.selection}
                  openZones={follow.openZones}
                  onToggle={follow.toggleZone}
                  onFocus={focusNode}
                  canvasId={active.canvasId}
                  requests={requests}
                />
              )}
              {follow.tab === 'checklist' && (
                <ChecklistView
                  key={active.canvasId}
                  locale={locale}
                  canvasId={active.canvasId}
                  checklist={active.checklist}
                  requests={requests}
                />
              )}
              {follow.tab === 'history' && (
                <HistoryView
                  locale={locale}
                  canvasId={active.canvasId}
                  history={active.history}
                  requests={requests}
                />
              )}
              {follow.tab === 'more' && (
                <MoreView locale={locale} state={state} active={active} requests={requests} />
              )}
            </Tabs>
          </>
        )}
      </main>
    </div>
  )
}
