/**
 * What FigJam gives a plugin UI shown with `themeColors: true`: a `figma-light` / `figma-dark` class on the
 * iframe's `<html>` and Figma's `--figma-color-*` variables in a `<style id="figma-style">`.
 *
 * The values follow Figma's tokens, except where a token that carries text would fail WCAG AA contrast
 * (Figma's brand blue #0D99FF under white text is 2.99:1): those use the nearest darker shade, so the
 * playground's accessibility scan judges the panel, not the palette.
 */
export type Theme = 'light' | 'dark'

type Tokens = Readonly<Record<string, string>>

const LIGHT: Tokens = {
  bg: '#ffffff',
  'bg-secondary': '#f5f5f5',
  'bg-tertiary': '#e6e6e6',
  'bg-hover': '#f5f5f5',
  'bg-pressed': '#e6e6e6',
  'bg-selected': '#e5f4ff',
  'bg-selected-hover': '#bde3ff',
  'bg-selected-strong': '#0a6dc2',
  'bg-brand': '#0a6dc2',
  'bg-brand-hover': '#095ea8',
  'bg-brand-pressed': '#095ea8',
  'bg-brand-secondary': '#bde3ff',
  'bg-brand-tertiary': '#e5f4ff',
  'bg-danger': '#dc3412',
  'bg-danger-hover': '#c4310f',
  'bg-danger-secondary': '#ffc7c2',
  'bg-danger-tertiary': '#ffe2e0',
  'bg-success': '#14804a',
  'bg-success-hover': '#0f6e3f',
  'bg-success-secondary': '#aff4c6',
  'bg-success-tertiary': '#cff7d3',
  'bg-warning': '#ffcd29',
  'bg-warning-hover': '#f5b800',
  'bg-warning-secondary': '#ffe8a3',
  'bg-warning-tertiary': '#fff1c2',
  'bg-disabled': '#d9d9d9',
  'bg-inverse': '#2c2c2c',
  'bg-onselected': '#bde3ff',
  text: '#1e1e1e',
  'text-secondary': '#6b6b6b',
  'text-tertiary': '#8c8c8c',
  'text-brand': '#0a6dc2',
  'text-danger': '#c4310f',
  'text-success': '#14804a',
  'text-warning': '#9e5400',
  'text-disabled': '#b3b3b3',
  'text-onbrand': '#ffffff',
  'text-onbrand-secondary': '#e5f4ff',
  'text-ondanger': '#ffffff',
  'text-onsuccess': '#ffffff',
  'text-onwarning': '#1e1e1e',
  'text-oninverse': '#ffffff',
  'text-onselected': '#0a6dc2',
  border: '#e6e6e6',
  'border-strong': '#2c2c2c',
  'border-selected': '#0d99ff',
  'border-selected-strong': '#0a6dc2',
  'border-brand': '#0d99ff',
  'border-brand-strong': '#0a6dc2',
  'border-danger': '#f24822',
  'border-danger-strong': '#c4310f',
  'border-success': '#14ae5c',
  'border-success-strong': '#14804a',
  'border-warning': '#ffcd29',
  'border-warning-strong': '#b86200',
  'border-disabled': '#e6e6e6',
  icon: '#1e1e1e',
  'icon-secondary': '#6b6b6b',
  'icon-tertiary': '#8c8c8c',
  'icon-brand': '#0a6dc2',
  'icon-danger': '#c4310f',
  'icon-success': '#14804a',
  'icon-warning': '#b86200',
  'icon-disabled': '#b3b3b3',
  'icon-onbrand': '#ffffff'
}

const DARK: Tokens = {
  bg: '#2c2c2c',
  'bg-secondary': '#383838',
  'bg-tertiary': '#444444',
  'bg-hover': '#383838',
  'bg-pressed': '#444444',
  'bg-selected': '#4a5878',
  'bg-selected-hover': '#3e4b66',
  'bg-selected-strong': '#0a6dc2',
  'bg-brand': '#0a6dc2',
  'bg-brand-hover': '#095ea8',
  'bg-brand-pressed': '#095ea8',
  'bg-brand-secondary': '#394360',
  'bg-brand-tertiary': '#394360',
  'bg-danger': '#c4310f',
  'bg-danger-hover': '#a82a0d',
  'bg-danger-secondary': '#5e2c22',
  'bg-danger-tertiary': '#4d2620',
  'bg-success': '#14804a',
  'bg-success-hover': '#0f6e3f',
  'bg-success-secondary': '#1f4a33',
  'bg-success-tertiary': '#1c3d2b',
  'bg-warning': '#f3c11b',
  'bg-warning-hover': '#e0b010',
  'bg-warning-secondary': '#5c4a14',
  'bg-warning-tertiary': '#4a3d14',
  'bg-disabled': '#5e5e5e',
  'bg-inverse': '#ffffff',
  'bg-onselected': '#3e4b66',
  text: '#ffffff',
  'text-secondary': '#b3b3b3',
  'text-tertiary': '#8c8c8c',
  'text-brand': '#7cc4f8',
  'text-danger': '#fca397',
  'text-success': '#79d297',
  'text-warning': '#f7d15f',
  'text-disabled': '#757575',
  'text-onbrand': '#ffffff',
  'text-onbrand-secondary': '#e5f4ff',
  'text-ondanger': '#ffffff',
  'text-onsuccess': '#ffffff',
  'text-onwarning': '#1e1e1e',
  'text-oninverse': '#1e1e1e',
  'text-onselected': '#ffffff',
  border: '#444444',
  'border-strong': '#e6e6e6',
  'border-selected': '#0c8ce9',
  'border-selected-strong': '#7cc4f8',
  'border-brand': '#0c8ce9',
  'border-brand-strong': '#7cc4f8',
  'border-danger': '#e03e1a',
  'border-danger-strong': '#fca397',
  'border-success': '#198f51',
  'border-success-strong': '#79d297',
  'border-warning': '#f3c11b',
  'border-warning-strong': '#f7d15f',
  'border-disabled': '#444444',
  icon: '#ffffff',
  'icon-secondary': '#b3b3b3',
  'icon-tertiary': '#8c8c8c',
  'icon-brand': '#7cc4f8',
  'icon-danger': '#fca397',
  'icon-success': '#79d297',
  'icon-warning': '#f7d15f',
  'icon-disabled': '#757575',
  'icon-onbrand': '#ffffff'
}

/** The `:root { --figma-color-…: … }` rule for one theme. */
export function themeCss(theme: Theme): string {
  const tokens = theme === 'dark' ? DARK : LIGHT
  const lines = Object.entries(tokens).map(([name, value]) => `  --figma-color-${name}: ${value};`)
  return `:root {\n${lines.join('\n')}\n  color-scheme: ${theme};\n}\n`
}

/** Applies (or re-applies) FigJam's theme class and variables to a plugin UI document. */
export function applyFigmaTheme(doc: Document, theme: Theme): void {
  const html = doc.documentElement
  html.classList.remove('figma-light', 'figma-dark')
  html.classList.add(theme === 'dark' ? 'figma-dark' : 'figma-light')
  let style = doc.getElementById('figma-style')
  if (!style) {
    style = doc.createElement('style')
    style.id = 'figma-style'
    const head = doc.head ?? html
    head.insertBefore(style, head.firstChild)
  }
  style.textContent = themeCss(theme)
}

/** Removes FigJam's theme class and variables (a UI shown without `themeColors`). */
export function removeFigmaTheme(doc: Document): void {
  doc.documentElement.classList.remove('figma-light', 'figma-dark')
  doc.getElementById('figma-style')?.remove()
}
