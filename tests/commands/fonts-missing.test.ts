/**
 * Inter Medium cannot load (`figma.loadFontAsync` rejects: a font service hiccup, an offline desktop app). Every
 * command that draws says so in its own sentence and draws nothing; none answers with the catch-all "Something went
 * wrong". Check fit still checks (only its fit card needs the font).
 */
import { describe, expect, it } from 'vitest'
import type { FigJamFake } from '../../fake'
import { bmcSummaryAsync } from '../../src/commands/bmc-summary-async'
import { checkFitAsync } from '../../src/commands/check-fit-async'
import { createTestCardAsync } from '../../src/commands/create-test-card-async'
import { insertBmcAsync } from '../../src/commands/insert-bmc-async'
import { insertVpcAsync } from '../../src/commands/insert-vpc-async'
import { runCommandForAsync } from '../../src/run/run-command'
import { t } from '../../src/i18n'
import { useFake } from '../adapter/harness'
import { documentState } from '../adapter/reliability/board'
import type { TestCanvas } from '../adapter/reliability/canvas'
import { smallCanvas } from '../adapter/reliability/canvas'
import { drawFirstVersion, importOwnExport, recordLearningOnFirstTest } from './drawing-commands'

const FONT = t('en', 'notify.fontFailed')
const BMC_FONT = t('en', 'bmcNotify.fontFailed')

const CASES: Array<{
  name: string
  says: string
  run: (canvas: TestCanvas, fake: FigJamFake) => Promise<{ message: string }>
}> = [
  {
    name: 'Insert a canvas',
    says: FONT,
    run: () => insertVpcAsync({ segment: 'S', product: 'P', locale: 'en' })
  },
  { name: 'Insert a BMC', says: BMC_FONT, run: () => insertBmcAsync({ locale: 'en' }) },
  {
    name: 'BMC summary that inserts the BMC',
    says: BMC_FONT,
    run: (a) => bmcSummaryAsync({ canvasId: a.id, locale: 'en', insertBmc: 'en' })
  },
  {
    name: 'Create a test card',
    says: FONT,
    run: (a) => createTestCardAsync({ canvasId: a.id, itemId: a.sticky['Stay fit'] as string, locale: 'en' })
  },
  {
    name: 'Record what we learned',
    says: FONT,
    run: recordLearningOnFirstTest
  },
  {
    name: 'Draw a version back',
    says: FONT,
    run: drawFirstVersion
  },
  {
    name: 'Import a JSON export',
    says: FONT,
    run: importOwnExport
  }
]

describe('Inter Medium cannot load', () => {
  for (const entry of CASES) {
    it(`${entry.name}: says so and draws nothing`, async () => {
      const fake = useFake()
      const a = await smallCanvas(fake)
      await checkFitAsync({ canvasId: a.id, locale: 'en' })
      await createTestCardAsync({ canvasId: a.id, itemId: a.sticky['Rain'] as string, locale: 'en' })
      figma.commitUndo()
      // A new run: fonts are loaded per run, and this one finds Inter unavailable.
      fake.makeFontUnavailable({ family: 'Inter', style: 'Medium' })
      fake.startSession({ command: 'open' })
      const before = documentState(fake)
      const answer = await runCommandForAsync('en', () => entry.run(a, fake))
      expect({ ok: answer.ok, message: answer.message }).toEqual({ ok: false, message: entry.says })
      expect(documentState(fake)).toBe(before)
    })
  }
})
