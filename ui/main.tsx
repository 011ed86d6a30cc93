import { render } from 'preact'

function App() {
  return <p>VPC Fit</p>
}

const root = document.getElementById('app')
if (root) render(<App />, root)
