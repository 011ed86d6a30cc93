/**
 * Every limit of the product, once. The panel, the main thread and the import parser read them from here, so a
 * file the panel lets through is never refused by main for being too large, and the README's numbers have one
 * source. Lengths are in UTF-16 code units (JavaScript's `length`) unless a name says bytes or its comment says
 * characters as a person counts them (grapheme clusters, `contract/graphemes.ts`): the limits on what people type.
 */

// The largest canvas stored, exported and imported in full (check fit, the stored report, exports, import)
/** Most stickies on one canvas (zones and unplaced together). */
export const MAX_CANVAS_STICKIES = 5_000
/** Most connectors between one canvas's stickies (links, invalid ones included). */
export const MAX_CANVAS_LINKS = 5_000
/** Largest piece of a split stored report in one plugin data entry, in UTF-8 bytes (well under the entry limit). */
export const REPORT_PART_BYTES = 90_000
/** Most pieces a stored report is split into. */
export const MAX_REPORT_PARTS = 50
/** Largest report, as compact `vpcfit/1` JSON in UTF-8 bytes: 4,500,000 (4.5 MB). */
export const MAX_REPORT_BYTES = REPORT_PART_BYTES * MAX_REPORT_PARTS
/**
 * Longest segment or offer name stored with a canvas, in characters: each name has its own plugin data entry, and
 * 30,000 UTF-16 code units of any script stay under the 100 kB entry limit.
 */
export const MAX_NAME_CHARS = 30_000

// Import (panel check, message check and parser alike): every file an export writes is accepted
/** Most stickies (all zones and unplaced together) in one import: as many as a canvas holds. */
export const IMPORT_MAX_ITEMS = MAX_CANVAS_STICKIES
/** Most links in one import. */
export const IMPORT_MAX_LINKS = MAX_CANVAS_LINKS
/** Longest sticky text in an import: any text a report can hold (the whole file is checked against the report limit). */
export const IMPORT_MAX_TEXT = MAX_REPORT_BYTES
/**
 * Largest import file or pasted text, in characters (and in bytes: the indentation is ASCII): the largest report
 * plus room for the export's two-space pretty-printing, under 200 characters for each sticky, link and listed id.
 */
export const IMPORT_MAX_CHARS = MAX_REPORT_BYTES + (2 * MAX_CANVAS_STICKIES + MAX_CANVAS_LINKS) * 200
/** Longest sticky or canvas id in an import. */
export const IMPORT_MAX_ID = 1000
/** Largest weight, vote count or stamp count of one sticky in an import. */
export const IMPORT_MAX_COUNT = 1_000_000
/** Longest `checkedAt` date in an import. */
export const IMPORT_MAX_DATE_CHARS = 100
/** Longest piece of an import file (a value, a key) quoted in its problem, before it is cut with "…". */
export const IMPORT_QUOTE_MAX = 40
/** Longest stamp name (its kind, as FigJam names it) in a report's stamp tally. */
export const STAMP_NAME_MAX = 64
/** Longest parser explanation quoted in the "could not import" notification (cut at a word, never in a number). */
export const IMPORT_ERROR_MAX = 64

// Messages between panel and main
/**
 * Longest free text (segment, offer, version name) in a panel message, in UTF-16 units: room for the longest name
 * the panel takes (`NAME_INPUT_MAX` characters) even when each is an emoji of up to 25 units (a family is 11, a
 * subdivision flag 14).
 */
export const MESSAGE_TEXT_MAX = 2_000
/** Longest node id, checklist key or request id in a panel message. */
export const MESSAGE_ID_MAX = 64

// Names
/**
 * Longest segment or offer name the panel's insert form accepts, in characters as a person counts them (an emoji
 * with its skin tone is one); the canvas title has to stay readable.
 */
export const NAME_INPUT_MAX = 80
/** Longest canvas title drawn on the board. */
export const CANVAS_TITLE_MAX = 70
/** Longest section name of a drawn canvas. */
export const CANVAS_NAME_MAX = 90

// Notifications
/** About as many characters as FigJam shows in one notification. */
export const NOTIFY_MAX = 100
/** Longest segment or offer name quoted in a notification, so the sentence around it still shows. */
export const NOTIFY_NAME_MAX = 24

// Plugin data
/** FigJam's limit for one plugin data entry, in bytes. */
export const PLUGIN_DATA_LIMIT = 100_000
/** Plugin data longer than this is treated as foreign or corrupted rather than parsed. */
export const STORED_JSON_MAX_CHARS = 20_000
/** Rejected link suggestions remembered per canvas (the newest ones). */
export const REJECTED_PAIRS_MAX = 500

// Value proposition statement and segment summary (BMC stickies)
export const STATEMENT_LIMITS = {
  products: 2,
  relievers: 2,
  creators: 2,
  segmentItems: 3,
  /** Longest single sticky text (characters) inside the statement before it is cut. */
  itemChars: 60,
  /** Longest segment name and job before they are cut. */
  phraseChars: 80,
  /** Longest statement or segment summary. */
  total: 600
} as const

/**
 * The brief statement and segment summary a BMC sticky gets when the full ones would not fit its block: the top
 * item of each kind, shorter phrases (every sticky's full text stays in the canvas and its export).
 */
export const BRIEF_STATEMENT_LIMITS: StatementLimits = {
  products: 1,
  relievers: 1,
  creators: 1,
  segmentItems: 2,
  itemChars: 36,
  phraseChars: 40,
  total: 300
}

export type StatementLimits = { readonly [K in keyof typeof STATEMENT_LIMITS]: number }

// Drawn canvases (adopted drawings)
/** A selection with more nodes than this is not read as a drawing (a whole board, not a canvas). */
export const DRAWING_MAX_NODES = 3000
/** Longer stored text than this is not a drawn-canvas definition the plugin wrote (it holds ids, not stickies). */
export const DRAWN_DEFINITION_MAX_CHARS = 50_000
/** Longest node id in a stored drawn-canvas definition. */
export const DRAWN_ID_MAX = 64
/** Longest name in a stored drawn-canvas definition. */
export const DRAWN_NAME_MAX = 500

// The panel
/** Selected nodes the panel follows (the canvas and zone of a selection come from its first ones). */
export const SELECTION_READ_MAX = 20
/** Name suggestions a menu command's parameter offers. */
export const PARAMETER_SUGGESTIONS_MAX = 20
/** Stickies a zone's list shows at a time (a button shows the next ones). */
export const LIST_WINDOW = 100
/**
 * Stickies each of the Fit tab's lists shows at first (a customer zone's unaddressed stickies, a value zone's
 * orphans, the unplaced ones): the tab holds up to seven lists, and the top of each is what a team acts on first,
 * while a hundred of each made a first view of 700 rows to scroll through. "Show more" adds `LIST_WINDOW`.
 */
export const FIT_LIST_FIRST = 20
/** Most stickies of one list the panel may ask main for at once (`VIEW_ITEMS`): a hundred "show more" clicks. */
export const LIST_SHOWN_MAX = 100 * LIST_WINDOW
/** Links that do not count the Fit tab names at once, with their ends' texts. */
export const INVALID_LINKS_SHOWN = LIST_WINDOW
/** Link suggestions in all, and per value-map sticky: enough for alternatives, too few for one vague sticky to flood the list. */
export const SUGGESTIONS_MAX = 10
export const SUGGESTIONS_PER_ITEM = 3

// History (every check and saved version of a canvas, see `src/core/history/`)
/** Most versions kept per canvas; beyond it the oldest unnamed ones go first. */
export const HISTORY_MAX_VERSIONS = 60
/** Largest history per canvas, in UTF-8 bytes of stored JSON (all versions together): 1.8 MB. */
export const HISTORY_MAX_BYTES = REPORT_PART_BYTES * 20
/** Longest name of a saved version ("after interviews round 2"), in characters as a person counts them. */
export const HISTORY_NAME_MAX = 60
/** Versions kept with their items even when old: the newest this many keep them before any named one loses them. */
export const HISTORY_FULL_NEWEST = 2
/** Most change sentences the panel lists for one comparison; the rest are counted in one last line. */
export const HISTORY_LINES_MAX = 40
/** Longest sticky text quoted in a change sentence before it is cut with "…". */
export const HISTORY_QUOTE_MAX = 60

/** Cells across an adopted drawing's zone map (the longer side; see `zoneMap` in plugin-data-keys.ts). */
export const ZONE_MAP_CELLS = 40

/** Riskiest assumptions the panel lists (main sends only these: the full list is every unbacked item). */
export const RISKIEST_SHOWN = 5
