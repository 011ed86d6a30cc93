import type { StorageEntry, StoredReportText } from '../core/report-storage'
import { readStoredReportText, REPORT_KEY } from '../core/report-storage'
import { getData, setData } from './plugin-data'

/** What the section's `vpcfit`/`report` entry holds now (the report, or the head of a split one). */
export function storedReportHead(section: BaseNode): string {
  return getData(section, REPORT_KEY)
}

/** Writes a planned report (see `planReportStorage`): its pieces first, the head last. */
export function writeStoredReport(section: BaseNode, entries: readonly StorageEntry[]): void {
  for (const entry of entries) setData(section, entry.key, entry.value)
}

/** The stored report's JSON text on a section, joined from its pieces when it was split. */
export function readStoredReport(section: BaseNode): StoredReportText {
  return readStoredReportText((key) => getData(section, key))
}
