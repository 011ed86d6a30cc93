import { describe, expect, it } from 'vitest'
import { runCommandAsync } from '../../src/run/run-command'
import { reportFatal } from '../../src/run/report-fatal'
import { useFake } from './harness'

describe('after the plugin closed, nothing throws', () => {
  it('the fake throws on notify and postMessage after closePlugin, as FigJam does', () => {
    const fake = useFake()
    const api = fake.session.figma
    api.showUI('<p>panel</p>')
    api.closePlugin()
    expect(() => api.notify('late')).toThrow(/closed/)
    expect(() => api.ui.postMessage({ late: true })).toThrow(/closed/)
  })

  it('a command that fails after its run closed reports nothing and does not throw', async () => {
    const fake = useFake()
    const run = fake.session
    const answer = runCommandAsync('en', async () => {
      await Promise.resolve()
      run.figma.closePlugin()
      throw new Error('the board changed under the command')
    })
    await expect(answer).resolves.toMatchObject({ ok: false })
    expect(run.notifications).toHaveLength(0)
  })

  it('a command that fails while another plugin run is starting tells neither run', async () => {
    const fake = useFake()
    const first = fake.session
    const answer = runCommandAsync('en', async () => {
      await Promise.resolve()
      // FigJam closes a running plugin when another run starts.
      first.figma.closePlugin()
      fake.startSession({ command: 'open' })
      throw new Error('interrupted')
    })
    await expect(answer).resolves.toMatchObject({ ok: false })
    expect(first.notifications).toHaveLength(0)
    expect(fake.session).not.toBe(first)
    expect(fake.session.notifications).toHaveLength(0)
  })

  it('the last-resort report of a run that is already closed is silent', () => {
    const fake = useFake()
    fake.session.figma.closePlugin()
    expect(() => reportFatal(new Error('late failure'))).not.toThrow()
  })
})
