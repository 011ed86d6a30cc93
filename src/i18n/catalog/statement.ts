import { defineCatalog } from '../../../contract/i18n/define'

/**
 * Pieces of the value proposition statement and the customer-segment summary that `src/core/statement.ts`
 * puts together for the BMC summary stickies, plus the fit line under the statement.
 *
 * The statement follows the method's fill-in form ("Our <products> help(s) <segment> who want to <job> by
 * <pain reliever> and <gain creator>, unlike <alternative>") and is assembled from these clauses, joined with a
 * space: lead, job, one of both/relievers/creators, then ", " + unlike, then ".".
 *
 * - English agrees the verb with the products: `lead.one` ("helps") or `lead.many` ("help").
 * - Swedish puts the products first with "Med", so no possessive has to agree with an unknown noun's gender
 *   (vår/vårt/våra); `lead.one` and `lead.many` are the same.
 * - Danish "vores" and "hjælper" never inflect; `lead.one` and `lead.many` are the same.
 * Sticky texts are mostly noun phrases ("10-minute workouts"), hence "easing their pains with ..." rather than a
 * bare "by ...".
 */
export const statementCatalog = defineCatalog({
  en: {
    'statement.lead': 'Our {products} {count, plural, one {helps} other {help}} {segment}',
    'statement.job': 'who want to {job}',
    'statement.both': 'by easing their pains with {relievers} and by creating gains with {creators}',
    'statement.relievers': 'by easing their pains with {relievers}',
    'statement.creators': 'by creating gains with {creators}',
    'statement.unlike': 'unlike {competitor}',
    'statement.segmentFallback': 'customers',
    'statement.noProducts':
      'There is no value proposition for {segment} yet: the value map has no products or services.',
    'statement.missing': 'Still missing: {items}.',
    'statement.missing.segment': 'a name for the segment',
    'statement.missing.job': 'a customer job',
    'statement.missing.relievers': 'pain relievers',
    'statement.missing.creators': 'gain creators',
    'statement.and': 'and',
    'statement.segment.jobs': 'Top jobs: {items}',
    'statement.segment.pains': 'Top pains: {items}',
    'statement.segment.gains': 'Top gains: {items}',
    'statement.segment.noJobs': 'Jobs: none yet',
    'statement.segment.noPains': 'Pains: none yet',
    'statement.segment.noGains': 'Gains: none yet',
    'statement.fitLine': 'Fit {score}% ({band}) · {date}',
    'statement.fitLineUndated': 'Fit {score}% ({band})',
    'statement.band.weak': 'weak',
    'statement.band.target': 'on target',
    'statement.band.strong': 'strong'
  },
  sv: {
    'statement.lead': 'Med {products} {count, plural, other {hjälper vi}} {segment}',
    'statement.job': 'som vill {job}',
    'statement.both':
      'genom att lindra deras besvär med {relievers} och genom att ge dem fördelar med {creators}',
    'statement.relievers': 'genom att lindra deras besvär med {relievers}',
    'statement.creators': 'genom att ge dem fördelar med {creators}',
    'statement.unlike': 'till skillnad från {competitor}',
    'statement.segmentFallback': 'kunder',
    'statement.noProducts':
      'Det finns inget värdeerbjudande för {segment} ännu: värdekartan saknar produkter och tjänster.',
    'statement.missing': 'Saknas fortfarande: {items}.',
    'statement.missing.segment': 'ett namn på segmentet',
    'statement.missing.job': 'en kunduppgift',
    'statement.missing.relievers': 'besvärsdämpare',
    'statement.missing.creators': 'fördelsskapare',
    'statement.and': 'och',
    'statement.segment.jobs': 'Viktigaste uppgifter: {items}',
    'statement.segment.pains': 'Största besvär: {items}',
    'statement.segment.gains': 'Viktigaste fördelar: {items}',
    'statement.segment.noJobs': 'Uppgifter: inga ännu',
    'statement.segment.noPains': 'Besvär: inga ännu',
    'statement.segment.noGains': 'Fördelar: inga ännu',
    'statement.fitLine': 'Matchning {score}\u00a0% ({band}) · {date}',
    'statement.fitLineUndated': 'Matchning {score}\u00a0% ({band})',
    'statement.band.weak': 'svag',
    'statement.band.target': 'inom målet',
    'statement.band.strong': 'stark'
  },
  da: {
    'statement.lead': 'Vores {products} {count, plural, other {hjælper}} {segment}',
    'statement.job': 'som gerne vil {job}',
    'statement.both':
      'ved at lindre deres smerter med {relievers} og ved at skabe gevinster for dem med {creators}',
    'statement.relievers': 'ved at lindre deres smerter med {relievers}',
    'statement.creators': 'ved at skabe gevinster for dem med {creators}',
    'statement.unlike': 'i modsætning til {competitor}',
    'statement.segmentFallback': 'kunder',
    'statement.noProducts':
      'Der er endnu intet værditilbud til {segment}: værdikortet har ingen produkter eller services.',
    'statement.missing': 'Mangler stadig: {items}.',
    'statement.missing.segment': 'et navn på segmentet',
    'statement.missing.job': 'en kundeopgave',
    'statement.missing.relievers': 'smertelindrere',
    'statement.missing.creators': 'gevinstskabere',
    'statement.and': 'og',
    'statement.segment.jobs': 'Vigtigste opgaver: {items}',
    'statement.segment.pains': 'Største smerter: {items}',
    'statement.segment.gains': 'Vigtigste gevinster: {items}',
    'statement.segment.noJobs': 'Opgaver: ingen endnu',
    'statement.segment.noPains': 'Smerter: ingen endnu',
    'statement.segment.noGains': 'Gevinster: ingen endnu',
    'statement.fitLine': 'Match {score}\u00a0% ({band}) · {date}',
    'statement.fitLineUndated': 'Match {score}\u00a0% ({band})',
    'statement.band.weak': 'svag',
    'statement.band.target': 'inden for målet',
    'statement.band.strong': 'stærk'
  }
})
