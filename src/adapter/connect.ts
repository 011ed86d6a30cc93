/** Draws a FigJam connector from one node to another, attached at both ends (FigJam's default elbow). */
export function connectNodes(from: SceneNode, to: SceneNode): ConnectorNode {
  const connector = figma.createConnector()
  connector.connectorStart = { endpointNodeId: from.id, magnet: 'AUTO' }
  connector.connectorEnd = { endpointNodeId: to.id, magnet: 'AUTO' }
  return connector
}
