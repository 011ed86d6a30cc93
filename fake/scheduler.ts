/**
 * Asynchronous delivery, as in FigJam: change events, selection events and UI messages arrive in a
 * later macrotask (setTimeout 0), never synchronously. `flush()` waits until nothing is pending.
 */

/** Longest chain of tasks scheduling tasks that `flush()` will wait through. */
const FLUSH_ROUNDS = 1000

/** A FIFO of tasks run in the next macrotask. */
export class Scheduler {
  private tasks: Array<() => void> = []
  private armed = false

  /** Run `task` after the current task (and its microtasks) ends. */
  schedule(task: () => void): void {
    this.tasks.push(task)
    if (this.armed) return
    this.armed = true
    setTimeout(() => this.drain(), 0)
  }

  /** Whether tasks are waiting. */
  get pending(): boolean {
    return this.armed || this.tasks.length > 0
  }

  /** Resolves once every task, including tasks scheduled by tasks, has run. */
  async flush(): Promise<void> {
    for (let round = 0; round < FLUSH_ROUNDS; round++) {
      if (!this.pending) return
      await new Promise<void>((resolve) => setTimeout(resolve, 0))
    }
    throw new Error(
      `FigJam fake: events still pending after ${FLUSH_ROUNDS} rounds (a handler keeps causing changes?)`
    )
  }

  private drain(): void {
    this.armed = false
    const tasks = this.tasks
    this.tasks = []
    const errors: unknown[] = []
    for (const task of tasks) {
      try {
        task()
      } catch (error) {
        errors.push(error)
      }
    }
    // A throwing handler must not stop the others, but the test must see the failure.
    if (errors.length > 0) throw errors[0]
  }
}
