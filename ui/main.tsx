import { render } from 'preact'
import './styles.css'
import { App } from './App'
import { browserLocale, createBridge } from './bridge'

const bridge = createBridge(window)
const root = document.getElementById('app')
if (root) render(<App bridge={bridge} />, root)
// Main answers with the first STATE; the bridge already listens, so it cannot be missed.
bridge.request('UI_READY', { browserLocale: browserLocale(navigator.language) })
