/** `figma.clientStorage`: per user and plugin, so it outlives sessions; values are deep copies. */
import { deepCopy } from './deep-copy'
import { apiError } from './errors'

/** The storage behind `figma.clientStorage`, shared by all sessions of one fake. */
export class ClientStorageData {
  readonly values = new Map<string, unknown>()
}

/** One session's view of the client storage. */
export class FakeClientStorage implements ClientStorageAPI {
  private readonly data: ClientStorageData
  private readonly guard: (member: string) => void

  constructor(data: ClientStorageData, guard: (member: string) => void) {
    this.data = data
    this.guard = guard
  }

  async getAsync(key: string): Promise<unknown> {
    this.check('getAsync', key)
    await Promise.resolve()
    return this.data.values.has(key) ? deepCopy(this.data.values.get(key)) : undefined
  }

  async setAsync(key: string, value: unknown): Promise<void> {
    this.check('setAsync', key)
    if (value === undefined) throw apiError('setAsync', 'Cannot store undefined: use deleteAsync')
    const copy = deepCopy(value)
    await Promise.resolve()
    this.data.values.set(key, copy)
  }

  async deleteAsync(key: string): Promise<void> {
    this.check('deleteAsync', key)
    await Promise.resolve()
    this.data.values.delete(key)
  }

  async keysAsync(): Promise<string[]> {
    this.guard('keysAsync')
    await Promise.resolve()
    return [...this.data.values.keys()]
  }

  private check(member: string, key: unknown): void {
    this.guard(member)
    if (typeof key !== 'string') throw apiError(member, 'Expected a string key')
  }
}
