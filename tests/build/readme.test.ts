import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const README = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8')

/** The numbered checks of the README's "verify by hand" section, in order. */
function handChecks(): string[] {
  const start = README.indexOf('## For a person with Figma: verify by hand')
  const end = README.indexOf('\n## ', start + 1)
  const section = README.slice(start, end)
  return section.split(/\n(?=\d+\. )/).slice(1)
}

describe('the README says what a person with FigJam should check, most uncertain first', () => {
  it('starts with list formatting, stamp names, downloads from the panel and the panel\'s first message', () => {
    const first = handChecks().slice(0, 4).join('\n')
    for (const topic of [/List formatting/, /Stamp names/, /Downloads from the panel/, /panel's first message/])
      expect(first).toMatch(topic)
  })

  it('promises no dark FigJam: Figma\'s CSS-variables page says FigJam has no dark mode', () => {
    for (const check of handChecks()) {
      const promisesDark = /dark/i.test(check) && !/no dark mode/i.test(check)
      expect(promisesDark, check).toBe(false)
    }
  })
})
