import type { CanvasListEntry } from '../../contract/messages'
import type { Locale } from '../../contract/vocabulary'
import { t } from '../text'
import { canvasTitle, canvasVerdict } from './canvas-verdict'

export interface CanvasPickerProps {
  locale: Locale
  canvases: CanvasListEntry[]
  /** The canvas main made active (it follows the board selection). */
  activeId: string | null
  onSelect: (canvasId: string) => void
}

function optionLabel(locale: Locale, canvas: CanvasListEntry): string {
  return t(locale, 'panel.picker.option', { name: canvasTitle(canvas), verdict: canvasVerdict(locale, canvas).text })
}

/** Chooses among the page's canvases (one per segment × offer). */
export function CanvasPicker({ locale, canvases, activeId, onSelect }: CanvasPickerProps) {
  return (
    <div class="field-inline canvas-picker">
      {/* The options name segment × offer, so the label is for screen readers. */}
      <label for="canvas-picker" class="sr-only">
        {t(locale, 'panel.picker.label')}
      </label>
      <select
        id="canvas-picker"
        value={activeId ?? ''}
        onChange={(event) => {
          const value = event.currentTarget.value
          if (value && value !== activeId) onSelect(value)
        }}
      >
        {activeId === null && (
          <option value="" disabled>
            {t(locale, 'panel.picker.choose')}
          </option>
        )}
        {canvases.map((canvas) => (
          <option key={canvas.id} value={canvas.id}>
            {optionLabel(locale, canvas)}
          </option>
        ))}
      </select>
    </div>
  )
}
