import { solid } from './paint'

/**
 * Draws a FigJam connector from one node to another, attached at both ends (FigJam's default elbow); `stroke`
 * (`RRGGBB`) colours it, else it keeps FigJam's default.
 */
export function connectNodes(from: SceneNode, to: SceneNode, stroke?: string): ConnectorNode {
  const connector = figma.createConnector()
  connector.connectorStart = { endpointNodeId: from.id, magnet: 'AUTO' }
  connector.connectorEnd = { endpointNodeId: to.id, magnet: 'AUTO' }
  if (stroke) connector.strokes = [solid(stroke)]
  return connector
}
