import { defineCatalog } from '../../../contract/i18n/define'

/**
 * What happens at the plugin's size limits (`contract/limits.ts`), and what an import cannot bring back: short, with
 * the numbers, no API wording.
 */
export const limitsCatalog = defineCatalog({
  en: {
    'limits.tooManyStickies':
      'This canvas has {count} stickies; VPC Fit stores up to {max}. Nothing was stored.',
    'limits.tooManyLinks':
      'This canvas has {count} connectors; VPC Fit stores up to {max}. Nothing was stored.',
    'limits.tooLarge':
      'This canvas holds {size} MB of text; VPC Fit stores up to {max} MB. Nothing was stored.',
    'limits.exportTooManyStickies': 'This canvas has {count} stickies; exports hold up to {max}.',
    'limits.exportTooManyLinks': 'This canvas has {count} connectors; exports hold up to {max}.',
    'limits.exportTooLarge': 'This canvas holds {size} MB of text; exports hold up to {max} MB.',
    'limits.nameTooLong': 'That name is too long ({count} characters, at most {max}). Nothing was drawn.',
    'limits.storeFailed': 'FigJam could not store the data, so nothing was changed. Try again in a moment.',
    'imported.votesChanged':
      'Imported {count} stickies. Plugins cannot place the {votes} votes: fit {after}%, was {before}%.',
    'imported.votesKept':
      'Imported {count} stickies. Plugins cannot place the {votes} votes; ranks and fit {score}% hold.',
    'imported.votesReranked':
      'Imported {count} stickies. Plugins cannot place the {votes} votes: {moved} change rank, fit {score}% holds.'
  },
  sv: {
    'limits.tooManyStickies': 'Canvasen har {count} lappar; VPC Fit sparar högst {max}. Inget sparades.',
    'limits.tooManyLinks': 'Canvasen har {count} kopplingar; VPC Fit sparar högst {max}. Inget sparades.',
    'limits.tooLarge': 'Canvasen rymmer {size} MB text; VPC Fit sparar högst {max} MB. Inget sparades.',
    'limits.exportTooManyStickies': 'Canvasen har {count} lappar; en export rymmer högst {max}.',
    'limits.exportTooManyLinks': 'Canvasen har {count} kopplingar; en export rymmer högst {max}.',
    'limits.exportTooLarge': 'Canvasen rymmer {size} MB text; en export rymmer högst {max} MB.',
    'limits.nameTooLong': 'Namnet är för långt ({count} tecken, högst {max}). Inget ritades.',
    'limits.storeFailed': 'FigJam kunde inte spara uppgifterna, så inget ändrades. Försök igen om en stund.',
    'imported.votesChanged':
      'Importerade {count} lappar. Tillägg kan inte sätta de {votes} rösterna: matchning {after}\u00a0%, var {before}\u00a0%.',
    'imported.votesKept':
      'Importerade {count} lappar. Tillägg kan inte sätta de {votes} rösterna; rang och matchning {score}\u00a0% står sig.',
    'imported.votesReranked':
      'Importerade {count} lappar. Tillägg kan inte sätta de {votes} rösterna: {moved} byter rang, matchning {score}\u00a0% står sig.'
  },
  da: {
    'limits.tooManyStickies': 'Canvasset har {count} sedler; VPC Fit gemmer højst {max}. Intet blev gemt.',
    'limits.tooManyLinks': 'Canvasset har {count} forbindelser; VPC Fit gemmer højst {max}. Intet blev gemt.',
    'limits.tooLarge': 'Canvasset rummer {size} MB tekst; VPC Fit gemmer højst {max} MB. Intet blev gemt.',
    'limits.exportTooManyStickies': 'Canvasset har {count} sedler; en eksport rummer højst {max}.',
    'limits.exportTooManyLinks': 'Canvasset har {count} forbindelser; en eksport rummer højst {max}.',
    'limits.exportTooLarge': 'Canvasset rummer {size} MB tekst; en eksport rummer højst {max} MB.',
    'limits.nameTooLong': 'Navnet er for langt ({count} tegn, højst {max}). Intet blev tegnet.',
    'limits.storeFailed': 'FigJam kunne ikke gemme dataene, så intet blev ændret. Prøv igen om lidt.',
    'imported.votesChanged':
      'Importerede {count} sedler. Plugins kan ikke sætte de {votes} stemmer: match {after}\u00a0%, var {before}\u00a0%.',
    'imported.votesKept':
      'Importerede {count} sedler. Plugins kan ikke sætte de {votes} stemmer; rang og match {score}\u00a0% holder.',
    'imported.votesReranked':
      'Importerede {count} sedler. Plugins kan ikke sætte de {votes} stemmer: {moved} skifter rang, match {score}\u00a0% holder.'
  }
})
