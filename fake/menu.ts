/**
 * How FigJam starts a menu command of a plugin's manifest. A command that declares `parameters` opens the
 * quick-actions parameter prompt from every menu, unless it says `"parameterOnly": false`: then the Plugins menu
 * and the context menu run it at once with `parameters` undefined, and only quick actions ask for them
 * (developers.figma.com/docs/plugins/plugin-parameters, "parameterOnly"; the manifest page lists the field).
 */

/** A menu item as the manifest declares it (the fields that decide how it starts). */
export interface ManifestMenuItem {
  readonly name?: string
  readonly command?: string
  readonly parameters?: readonly { readonly key: string; readonly optional?: boolean }[]
  readonly parameterOnly?: boolean
  readonly menu?: readonly ManifestMenuItem[]
  readonly separator?: boolean
}

/** What clicking the item in the Plugins menu does: run the command, or open the parameter prompt first. */
export function menuClick(item: ManifestMenuItem): 'run' | 'parameter-prompt' {
  const declares = item.parameters !== undefined && item.parameters.length > 0
  return declares && item.parameterOnly !== false ? 'parameter-prompt' : 'run'
}

/** Every item with a command in a manifest menu, submenus included. */
export function menuCommands(menu: readonly ManifestMenuItem[]): ManifestMenuItem[] {
  return menu.flatMap((item) => (item.menu ? menuCommands(item.menu) : item.command ? [item] : []))
}
