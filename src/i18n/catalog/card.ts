import { defineCatalog } from '../../../contract/i18n/define'

/**
 * The fit card Check fit draws on each canvas, in the canvas's language: three short lines the room reads from a
 * distance. Band words are the notification's (`notify.band.*`), zone names the canvas's short ones.
 */
export const cardCatalog = defineCatalog({
  en: {
    'card.name': 'VPC Fit · fit card',
    'card.fit': 'Fit {score}%',
    'card.backed': 'backed by evidence {score}%',
    'card.zone': '{zone} {value}%',
    'card.zoneEmpty': '{zone} empty',
    'card.empty': 'No fit yet: start with the customer’s jobs',
    'card.damaged': 'No fit score: repair the canvas in VPC Fit',
    'card.checked': 'Checked {day} {month} {year}, {hours}:{minutes}',
    'card.month.1': 'Jan',
    'card.month.2': 'Feb',
    'card.month.3': 'Mar',
    'card.month.4': 'Apr',
    'card.month.5': 'May',
    'card.month.6': 'Jun',
    'card.month.7': 'Jul',
    'card.month.8': 'Aug',
    'card.month.9': 'Sep',
    'card.month.10': 'Oct',
    'card.month.11': 'Nov',
    'card.month.12': 'Dec'
  },
  sv: {
    'card.name': 'VPC Fit · matchningskort',
    'card.fit': 'Matchning {score}\u00a0%',
    'card.backed': 'med belägg {score}\u00a0%',
    'card.zone': '{zone} {value}\u00a0%',
    'card.zoneEmpty': '{zone} tom',
    'card.empty': 'Ingen matchning än: börja med kundens uppgifter',
    'card.damaged': 'Ingen matchningsgrad: laga canvasen i VPC Fit',
    'card.checked': 'Kontrollerad {day} {month} {year} kl. {hours}.{minutes}',
    'card.month.1': 'jan.',
    'card.month.2': 'feb.',
    'card.month.3': 'mars',
    'card.month.4': 'apr.',
    'card.month.5': 'maj',
    'card.month.6': 'juni',
    'card.month.7': 'juli',
    'card.month.8': 'aug.',
    'card.month.9': 'sep.',
    'card.month.10': 'okt.',
    'card.month.11': 'nov.',
    'card.month.12': 'dec.'
  },
  da: {
    'card.name': 'VPC Fit · matchkort',
    'card.fit': 'Match {score}\u00a0%',
    'card.backed': 'med belæg {score}\u00a0%',
    'card.zone': '{zone} {value}\u00a0%',
    'card.zoneEmpty': '{zone} tom',
    'card.empty': 'Intet match endnu: begynd med kundens opgaver',
    'card.damaged': 'Ingen matchgrad: reparér canvasset i VPC Fit',
    'card.checked': 'Tjekket {day}. {month} {year} kl. {hours}.{minutes}',
    'card.month.1': 'jan.',
    'card.month.2': 'feb.',
    'card.month.3': 'mar.',
    'card.month.4': 'apr.',
    'card.month.5': 'maj',
    'card.month.6': 'jun.',
    'card.month.7': 'jul.',
    'card.month.8': 'aug.',
    'card.month.9': 'sep.',
    'card.month.10': 'okt.',
    'card.month.11': 'nov.',
    'card.month.12': 'dec.'
  }
})
