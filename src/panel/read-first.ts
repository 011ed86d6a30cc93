import type { RequestHandlers, RequestName } from '../../contract/messages'

/** Requests that need no more of the board than the panel's first state: they run as they are. */
const AS_THEY_ARE: ReadonlySet<RequestName> = new Set<RequestName>(['UI_READY', 'PANEL_SHOWN', 'CLOSE_PANEL'])

/**
 * The panel's handlers, each of the others reading the rest of the board first when the panel opened on one canvas
 * (`PanelController.readRest`, nothing once it is read): a command, a canvas chosen or a language switched in the
 * first moments works on the whole board, never on the part the first state held.
 */
export function afterBoardRead(handlers: RequestHandlers, readRest: () => void): RequestHandlers {
  const wrapped: Partial<Record<RequestName, unknown>> = {}
  for (const name of Object.keys(handlers) as RequestName[]) {
    const handler = handlers[name] as (payload: never) => Promise<unknown>
    wrapped[name] = AS_THEY_ARE.has(name)
      ? handler
      : (payload: never) => {
          readRest()
          return handler(payload)
        }
  }
  return wrapped as RequestHandlers
}
