import { defineCatalog } from '../../../contract/i18n/define'

/** The kind of value the import found where it wanted another, in each language. */
const KIND = {
  en: '{kind, select, null {null} list {a list} object {an object} text {text} number {a number} boolean {a boolean} other {something else}}',
  sv: '{kind, select, null {null} list {en lista} object {ett objekt} text {text} number {ett tal} boolean {sant eller falskt} other {något annat}}',
  da: '{kind, select, null {null} list {en liste} object {et objekt} text {tekst} number {et tal} boolean {sand eller falsk} other {noget andet}}'
}

/**
 * Why an import file was refused, and what it repaired (`import.note.*`): the parser returns these keys with the
 * field's path (`zones.pains[2].rank`, as written in the file) and numbers, so every language says it in full.
 * FigJam shows about 100 characters of the notification around them.
 */
export const importCatalog = defineCatalog({
  en: {
    'import.notFileText': `Expected the file's text, not ${KIND.en}.`,
    'import.tooLarge': 'The file is too large ({length} characters, at most {max}).',
    'import.notJson': 'This is not JSON: check that the whole file was pasted.',
    'import.notReport': `The file must hold a {schema} report object, not ${KIND.en}.`,
    'import.noSchema': 'This is not a {schema} report: schema is missing.',
    'import.wrongSchema': 'Unsupported schema {found}: this plugin reads "{schema}".',
    'import.missing': '{field} is missing.',
    'import.badEvidence': '{field} is not evidence this plugin wrote.',
    'import.badField': '{field} is not what a VPC Fit export writes there.',
    'import.notObject': `{field} must be an object, not ${KIND.en}.`,
    'import.notList': `{field} must be a list, not ${KIND.en}.`,
    'import.notText': `{field} must be text, not ${KIND.en}.`,
    'import.tooLong': '{field} is too long ({length} characters, at most {max}).',
    'import.empty': '{field} must not be empty.',
    'import.notWhole': `{field} must be a whole number, not ${KIND.en}.`,
    'import.outOfRange': '{field} must be between {min} and {max}, not {value}.',
    'import.notOneOf': '{field} must be one of {options}.',
    'import.notZone': '{field} is not a zone of the canvas.',
    'import.notColour': '{field} must be a colour like "#FFD966".',
    'import.tooManyLinks': 'Too many links ({count}, at most {max}).',
    'import.reportTooLarge': 'The report is too large ({length} bytes of JSON, at most {max}).',
    'import.tooManyStickies': 'Too many stickies ({count}, at most {max}).',
    'import.duplicateId': '{field} "{id}" is used by more than one sticky.',
    'import.notDate': '{field} must be a date and time like "2026-11-23T10:00:00.000Z", not {value}.',
    'import.note.droppedLinks':
      '{count, plural, one {# link pointed at stickies that are not in the file and was left out.} other {# links pointed at stickies that are not in the file and were left out.}}',
    'import.note.droppedIds':
      '{count, plural, one {# id} other {# ids}} in {field} {count, plural, one {is not a sticky} other {are not stickies}} in the file and {count, plural, one {was} other {were}} left out.'
  },
  sv: {
    'import.notFileText': `Väntade filens text, inte ${KIND.sv}.`,
    'import.tooLarge': 'Filen är för stor ({length} tecken, högst {max}).',
    'import.notJson': 'Det här är inte JSON: kontrollera att hela filen kom med.',
    'import.notReport': `Filen måste innehålla en {schema}-rapport, inte ${KIND.sv}.`,
    'import.noSchema': 'Det här är ingen {schema}-rapport: schema saknas.',
    'import.wrongSchema': 'Schemat {found} stöds inte: pluginet läser "{schema}".',
    'import.missing': '{field} saknas.',
    'import.badEvidence': '{field} är inga belägg som pluginet skrev.',
    'import.badField': '{field} är inte det som en export från VPC Fit skriver där.',
    'import.notObject': `{field} måste vara ett objekt, inte ${KIND.sv}.`,
    'import.notList': `{field} måste vara en lista, inte ${KIND.sv}.`,
    'import.notText': `{field} måste vara text, inte ${KIND.sv}.`,
    'import.tooLong': '{field} är för lång ({length} tecken, högst {max}).',
    'import.empty': '{field} får inte vara tom.',
    'import.notWhole': `{field} måste vara ett heltal, inte ${KIND.sv}.`,
    'import.outOfRange': '{field} måste vara mellan {min} och {max}, inte {value}.',
    'import.notOneOf': '{field} måste vara ett av {options}.',
    'import.notZone': '{field} är inget område på canvasen.',
    'import.notColour': '{field} måste vara en färg som "#FFD966".',
    'import.tooManyLinks': 'För många kopplingar ({count}, högst {max}).',
    'import.reportTooLarge': 'Rapporten är för stor ({length} byte JSON, högst {max}).',
    'import.tooManyStickies': 'För många lappar ({count}, högst {max}).',
    'import.duplicateId': '{field} "{id}" används av mer än en lapp.',
    'import.notDate': '{field} måste vara datum och tid som "2026-11-23T10:00:00.000Z", inte {value}.',
    'import.note.droppedLinks':
      '{count, plural, one {# koppling pekade på lappar som inte finns i filen och togs inte med.} other {# kopplingar pekade på lappar som inte finns i filen och togs inte med.}}',
    'import.note.droppedIds':
      '{count} id i {field} {count, plural, one {är ingen lapp} other {är inga lappar}} i filen och togs inte med.'
  },
  da: {
    'import.notFileText': `Ventede filens tekst, ikke ${KIND.da}.`,
    'import.tooLarge': 'Filen er for stor ({length} tegn, højst {max}).',
    'import.notJson': 'Det her er ikke JSON: tjek, at hele filen kom med.',
    'import.notReport': `Filen skal indeholde en {schema}-rapport, ikke ${KIND.da}.`,
    'import.noSchema': 'Det her er ikke en {schema}-rapport: schema mangler.',
    'import.wrongSchema': 'Skemaet {found} understøttes ikke: pluginnet læser "{schema}".',
    'import.missing': '{field} mangler.',
    'import.badEvidence': '{field} er ikke evidens, som pluginet har skrevet.',
    'import.badField': '{field} er ikke det, som en eksport fra VPC Fit skriver der.',
    'import.notObject': `{field} skal være et objekt, ikke ${KIND.da}.`,
    'import.notList': `{field} skal være en liste, ikke ${KIND.da}.`,
    'import.notText': `{field} skal være tekst, ikke ${KIND.da}.`,
    'import.tooLong': '{field} er for lang ({length} tegn, højst {max}).',
    'import.empty': '{field} må ikke være tom.',
    'import.notWhole': `{field} skal være et heltal, ikke ${KIND.da}.`,
    'import.outOfRange': '{field} skal være mellem {min} og {max}, ikke {value}.',
    'import.notOneOf': '{field} skal være en af {options}.',
    'import.notZone': '{field} er ikke et felt på canvasset.',
    'import.notColour': '{field} skal være en farve som "#FFD966".',
    'import.tooManyLinks': 'For mange forbindelser ({count}, højst {max}).',
    'import.reportTooLarge': 'Rapporten er for stor ({length} byte JSON, højst {max}).',
    'import.tooManyStickies': 'For mange sedler ({count}, højst {max}).',
    'import.duplicateId': '{field} "{id}" bruges af mere end én seddel.',
    'import.notDate': '{field} skal være dato og tid som "2026-11-23T10:00:00.000Z", ikke {value}.',
    'import.note.droppedLinks':
      '{count, plural, one {# forbindelse pegede på sedler, der ikke er i filen, og kom ikke med.} other {# forbindelser pegede på sedler, der ikke er i filen, og kom ikke med.}}',
    'import.note.droppedIds':
      '{count} id i {field} {count, plural, one {er ikke en seddel} other {er ikke sedler}} i filen og kom ikke med.'
  }
})
