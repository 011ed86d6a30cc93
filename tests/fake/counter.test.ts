import { describe, expect, it } from 'vitest'
import { setup } from './helpers'

describe('API-use counter', () => {
  it('counts property reads per node type and method calls per type and method', () => {
    const { fake, figma } = setup()
    const sticky = figma.createSticky()
    fake.counter.reset()
    void sticky.x
    void sticky.y
    void sticky.text.characters
    sticky.getPluginData('role')
    sticky.getPluginData('canvas')
    expect(fake.counter.reads.STICKY).toBe(4)
    expect(fake.counter.readsByProperty['STICKY.text.characters']).toBe(1)
    expect(fake.counter.calls['STICKY.getPluginData']).toBe(2)
  })

  it('counts writes and figma calls', () => {
    const { fake, figma } = setup()
    fake.counter.reset()
    const section = figma.createSection()
    section.x = 5
    expect(fake.counter.calls['figma.createSection']).toBe(1)
    expect(fake.counter.writes.SECTION).toBe(1)
  })

  it('reset starts from zero; snapshot is a plain copy', () => {
    const { fake, figma } = setup()
    const sticky = figma.createSticky()
    void sticky.name
    const snapshot = fake.counter.snapshot()
    fake.counter.reset()
    expect(snapshot.total).toBeGreaterThan(0)
    expect(fake.counter.total).toBe(0)
    expect(fake.counter.reads).toEqual({})
  })

  it('the user module and inspect do not count', () => {
    const { fake } = setup()
    fake.counter.reset()
    const sticky = fake.user.addSticky({ text: 'x', x: 0, y: 0 })
    fake.user.move(sticky, 10, 10)
    const [inspected] = fake.inspect.nodes()
    fake.inspect.node(inspected?.id ?? '')
    expect(fake.counter.total).toBe(0)
    // Reading through the returned node object is plugin-style use, and counts.
    void sticky.id
    expect(fake.counter.total).toBe(1)
  })

  it('searching counts one call, whatever the board size', () => {
    const { fake, figma } = setup()
    for (let i = 0; i < 50; i++) fake.user.addSticky({ text: `${i}`, x: i * 250, y: 0 })
    fake.counter.reset()
    figma.currentPage.findAllWithCriteria({ types: ['STICKY'] })
    expect(fake.counter.total).toBe(2)
    expect(fake.counter.calls['PAGE.findAllWithCriteria']).toBe(1)
  })
})
