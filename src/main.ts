// The switchboard: FigJam's events and the manifest's commands go to the *Async functions
// in src/commands and src/panel. Nothing else happens here.
import { suggestParameter } from './adapter/parameters'
import { MENU_COMMANDS } from './menu/menu-commands'
import { reportFatal } from './run/report-fatal'
import { openPanelAsync } from './panel/open-panel-async'

figma.parameters.on('input', ({ key, query, result }) => {
  result.setSuggestions(suggestParameter(key, query))
})

figma.on('run', ({ command, parameters }) => {
  const menuCommand = MENU_COMMANDS[command]
  ;(menuCommand ? menuCommand(parameters) : openPanelAsync()).catch(reportFatal)
})
