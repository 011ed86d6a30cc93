/**
 * Copies text to the clipboard. Plugin iframes often block the async Clipboard API, so when it is
 * missing or refused this falls back to a hidden textarea and `execCommand('copy')`.
 * Resolves true when one of the two reported success.
 */
export async function copyTextAsync(text: string, doc: Document = document): Promise<boolean> {
  const clipboard = doc.defaultView?.navigator.clipboard
  if (clipboard && typeof clipboard.writeText === 'function') {
    try {
      await clipboard.writeText(text)
      return true
    } catch {
      // Blocked by the iframe's permissions policy: try the fallback.
    }
  }
  return copyWithTextarea(text, doc)
}

function copyWithTextarea(text: string, doc: Document): boolean {
  const previous = doc.activeElement instanceof HTMLElement ? doc.activeElement : null
  const area = doc.createElement('textarea')
  area.value = text
  area.setAttribute('readonly', '')
  area.setAttribute('aria-hidden', 'true')
  area.style.position = 'fixed'
  area.style.top = '-1000px'
  area.style.opacity = '0'
  doc.body.appendChild(area)
  area.focus()
  area.select()
  let copied = false
  try {
    copied = doc.execCommand('copy')
  } catch {
    copied = false
  }
  area.remove()
  previous?.focus()
  return copied
}
