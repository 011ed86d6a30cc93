/** FigJam-like toasts at the bottom of the board for `figma.notify`. */

const DEFAULT_TIMEOUT_MS = 4000
const MAX_TOASTS = 4

export interface ToastOptions {
  error?: boolean
  timeout?: number
  button?: { text: string; action: () => boolean | void }
}

/** Shows one toast; returns a function that removes it early. */
export function showToast(host: HTMLElement, message: string, options: ToastOptions = {}): () => void {
  const toast = document.createElement('div')
  toast.className = options.error ? 'pg-toast pg-error' : 'pg-toast'
  toast.setAttribute('role', options.error ? 'alert' : 'status')
  const text = document.createElement('span')
  text.textContent = message
  toast.append(text)
  const remove = () => toast.remove()
  if (options.button) {
    const { text: label, action } = options.button
    const button = document.createElement('button')
    button.type = 'button'
    button.textContent = label
    button.addEventListener('click', () => {
      if (action() !== false) remove()
    })
    toast.append(button)
  }
  host.append(toast)
  while (host.children.length > MAX_TOASTS) host.firstElementChild?.remove()
  const timeout = options.timeout ?? DEFAULT_TIMEOUT_MS
  if (Number.isFinite(timeout) && timeout > 0) window.setTimeout(remove, timeout)
  return remove
}
