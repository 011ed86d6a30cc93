import { emit } from '@create-figma-plugin/utilities'
import type { DoneHandler, ToMainName, ToMainPayload } from '../../contract/messages'
import { messageOf } from '../adapter/errors'
import type { CommandAnswer } from '../commands/run-command'
import { validateToMain } from './validate'

/** One handler per message name: the type makes a message without a handler a compile error. */
export type MessageHandlers = { [N in ToMainName]: (payload: ToMainPayload<N>) => Promise<CommandAnswer> }

/**
 * Installs the panel's message entry point. Messages are validated, then handled one at a time
 * (a command never interleaves with another), and every request gets exactly one `DONE` answer.
 * `@create-figma-plugin/utilities`' own receiver is replaced because it drops malformed messages
 * silently and throws on unknown names; its `emit` is kept for the typed wire format.
 */
export function installRouter(handlers: MessageHandlers, describeInvalid: (detail: string) => string): void {
  let queue: Promise<void> = Promise.resolve()
  figma.ui.onmessage = (raw: unknown) => {
    queue = queue.then(() => routeAsync(raw, handlers, describeInvalid))
  }
}

/** Handles one raw message; exported for tests. Never throws. */
export async function routeAsync(
  raw: unknown,
  handlers: MessageHandlers,
  describeInvalid: (detail: string) => string
): Promise<void> {
  const checked = validateToMain(raw)
  if (!checked.ok) {
    emit<DoneHandler>('DONE', { requestId: checked.requestId, ok: false, message: describeInvalid(checked.error) })
    return
  }
  const [name, payload] = checked.message
  let answer: CommandAnswer
  try {
    const handler = handlers[name] as (payload: unknown) => Promise<CommandAnswer>
    answer = await handler(payload)
  } catch (error) {
    answer = { ok: false, message: messageOf(error) }
  }
  emit<DoneHandler>('DONE', { requestId: payload.requestId, ok: answer.ok, message: answer.message })
}
