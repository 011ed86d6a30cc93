import { defineCatalog } from '../../contract/i18n/define'

/**
 * The checklist: one criterion per item (`checklist.item.<key>`), and for the items the board decides, the
 * verdict's numbers (`checklist.detail.<key>`). Item keys are the `ChecklistResult.key`s the checklist engine
 * computes. Details are phrased as "label: numbers" so they read correctly whatever the count (no plural forms).
 *
 * Percent: "62%" in English, "62 %" with a no-break space in Swedish and Danish.
 */
export const checklistCatalog = defineCatalog({
  en: {
    'checklist.group.customerProfile': 'Customer profile',
    'checklist.group.valueMap': 'Value map',
    'checklist.group.fit': 'Fit',

    'checklist.item.cp.socialEmotionalJobs':
      'Jobs include social and emotional ones, not only practical tasks',
    'checklist.item.cp.concrete':
      'Pains and gains are specific, measurable where possible, not vague adjectives',
    'checklist.item.cp.ranked': 'Jobs, pains and gains are put in order of importance',
    'checklist.item.cp.evidence': 'The profile rests on interviews and observation, not on guesses',
    'checklist.item.cp.enoughItems': 'Each customer zone has enough stickies to say something',
    'checklist.item.vm.productsListed': 'The products and services of the offer are on the map',
    'checklist.item.vm.relieversTied': 'Every pain reliever is connected to a pain it eases',
    'checklist.item.vm.creatorsTied': 'Every gain creator is connected to a gain it brings',
    'checklist.item.vm.topAddressed':
      'The most important pain and the most important gain both get an answer',
    'checklist.item.vm.focus': 'The offer does a few things extremely well instead of everything',
    'checklist.item.vm.emotionalSocial': 'The offer also serves social and emotional jobs',
    'checklist.item.vm.successMeasures': 'It matches the way customers themselves measure success',
    'checklist.item.vm.hardToCopy': 'It is hard to copy and beats the alternatives on at least one point',
    'checklist.item.vm.businessModel': 'It fits a business model that can work',
    'checklist.item.fit.problemSolution':
      'Problem–solution fit: on paper, the offer answers real jobs, pains and gains',
    'checklist.item.fit.productMarket':
      'Product–market fit: customers show by what they do that they want it',
    'checklist.item.fit.businessModel': 'Business model fit: the offer can be delivered at a profit',
    'checklist.item.fit.hypotheses': 'The riskiest assumptions are written as hypotheses a test can settle',

    'checklist.detail.cp.ranked': 'Ranked: {ranked} of {total} customer zones with stickies',
    'checklist.detail.cp.enoughItems': 'Jobs: {jobs} · pains: {pains} · gains: {gains}',
    'checklist.detail.vm.productsListed': 'Products and services on the map: {count}',
    'checklist.detail.vm.relieversTied': 'Pain relievers tied to a pain: {tied} of {total}',
    'checklist.detail.vm.creatorsTied': 'Gain creators tied to a gain: {tied} of {total}',
    'checklist.detail.vm.topAddressed': 'Top pain and top gain with a link: {addressed} of {total}',
    'checklist.detail.fit.problemSolution': 'Fit on the board: {score}% (aim for 50–70%)',
    'checklist.detail.cp.evidence': 'Backed by customers: {share}% of the profile',
    'checklist.detail.fit.productMarket': 'Fit backed by evidence: {score}%',
    'checklist.detail.fit.hypotheses': 'Riskiest assumptions with a test card: {tested} of {total}'
  },
  sv: {
    'checklist.group.customerProfile': 'Kundprofil',
    'checklist.group.valueMap': 'Värdekarta',
    'checklist.group.fit': 'Matchning',

    'checklist.item.cp.socialEmotionalJobs':
      'Bland uppgifterna finns sociala och känslomässiga, inte bara praktiska',
    'checklist.item.cp.concrete': 'Besvär och fördelar är konkreta och helst mätbara, inte vaga adjektiv',
    'checklist.item.cp.ranked': 'Uppgifter, besvär och fördelar är rangordnade efter hur viktiga de är',
    'checklist.item.cp.evidence': 'Profilen bygger på intervjuer och observationer, inte på gissningar',
    'checklist.item.cp.enoughItems': 'Varje kundzon har tillräckligt många lappar för att säga något',
    'checklist.item.vm.productsListed': 'Erbjudandets produkter och tjänster finns på kartan',
    'checklist.item.vm.relieversTied': 'Varje besvärsdämpare är kopplad till ett besvär som den lindrar',
    'checklist.item.vm.creatorsTied': 'Varje fördelsskapare är kopplad till en fördel som den ger',
    'checklist.item.vm.topAddressed': 'Både det viktigaste besväret och den viktigaste fördelen får ett svar',
    'checklist.item.vm.focus': 'Erbjudandet gör ett fåtal saker riktigt bra i stället för allt',
    'checklist.item.vm.emotionalSocial': 'Erbjudandet tar också hand om sociala och känslomässiga uppgifter',
    'checklist.item.vm.successMeasures': 'Det stämmer med hur kunderna själva mäter framgång',
    'checklist.item.vm.hardToCopy': 'Det är svårt att kopiera och slår alternativen på minst en punkt',
    'checklist.item.vm.businessModel': 'Det går att bygga en fungerande affärsmodell kring det',
    'checklist.item.fit.problemSolution':
      'Problem–lösning: på papperet svarar erbjudandet mot verkliga uppgifter, besvär och fördelar',
    'checklist.item.fit.productMarket': 'Produkt–marknad: kunderna visar genom vad de gör att de vill ha det',
    'checklist.item.fit.businessModel': 'Affärsmodell: erbjudandet går att leverera med lönsamhet',
    'checklist.item.fit.hypotheses':
      'De mest riskfyllda antagandena är formulerade som hypoteser som kan testas',

    'checklist.detail.cp.ranked': 'Rangordnade: {ranked} av {total} kundzoner med lappar',
    'checklist.detail.cp.enoughItems': 'Uppgifter: {jobs} · besvär: {pains} · fördelar: {gains}',
    'checklist.detail.vm.productsListed': 'Produkter och tjänster på kartan: {count}',
    'checklist.detail.vm.relieversTied': 'Besvärsdämpare kopplade till ett besvär: {tied} av {total}',
    'checklist.detail.vm.creatorsTied': 'Fördelsskapare kopplade till en fördel: {tied} av {total}',
    'checklist.detail.vm.topAddressed':
      'Högst rankade besvär och fördel med koppling: {addressed} av {total}',
    'checklist.detail.fit.problemSolution': 'Matchning på tavlan: {score}\u00a0% (sikta på 50–70\u00a0%)',
    'checklist.detail.cp.evidence': 'Belagt av kunder: {share}\u00a0% av profilen',
    'checklist.detail.fit.productMarket': 'Matchning med belägg: {score}\u00a0%',
    'checklist.detail.fit.hypotheses': 'Mest riskfyllda antaganden med testkort: {tested} av {total}'
  },
  da: {
    'checklist.group.customerProfile': 'Kundeprofil',
    'checklist.group.valueMap': 'Værdikort',
    'checklist.group.fit': 'Match',

    'checklist.item.cp.socialEmotionalJobs':
      'Opgaverne omfatter sociale og følelsesmæssige, ikke kun praktiske',
    'checklist.item.cp.concrete': 'Smerter og gevinster er konkrete og helst målbare, ikke vage tillægsord',
    'checklist.item.cp.ranked': 'Opgaver, smerter og gevinster er prioriteret efter vigtighed',
    'checklist.item.cp.evidence': 'Profilen bygger på interviews og observationer, ikke på gætværk',
    'checklist.item.cp.enoughItems': 'Hver kundezone har sedler nok til at sige noget',
    'checklist.item.vm.productsListed': 'Tilbuddets produkter og services står på kortet',
    'checklist.item.vm.relieversTied': 'Hver smertelindrer er forbundet med en smerte, den lindrer',
    'checklist.item.vm.creatorsTied': 'Hver gevinstskaber er forbundet med en gevinst, den giver',
    'checklist.item.vm.topAddressed': 'Både den vigtigste smerte og den vigtigste gevinst får et svar',
    'checklist.item.vm.focus': 'Tilbuddet gør få ting rigtig godt i stedet for at gøre det hele',
    'checklist.item.vm.emotionalSocial': 'Tilbuddet tager også hånd om sociale og følelsesmæssige opgaver',
    'checklist.item.vm.successMeasures': 'Det passer til den måde, kunderne selv måler succes på',
    'checklist.item.vm.hardToCopy': 'Det er svært at kopiere og slår alternativerne på mindst ét punkt',
    'checklist.item.vm.businessModel': 'Det kan bæres af en forretningsmodel, der hænger sammen',
    'checklist.item.fit.problemSolution':
      'Problem–løsning: på papiret svarer tilbuddet på reelle opgaver, smerter og gevinster',
    'checklist.item.fit.productMarket': 'Produkt–marked: kunderne viser med det, de gør, at de vil have det',
    'checklist.item.fit.businessModel': 'Forretningsmodel: tilbuddet kan leveres med overskud',
    'checklist.item.fit.hypotheses': 'De mest risikable antagelser er skrevet som hypoteser, der kan testes',

    'checklist.detail.cp.ranked': 'Prioriteret: {ranked} af {total} kundezoner med sedler',
    'checklist.detail.cp.enoughItems': 'Opgaver: {jobs} · smerter: {pains} · gevinster: {gains}',
    'checklist.detail.vm.productsListed': 'Produkter og services på kortet: {count}',
    'checklist.detail.vm.relieversTied': 'Smertelindrere forbundet med en smerte: {tied} af {total}',
    'checklist.detail.vm.creatorsTied': 'Gevinstskabere forbundet med en gevinst: {tied} af {total}',
    'checklist.detail.vm.topAddressed':
      'Højest rangerede smerte og gevinst med forbindelse: {addressed} af {total}',
    'checklist.detail.fit.problemSolution': 'Match på tavlen: {score}\u00a0% (sigt efter 50–70\u00a0%)',
    'checklist.detail.cp.evidence': 'Bekræftet af kunder: {share}\u00a0% af profilen',
    'checklist.detail.fit.productMarket': 'Match med belæg: {score}\u00a0%',
    'checklist.detail.fit.hypotheses': 'Mest risikable antagelser med testkort: {tested} af {total}'
  }
})
