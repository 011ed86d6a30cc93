import type { ComponentChildren } from 'preact'
import { useRef } from 'preact/hooks'

export interface TabsProps<K extends string> {
  label: string
  tabs: { key: K; label: string }[]
  selected: K
  onSelect: (key: K) => void
  /** The selected tab's panel. */
  children: ComponentChildren
}

/**
 * WAI-ARIA tabs: one Tab stop for the tab list (roving tabindex), arrow keys, Home and End move
 * between tabs and select them; Enter and Space work because each tab is a button.
 */
export function Tabs<K extends string>({ label, tabs, selected, onSelect, children }: TabsProps<K>) {
  const list = useRef<HTMLDivElement>(null)

  const move = (index: number) => {
    const count = tabs.length
    const tab = tabs[((index % count) + count) % count]
    if (!tab) return
    onSelect(tab.key)
    list.current?.querySelector<HTMLButtonElement>(`#tab-${tab.key}`)?.focus()
  }

  const onKeyDown = (event: KeyboardEvent) => {
    const index = tabs.findIndex((tab) => tab.key === selected)
    const target = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[event.key]
    if (target === undefined) return
    event.preventDefault()
    move(target)
  }

  return (
    <div class="tabs">
      <div class="tab-list" role="tablist" aria-label={label} ref={list} onKeyDown={onKeyDown}>
        {tabs.map((tab) => {
          const isSelected = tab.key === selected
          return (
            <button
              key={tab.key}
              type="button"
              role="tab"
              id={`tab-${tab.key}`}
              class="tab"
              aria-selected={isSelected ? 'true' : 'false'}
              aria-controls={`tabpanel-${tab.key}`}
              tabIndex={isSelected ? 0 : -1}
              onClick={() => onSelect(tab.key)}
            >
              {tab.label}
            </button>
          )
        })}
      </div>
      <div class="tab-panel" role="tabpanel" id={`tabpanel-${selected}`} aria-labelledby={`tab-${selected}`}>
        {children}
      </div>
    </div>
  )
}
