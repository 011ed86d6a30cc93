import { describe, expect, it } from 'vitest'
import { errorOf, setup } from './helpers'

function twoShapes(figma: PluginAPI): [ShapeWithTextNode, ShapeWithTextNode] {
  const a = figma.createShapeWithText()
  const b = figma.createShapeWithText()
  b.x = 500
  return [a, b]
}

describe('CONNECTOR', () => {
  it('defaults: elbowed, start cap NONE, end cap ARROW_LINES', () => {
    const { figma } = setup()
    const connector = figma.createConnector()
    expect(connector.connectorLineType).toBe('ELBOWED')
    expect(connector.connectorStartStrokeCap).toBe('NONE')
    expect(connector.connectorEndStrokeCap).toBe('ARROW_LINES')
  })

  it('attaches by node and magnet, by node and position, or floats at a position', () => {
    const { figma } = setup()
    const [a, b] = twoShapes(figma)
    const connector = figma.createConnector()
    connector.connectorStart = { endpointNodeId: a.id, magnet: 'RIGHT' }
    connector.connectorEnd = { endpointNodeId: b.id, position: { x: 0, y: 104 } }
    expect(connector.connectorStart).toEqual({ endpointNodeId: a.id, magnet: 'RIGHT' })
    expect(connector.absoluteBoundingBox).toEqual({ x: 208, y: 104, width: 292, height: 0 })
    connector.connectorEnd = { position: { x: 900, y: 0 } }
    expect(connector.connectorEnd).toEqual({ position: { x: 900, y: 0 } })
  })

  it('straight connectors take only CENTER or NONE magnets', () => {
    const { figma } = setup()
    const [a] = twoShapes(figma)
    const connector = figma.createConnector()
    connector.connectorLineType = 'STRAIGHT'
    connector.connectorStart = { endpointNodeId: a.id, magnet: 'CENTER' }
    connector.connectorStart = { endpointNodeId: a.id, magnet: 'NONE' }
    expect(errorOf(() => (connector.connectorStart = { endpointNodeId: a.id, magnet: 'TOP' }))).toMatch(
      /^in set_connectorStart: Straight connectors can only attach to CENTER or NONE/
    )
  })

  it('elbowed connectors take any magnet but CENTER', () => {
    const { figma } = setup()
    const [a] = twoShapes(figma)
    const connector = figma.createConnector()
    for (const magnet of ['AUTO', 'TOP', 'LEFT', 'BOTTOM', 'RIGHT', 'NONE'] as const) {
      connector.connectorEnd = { endpointNodeId: a.id, magnet }
    }
    expect(() => (connector.connectorEnd = { endpointNodeId: a.id, magnet: 'CENTER' })).toThrow(/CENTER/)
  })

  it('switching to straight with a side magnet attached is refused', () => {
    const { figma } = setup()
    const [a] = twoShapes(figma)
    const connector = figma.createConnector()
    connector.connectorStart = { endpointNodeId: a.id, magnet: 'TOP' }
    expect(() => (connector.connectorLineType = 'STRAIGHT')).toThrow(/CENTER or NONE/)
  })

  it('refuses endpoints on missing nodes and on connectors', () => {
    const { figma } = setup()
    const connector = figma.createConnector()
    expect(() => (connector.connectorStart = { endpointNodeId: '42:42', magnet: 'AUTO' })).toThrow(/no such/)
    const other = figma.createConnector()
    expect(() => (connector.connectorStart = { endpointNodeId: other.id, magnet: 'AUTO' })).toThrow(
      /connector/
    )
  })

  it('every scene node lists its attachedConnectors', () => {
    const { figma } = setup()
    const [a, b] = twoShapes(figma)
    const connector = figma.createConnector()
    connector.connectorStart = { endpointNodeId: a.id, magnet: 'AUTO' }
    connector.connectorEnd = { endpointNodeId: b.id, magnet: 'AUTO' }
    expect(a.attachedConnectors).toEqual([connector])
    expect(b.attachedConnectors).toEqual([connector])
    expect(figma.createSticky().attachedConnectors).toEqual([])
  })

  it('connectors attached to a removed node are removed too, as in FigJam', () => {
    const { figma } = setup()
    const [a, b] = twoShapes(figma)
    const connector = figma.createConnector()
    connector.connectorStart = { endpointNodeId: a.id, magnet: 'AUTO' }
    connector.connectorEnd = { endpointNodeId: b.id, magnet: 'AUTO' }
    a.remove()
    expect(connector.removed).toBe(true)
    expect(b.attachedConnectors).toEqual([])
  })

  it('caps and text can be set', async () => {
    const { figma } = setup()
    await figma.loadFontAsync({ family: 'Inter', style: 'Medium' })
    const connector = figma.createConnector()
    connector.connectorEndStrokeCap = 'TRIANGLE_FILLED'
    connector.text.characters = 'relieves'
    expect([connector.connectorEndStrokeCap, connector.text.characters]).toEqual([
      'TRIANGLE_FILLED',
      'relieves'
    ])
    expect(() => (connector.connectorStartStrokeCap = 'LINE_ARROW' as ConnectorStrokeCap)).toThrow(
      /Invalid enum/
    )
  })
})
