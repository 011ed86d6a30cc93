// Wiring only: commands, events and messages go to the adapter's *Async functions.
figma.notify('VPC Fit is being set up')
figma.closePlugin()
