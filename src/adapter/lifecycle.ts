/**
 * Whether this plugin run is still open. After `figma.closePlugin()`, or once FigJam closed the run (the person
 * closed the panel, or started another plugin), every API call throws, `figma.notify` and `figma.ui.postMessage`
 * included (typings: `closePlugin`). Work that finishes late reports through here, so a failure never turns into an
 * uncaught error of a run that is gone.
 */

interface RunState {
  open: boolean
}

const runs = new WeakMap<PluginAPI, RunState>()

/** Whether `api` (this run's `figma`) is still open. The first call per run starts watching its `close` event. */
export function pluginIsOpen(api: PluginAPI = figma): boolean {
  let state = runs.get(api)
  if (state === undefined) {
    const watched: RunState = { open: true }
    try {
      api.on('close', () => {
        watched.open = false
      })
    } catch {
      // Registering throws only when the run is closed already.
      watched.open = false
    }
    runs.set(api, watched)
    state = watched
  }
  return state.open
}

/**
 * `figma.notify` while the run is open; a run that is gone shows nothing and throws nothing. `api`: the run the
 * work began in (a later run's `figma` is not the one to tell).
 */
export function notifyIfOpen(message: string, options?: NotificationOptions, api: PluginAPI = figma): void {
  if (!pluginIsOpen(api)) return
  try {
    api.notify(message, options)
  } catch {
    // Closed between the check and the call.
  }
}

/** `figma.closePlugin` once; nothing when the run is closed already. */
export function closePluginIfOpen(message?: string, api: PluginAPI = figma): void {
  if (!pluginIsOpen(api)) return
  try {
    api.closePlugin(message)
  } catch {
    // Closed between the check and the call.
  }
}

/** `figma.ui.postMessage` while the run is open; false when the message could not go. */
export function postIfOpen(message: unknown): boolean {
  const api = figma
  if (!pluginIsOpen(api)) return false
  try {
    api.ui.postMessage(message)
    return true
  } catch {
    return false
  }
}
