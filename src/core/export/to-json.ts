import type { FitReport } from '../types'
import { canonicalReport } from './private/canonical-report'

/**
 * The `vpcfit/1` report as pretty-printed JSON (two-space indent, trailing newline). Keys come in the schema's
 * order whatever order the object was built in, and fields outside the schema are left out, so the same report
 * always gives the same text.
 */
export function toJson(report: FitReport): string {
  return JSON.stringify(canonicalReport(report), null, 2) + '\n'
}
