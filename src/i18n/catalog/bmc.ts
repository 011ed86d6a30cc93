import { defineCatalog } from '../../../contract/i18n/define'

/**
 * Text drawn on the Business Model Canvas: the nine block labels (`bmc.block.<BmcBlockKey>`), the section name,
 * the title and the CC BY-SA credit. Guiding questions per block live in `src/i18n/questions.ts`.
 *
 * Like the VPC, the tool keeps its English name in the section name in every locale (the Danish seed calls it
 * "Business Model Canvas" too); the title under it says what it is in the team's language.
 */
export const bmcCatalog = defineCatalog({
  en: {
    'bmc.block.keyPartners': 'Key partners',
    'bmc.block.keyActivities': 'Key activities',
    'bmc.block.keyResources': 'Key resources',
    'bmc.block.valuePropositions': 'Value propositions',
    'bmc.block.customerRelationships': 'Customer relationships',
    'bmc.block.channels': 'Channels',
    'bmc.block.customerSegments': 'Customer segments',
    'bmc.block.costStructure': 'Cost structure',
    'bmc.block.revenueStreams': 'Revenue streams',
    'bmc.name': 'Business Model Canvas',
    'bmc.title': 'Business Model Canvas: how we create, deliver and capture value',
    'bmc.credit':
      'The Business Model Canvas is by Strategyzer AG (strategyzer.com), ' +
      'licensed under CC BY-SA 4.0 (creativecommons.org/licenses/by-sa/4.0)'
  },
  sv: {
    'bmc.block.keyPartners': 'Nyckelpartner',
    'bmc.block.keyActivities': 'Nyckelaktiviteter',
    'bmc.block.keyResources': 'Nyckelresurser',
    'bmc.block.valuePropositions': 'Värdeerbjudanden',
    'bmc.block.customerRelationships': 'Kundrelationer',
    'bmc.block.channels': 'Kanaler',
    'bmc.block.customerSegments': 'Kundsegment',
    'bmc.block.costStructure': 'Kostnadsstruktur',
    'bmc.block.revenueStreams': 'Intäktsströmmar',
    'bmc.name': 'Business Model Canvas',
    'bmc.title': 'Business Model Canvas: hur vi skapar, levererar och tar betalt för värde',
    'bmc.credit':
      'Business Model Canvas är framtagen av Strategyzer AG (strategyzer.com) ' +
      'och licensierad under CC BY-SA 4.0 (creativecommons.org/licenses/by-sa/4.0)'
  },
  da: {
    'bmc.block.keyPartners': 'Nøglepartnere',
    'bmc.block.keyActivities': 'Nøgleaktiviteter',
    'bmc.block.keyResources': 'Nøgleressourcer',
    'bmc.block.valuePropositions': 'Værditilbud',
    'bmc.block.customerRelationships': 'Kunderelationer',
    'bmc.block.channels': 'Kanaler',
    'bmc.block.customerSegments': 'Kundesegmenter',
    'bmc.block.costStructure': 'Omkostningsstruktur',
    'bmc.block.revenueStreams': 'Indtægtsstrømme',
    'bmc.name': 'Business Model Canvas',
    'bmc.title': 'Business Model Canvas: sådan skaber og leverer vi værdi – og tjener penge på den',
    'bmc.credit':
      'Business Model Canvas er udviklet af Strategyzer AG (strategyzer.com) ' +
      'og licenseret under CC BY-SA 4.0 (creativecommons.org/licenses/by-sa/4.0)'
  }
})
