/**
 * Every plugin data key VPC Fit writes, in one place. All of them live in SHARED plugin data under the namespace
 * `vpcfit` (`setSharedPluginData('vpcfit', key, value)`): private plugin data belongs to the plugin id that wrote
 * it, and that id changes when a development plugin is published, so nothing the plugin must find again may be
 * private. Shared data is also readable by other plugins and the REST API (`plugin_data=shared`).
 *
 * Adding a key: add it to `PLUGIN_DATA_KEYS` with a comment (node, shape of the value), and a row to the README's
 * "Plugin data" table. Only the adapter's `src/adapter/plugin-data.ts` reads or writes node data.
 */

/** The shared plugin data namespace (at least 3 alphanumeric characters, as FigJam requires). */
export const PLUGIN_DATA_NAMESPACE = 'vpcfit'

export const PLUGIN_DATA_KEYS = {
  /** Every part the plugin drew: one of `ROLES`. Its own key, so `findAllWithCriteria` finds the parts in one call. */
  role: 'role',
  /** Canvas section and its parts: `{"schema":1,"locale":"en"|"sv"|"da"}`. */
  meta: 'meta',
  /** Canvas section: manual checklist ticks, `{"cp.evidence":true,…}`. */
  checks: 'checks',
  /** Canvas section: rejected suggestion pairs, `["fromId>toId",…]` (newest `REJECTED_PAIRS_MAX`). */
  rejected: 'rejected',
  /** Summary sticky on a BMC: `{"canvasId","block":"valuePropositions"|"customerSegments","hash":8 hex}`. */
  summary: 'summary',
  /** BMC block shape and its text: the block's key (`value-propositions`, …). */
  block: 'block',
  /** Canvas section: the segment name in full (plain text). */
  segment: 'segment',
  /** Canvas section: the offer's name in full (plain text). */
  product: 'product',
  /** Canvas section: `{"checkedAt":ISO date|null,"card":"none"|"drawn"|"off"|"left"}`. */
  lastCheck: 'lastCheck',
  /** Fit card shape: what the plugin last wrote, `{"canvasId","text","fill":hex}` (so a person's edit shows). */
  card: 'card',
  /** Canvas section (or adopted drawing): the `vpcfit/1` report, or the head of a split one (`report.1`…`report.N`). */
  report: 'report',
  /** Adopted drawing's anchor node: the drawn canvas definition (`core/drawn/definition.ts`). */
  drawn: 'drawn',
  /**
   * Adopted drawing's anchor node: its zones as the plugin understood them at the last adopt or check, as a grid
   * `{"x","y","width","height","cols","rows","cells"}`, one character per cell (row by row) naming the zone at
   * the cell's centre (`0`…`5` in `ZONE_KEYS` order, `.` none). The playground draws it; other tools may too.
   */
  zoneMap: 'zoneMap',
  /** Canvas section (or adopted drawing): evidence per item, `{"said":[id…],"did":[…],"refuted":[…]}`. */
  evidence: 'evidence',
  /** Test card section: `{"canvasId","itemId","prompts":{"hypothesis":…,"test":…,"metric":…,"criteria":…}}`. */
  testCard: 'testCard',
  /** Learning card section: `{"canvasId","itemId","testId","prompts":{…},"applied":null|"keep"|"change"|"drop"}`. */
  learningCard: 'learningCard',
  /** Field shape of a test or learning card: the field's name (`hypothesis`, `test`, `observation`, …). */
  field: 'field'
} as const

export type PluginDataKey = (typeof PLUGIN_DATA_KEYS)[keyof typeof PLUGIN_DATA_KEYS]
/** The `n`th piece of a split report (`report.1` … `report.N`, see `src/core/report-storage.ts`). */
export type ReportPartKey = `report.${number}`
/**
 * Canvas section (or adopted drawing): one version of its history, `history.<16 hex id>`, or a piece of a large one,
 * `history.<id>.1` … (see `src/core/history/history-storage.ts`). The keys are listed with `dataKeysOf`.
 */
export type HistoryKey = `history.${string}`
/** Any key the plugin reads or writes. */
export type DataKey = PluginDataKey | ReportPartKey | HistoryKey

/**
 * Keys that earlier versions (0.1) wrote as PRIVATE plugin data (`setPluginData(key, value)`). Boards drawn by those
 * versions are read through a fallback: when the shared entry is empty, the private one is read. The plugin's next
 * write of such a key goes to shared data and clears the private one.
 */
export const LEGACY_PRIVATE_KEYS: readonly PluginDataKey[] = [
  PLUGIN_DATA_KEYS.role,
  PLUGIN_DATA_KEYS.meta,
  PLUGIN_DATA_KEYS.checks,
  PLUGIN_DATA_KEYS.rejected,
  PLUGIN_DATA_KEYS.summary,
  PLUGIN_DATA_KEYS.block,
  PLUGIN_DATA_KEYS.segment,
  PLUGIN_DATA_KEYS.product,
  PLUGIN_DATA_KEYS.lastCheck,
  PLUGIN_DATA_KEYS.card
]

/** Values of the `role` key. */
export const ROLES = {
  canvas: 'vpc-canvas',
  valueMap: 'value-map',
  customerProfile: 'customer-profile',
  divider: 'divider',
  text: 'vpc-text',
  bmc: 'bmc-canvas',
  bmcBlock: 'bmc-block',
  bmcText: 'bmc-text',
  summary: 'bmc-summary',
  imported: 'imported',
  fitCard: 'fit-card',
  /** A version of a canvas's history drawn back beside it: locked, for comparing, not a canvas. */
  historyCopy: 'history-copy',
  testCard: 'test-card',
  learningCard: 'learning-card',
  cardField: 'card-field'
} as const
