/**
 * FigJam's Plugins menu for this plugin, read from manifest.json: one item per command, separators where the
 * manifest has them; a command with parameters opens a small quick-action form first.
 */

export interface ManifestParameter {
  key: string
  name: string
  description?: string
  allowFreeform?: boolean
  optional?: boolean
}

export interface ManifestCommand {
  name: string
  command: string
  parameters?: ManifestParameter[]
}

export type ManifestMenuEntry = ManifestCommand | { separator: true }

export interface Manifest {
  name: string
  menu: ManifestMenuEntry[]
  relaunchButtons: { command: string; name: string; multipleSelection?: boolean }[]
}

/** Choices for parameters that do not allow free text (the plugin's languages). */
const PARAMETER_CHOICES: Record<string, { value: string; label: string }[]> = {
  locale: [
    { value: 'en', label: 'English (en)' },
    { value: 'sv', label: 'Svenska (sv)' },
    { value: 'da', label: 'Dansk (da)' }
  ]
}

export async function loadManifestAsync(): Promise<Manifest> {
  const response = await fetch('/manifest.json', { cache: 'no-store' })
  if (!response.ok) throw new Error(`GET /manifest.json: ${response.status}`)
  const raw = (await response.json()) as Partial<Manifest>
  return { name: raw.name ?? 'Plugin', menu: raw.menu ?? [], relaunchButtons: raw.relaunchButtons ?? [] }
}

function isCommand(entry: ManifestMenuEntry): entry is ManifestCommand {
  return 'command' in entry
}

/** All commands of the manifest's menu, in menu order. */
export function commandsOf(manifest: Manifest): ManifestCommand[] {
  return manifest.menu.filter(isCommand)
}

export interface MenuElements {
  button: HTMLButtonElement
  list: HTMLElement
  dialog: HTMLDialogElement
  form: HTMLFormElement
  title: HTMLElement
  fields: HTMLElement
  cancel: HTMLButtonElement
}

/** Builds the menu; `run` is called with the command and its parameters (only the ones the user filled). */
export function installPluginsMenu(
  manifest: Manifest,
  elements: MenuElements,
  run: (command: string, parameters: ParameterValues | undefined) => void
): void {
  const { button, list } = elements
  const heading = document.createElement('div')
  heading.className = 'pg-menu-heading'
  heading.textContent = manifest.name
  list.append(heading)
  for (const entry of manifest.menu) {
    if (!isCommand(entry)) {
      list.append(document.createElement('hr'))
      continue
    }
    const item = document.createElement('button')
    item.type = 'button'
    item.setAttribute('role', 'menuitem')
    item.dataset.command = entry.command
    item.textContent = entry.parameters?.length ? `${entry.name}…` : entry.name
    item.addEventListener('click', () => {
      close()
      if (entry.parameters?.length) askParameters(entry, elements, run)
      else run(entry.command, undefined)
    })
    list.append(item)
  }

  const open = () => {
    list.hidden = false
    button.setAttribute('aria-expanded', 'true')
    list.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus()
  }
  const close = () => {
    list.hidden = true
    button.setAttribute('aria-expanded', 'false')
  }
  button.addEventListener('click', () => (list.hidden ? open() : close()))
  document.addEventListener('pointerdown', (event) => {
    if (!list.hidden && !list.contains(event.target as Node) && event.target !== button) close()
  })
  list.addEventListener('keydown', (event) => {
    const items = [...list.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')]
    const index = items.indexOf(document.activeElement as HTMLButtonElement)
    if (event.key === 'Escape') {
      close()
      button.focus()
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const step = event.key === 'ArrowDown' ? 1 : -1
      items[(index + step + items.length) % items.length]?.focus()
    }
  })
}

/** The quick-action form: one field per parameter, then runs the command. */
function askParameters(
  command: ManifestCommand,
  elements: MenuElements,
  run: (command: string, parameters: ParameterValues | undefined) => void
): void {
  const { dialog, form, title, fields, cancel } = elements
  title.textContent = command.name
  fields.replaceChildren()
  const inputs: { key: string; input: HTMLInputElement | HTMLSelectElement }[] = []
  for (const parameter of command.parameters ?? []) {
    const label = document.createElement('label')
    label.className = 'pg-field'
    const name = document.createElement('span')
    name.textContent = parameter.optional ? parameter.name : `${parameter.name} (required)`
    label.append(name)
    const choices = PARAMETER_CHOICES[parameter.key]
    let input: HTMLInputElement | HTMLSelectElement
    if (choices && parameter.allowFreeform === false) {
      const select = document.createElement('select')
      if (parameter.optional) select.append(new Option('Default (your language)', ''))
      for (const choice of choices) select.append(new Option(choice.label, choice.value))
      input = select
    } else {
      const text = document.createElement('input')
      text.type = 'text'
      text.autocomplete = 'off'
      text.required = parameter.optional !== true
      input = text
    }
    input.id = `param-${parameter.key}`
    input.name = parameter.key
    label.append(input)
    if (parameter.description) {
      const hint = document.createElement('small')
      hint.textContent = parameter.description
      label.append(hint)
    }
    fields.append(label)
    inputs.push({ key: parameter.key, input })
  }

  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault()
    const parameters: ParameterValues = {}
    for (const { key, input } of inputs) if (input.value.trim() !== '') parameters[key] = input.value
    done()
    run(command.command, parameters)
  }
  const onCancel = () => done()
  const done = () => {
    form.removeEventListener('submit', onSubmit)
    cancel.removeEventListener('click', onCancel)
    dialog.removeEventListener('close', onCancel)
    if (dialog.open) dialog.close()
  }
  form.addEventListener('submit', onSubmit)
  cancel.addEventListener('click', onCancel)
  dialog.addEventListener('close', onCancel)
  dialog.showModal()
  inputs[0]?.input.focus()
}
