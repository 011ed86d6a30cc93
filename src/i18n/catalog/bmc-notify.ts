import { defineCatalog } from '../../../contract/i18n/define'

/**
 * Notifications of the two Business Model Canvas commands (insert-bmc, bmc-summary): one short sentence each,
 * FigJam shows about 100 characters. `{blocks}` and `{block}` are block labels from `bmc.block.*`.
 */
export const bmcNotifyCatalog = defineCatalog({
  en: {
    'bmcNotify.inserted': 'Inserted a Business Model Canvas. Run the BMC summary to fill it from a canvas.',
    'bmcNotify.fontFailed': 'Could not load the Inter font, so nothing was drawn. Try again in a moment.',
    'bmcNotify.noCanvas': 'No Value Proposition Canvas on this page to summarise. Insert one first.',
    'bmcNotify.chooseCanvas': 'This page has several canvases: select one, then run the BMC summary again.',
    'bmcNotify.canvasGone': 'That canvas is no longer on this page.',
    'bmcNotify.noBmc': 'No Business Model Canvas on this page yet. Insert one beside the canvas?',
    'bmcNotify.insertButton': 'Insert BMC',
    'bmcNotify.written': 'Summary of {segment} written to {blocks}.',
    'bmcNotify.updated': 'Summary of {segment} updated in {blocks}.',
    'bmcNotify.insertedWritten': 'Inserted a BMC; summary of {segment} written to {blocks}.',
    'bmcNotify.and': 'and',
    'bmcNotify.missingBlock': 'No {block} block found, so that sticky was not written.',
    'bmcNotify.blockFull': '{block} is full: the sticky is just below it.',
    'bmcNotify.keptEdited': 'Your edited sticky in {block} was kept; the new one is beside it.',
    'bmcNotify.keptFont': 'A sticky in {block} uses a font that could not load, so a new one is beside it.'
  },
  sv: {
    'bmcNotify.inserted':
      'Business Model Canvas infogad. Kör BMC-sammanfattningen för att fylla den från en canvas.',
    'bmcNotify.fontFailed':
      'Typsnittet Inter gick inte att läsa in, så inget ritades. Försök igen om en stund.',
    'bmcNotify.noCanvas': 'Det finns ingen Value Proposition Canvas att sammanfatta här. Infoga en först.',
    'bmcNotify.chooseCanvas': 'Sidan har flera canvasar: markera en och kör BMC-sammanfattningen igen.',
    'bmcNotify.canvasGone': 'Den canvasen finns inte längre på sidan.',
    'bmcNotify.noBmc': 'Det finns ingen Business Model Canvas på sidan än. Infoga en bredvid canvasen?',
    'bmcNotify.insertButton': 'Infoga BMC',
    'bmcNotify.written': 'Sammanfattningen av {segment} skrevs i {blocks}.',
    'bmcNotify.updated': 'Sammanfattningen av {segment} uppdaterades i {blocks}.',
    'bmcNotify.insertedWritten': 'BMC infogad; sammanfattningen av {segment} skrevs i {blocks}.',
    'bmcNotify.and': 'och',
    'bmcNotify.missingBlock': 'Hittade inget block för {block}, så den lappen skrevs inte.',
    'bmcNotify.blockFull': '{block} är fullt: lappen ligger strax under.',
    'bmcNotify.keptEdited': 'Din ändrade lapp i {block} fick vara kvar; den nya ligger bredvid.',
    'bmcNotify.keptFont':
      'En lapp i {block} har ett typsnitt som inte gick att läsa in, så den nya ligger bredvid.'
  },
  da: {
    'bmcNotify.inserted':
      'Business Model Canvas indsat. Kør BMC-opsummeringen for at udfylde den fra et canvas.',
    'bmcNotify.fontFailed': 'Skrifttypen Inter kunne ikke indlæses, så intet blev tegnet. Prøv igen om lidt.',
    'bmcNotify.noCanvas': 'Der er intet Value Proposition Canvas at opsummere her. Indsæt et først.',
    'bmcNotify.chooseCanvas': 'Siden har flere canvas: vælg ét, og kør BMC-opsummeringen igen.',
    'bmcNotify.canvasGone': 'Det canvas findes ikke længere på siden.',
    'bmcNotify.noBmc':
      'Der er ikke noget Business Model Canvas på siden endnu. Indsæt et ved siden af canvasset?',
    'bmcNotify.insertButton': 'Indsæt BMC',
    'bmcNotify.written': 'Opsummeringen af {segment} er skrevet i {blocks}.',
    'bmcNotify.updated': 'Opsummeringen af {segment} er opdateret i {blocks}.',
    'bmcNotify.insertedWritten': 'BMC indsat; opsummeringen af {segment} er skrevet i {blocks}.',
    'bmcNotify.and': 'og',
    'bmcNotify.missingBlock': 'Fandt ingen blok til {block}, så den seddel blev ikke skrevet.',
    'bmcNotify.blockFull': '{block} er fuld: sedlen ligger lige under den.',
    'bmcNotify.keptEdited': 'Din redigerede seddel i {block} blev ikke rørt; den nye ligger ved siden af.',
    'bmcNotify.keptFont':
      'En seddel i {block} bruger en skrifttype, der ikke kunne indlæses, så den nye ligger ved siden af.'
  }
})
