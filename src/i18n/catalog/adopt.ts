import { defineCatalog } from '../../../contract/i18n/define'

/** Adopting a canvas people drew: what was understood, and why a selection is not a canvas. */
export const adoptCatalog = defineCatalog({
  en: {
    'adopt.nothingSelected':
      'Select a drawn canvas first: its section, its group, or all of its shapes and labels.',
    'adopt.tooLarge':
      'That selection is too large to be one canvas. Select only the drawing you want to adopt.',
    'adopt.empty': 'That section is empty: there is no drawing in it to adopt.',
    'adopt.ownCanvas': 'That is already a VPC Fit canvas: Check fit works on it as it is.',
    'adopt.already': 'This drawing is already adopted: Check fit and the panel work on it.',
    'adopt.bmc':
      'That looks like a Business Model Canvas, not a Value Proposition Canvas. Nothing was adopted.',
    'adopt.noLabels':
      'No canvas zone labels (Pains, Gains, Customer jobs…) in the selection: it is not a canvas.',
    'adopt.image': 'The zone names in a picture cannot be read. Type the six zone names on it as text, then adopt.',
    'adopt.design': 'Shapes pasted from Figma Design are not read: use FigJam shapes and text labels, then adopt.',
    'adopt.strokes': 'Marker strokes are not read as zones: type the six zone names as text beside them, then adopt.',
    'adopt.note.byLabels':
      'Adopted by its labels (drawn lines are not read): {placed} stickies in zones, {unplaced} unplaced · fit {score}%',
    'adopt.several': 'The selection holds more than one canvas: adopt one drawing at a time.',
    'adopt.missingSide.valueMap': 'Found {found} but no value map: select the whole drawing.',
    'adopt.missingSide.customerProfile': 'Found {found} but no customer profile: select the whole drawing.',
    'adopt.missingZones': 'Found {found} but not {missing}: select the whole drawing or add the label.',
    'adopt.missingZones.counted': 'Found {found} of the 6 zone labels: select the whole drawing or add the missing ones.',
    'adopt.adopted':
      'Adopted the drawing: {placed} stickies in its zones, {unplaced} unplaced · fit {score}%',
    'adopt.list.and': '{first} and {last}',
    'adopt.lost': 'Cannot find {zones} any more: a label or shape is gone. Put it back or undo.',
    'adopt.lostCount': '{count} zones can no longer be found: labels or shapes are gone. Put them back or undo.',
    'adopt.lostHeadline':
      'Cannot find {zone, select, jobs {Customer jobs} pains {Pains} gains {Gains} products {Products & services} painRelievers {Pain relievers} other {Gain creators}} any more: its label or shape is gone. Fit counts the other zones.',
    'adopt.noRedraw': 'Nothing to repair: this canvas was drawn by hand, so the plugin never redraws it.',
    'adopt.twice': 'Found {zones} twice, so the zone is unclear: select one drawing or delete a copy.',
    'adopt.twice.counted': '{count} zones are labelled twice: select only one drawing or delete the extra labels.',
    'adopt.wrongSide.valueMap': 'The {zones} label is inside the value map: move it to the customer profile, then adopt.',
    'adopt.wrongSide.customerProfile': 'The {zones} label is inside the customer profile: move it to the value map, then adopt.',
    'adopt.wrongSide.counted.valueMap': '{count} customer profile labels are inside the value map: move them out, then adopt.',
    'adopt.wrongSide.counted.customerProfile': '{count} value map labels are inside the customer profile: move them out, then adopt.'
  },
  sv: {
    'adopt.nothingSelected':
      'Markera en ritad canvas först: dess sektion, dess grupp eller alla dess former och etiketter.',
    'adopt.tooLarge':
      'Markeringen är för stor för att vara en canvas. Markera bara ritningen du vill ta över.',
    'adopt.empty': 'Sektionen är tom: det finns ingen ritning i den att ta över.',
    'adopt.ownCanvas': 'Det är redan en VPC Fit-canvas: Kontrollera passform fungerar på den som den är.',
    'adopt.already': 'Ritningen är redan övertagen: Kontrollera passform och panelen fungerar på den.',
    'adopt.bmc':
      'Det ser ut som en Business Model Canvas, inte en Value Proposition Canvas. Inget togs över.',
    'adopt.noLabels':
      'Inga zonetiketter (Besvär, Fördelar, Kundens uppgifter…) i markeringen: det är ingen canvas.',
    'adopt.image': 'Zonnamn i en bild går inte att läsa. Skriv de sex zonnamnen som text på den och ta över igen.',
    'adopt.design': 'Former från Figma Design läses inte: använd FigJam-former och textetiketter, ta sedan över.',
    'adopt.strokes': 'Penndrag läses inte som zoner: skriv de sex zonnamnen som text bredvid dem och ta över igen.',
    'adopt.note.byLabels':
      'Övertagen efter etiketterna (streck läses inte): {placed} i zonerna, {unplaced} utanför · passform {score}\u00a0%',
    'adopt.several': 'Markeringen rymmer mer än en canvas: ta över en ritning i taget.',
    'adopt.missingSide.valueMap': 'Hittade {found} men ingen värdekarta: markera hela ritningen.',
    'adopt.missingSide.customerProfile': 'Hittade {found} men ingen kundprofil: markera hela ritningen.',
    'adopt.missingZones':
      'Hittade {found} men inte {missing}: markera hela ritningen eller lägg till etiketten.',
    'adopt.missingZones.counted': 'Hittade {found} av de 6 zonetiketterna: markera hela ritningen eller lägg till resten.',
    'adopt.adopted':
      'Ritningen övertagen: {placed} lappar i zonerna, {unplaced} utanför · passform {score}\u00a0%',
    'adopt.list.and': '{first} och {last}',
    'adopt.lost': 'Hittar inte {zones} längre: en etikett eller form saknas. Sätt tillbaka eller ångra.',
    'adopt.lostCount': '{count} zoner går inte längre att hitta: etiketter eller former saknas. Sätt tillbaka eller ångra.',
    'adopt.lostHeadline':
      'Hittar inte {zone, select, jobs {Kundens uppgifter} pains {Besvär} gains {Fördelar} products {Produkter och tjänster} painRelievers {Besvärsdämpare} other {Fördelsskapare}}: etikett eller form saknas. Matchningen räknar övriga zoner.',
    'adopt.noRedraw': 'Inget att laga: canvasen är ritad för hand, så tillägget ritar aldrig om den.',
    'adopt.twice': '{zones} står två gånger, så zonen är oklar: markera en ritning eller ta bort en.',
    'adopt.twice.counted': '{count} zoner har två etiketter: markera bara en ritning eller ta bort de extra.',
    'adopt.wrongSide.valueMap': 'Etiketten {zones} står i värdekartan: flytta den till kundprofilen och ta över igen.',
    'adopt.wrongSide.customerProfile': 'Etiketten {zones} står i kundprofilen: flytta den till värdekartan och ta över igen.',
    'adopt.wrongSide.counted.valueMap': '{count} etiketter från kundprofilen står i värdekartan: flytta ut dem och ta över igen.',
    'adopt.wrongSide.counted.customerProfile': '{count} etiketter från värdekartan står i kundprofilen: flytta ut dem och ta över igen.'
  },
  da: {
    'adopt.nothingSelected':
      'Vælg først et tegnet canvas: dets sektion, dets gruppe eller alle dets figurer og etiketter.',
    'adopt.tooLarge': 'Markeringen er for stor til at være ét canvas. Vælg kun den tegning, du vil overtage.',
    'adopt.empty': 'Sektionen er tom: der er ingen tegning i den at overtage.',
    'adopt.ownCanvas': 'Det er allerede et VPC Fit-canvas: Tjek fit virker på det, som det er.',
    'adopt.already': 'Tegningen er allerede overtaget: Tjek fit og panelet virker på den.',
    'adopt.bmc':
      'Det ligner et Business Model Canvas, ikke et Value Proposition Canvas. Intet blev overtaget.',
    'adopt.noLabels':
      'Ingen zoneetiketter (Smerter, Gevinster, Kundeopgaver…) i markeringen: det er ikke et canvas.',
    'adopt.image': 'Zonenavne i et billede kan ikke læses. Skriv de seks zonenavne som tekst på det, og overtag igen.',
    'adopt.design': 'Figurer fra Figma Design læses ikke: brug FigJam-figurer og tekstetiketter, og overtag så.',
    'adopt.strokes': 'Pennestrøg læses ikke som zoner: skriv de seks zonenavne som tekst ved siden af, og overtag igen.',
    'adopt.note.byLabels':
      'Overtaget efter etiketterne (streger læses ikke): {placed} i zonerne, {unplaced} udenfor · fit {score}\u00a0%',
    'adopt.several': 'Markeringen rummer mere end ét canvas: overtag én tegning ad gangen.',
    'adopt.missingSide.valueMap': 'Fandt {found} men intet værdikort: vælg hele tegningen.',
    'adopt.missingSide.customerProfile': 'Fandt {found} men ingen kundeprofil: vælg hele tegningen.',
    'adopt.missingZones': 'Fandt {found} men ikke {missing}: vælg hele tegningen eller tilføj etiketten.',
    'adopt.missingZones.counted': 'Fandt {found} af de 6 zoneetiketter: vælg hele tegningen eller tilføj de manglende.',
    'adopt.adopted': 'Tegningen er overtaget: {placed} sedler i zonerne, {unplaced} udenfor · fit {score}\u00a0%',
    'adopt.list.and': '{first} og {last}',
    'adopt.lost': 'Finder ikke {zones} længere: en etiket eller form mangler. Sæt tilbage eller fortryd.',
    'adopt.lostCount': '{count} zoner kan ikke længere findes: etiketter eller former mangler. Sæt tilbage eller fortryd.',
    'adopt.lostHeadline':
      'Finder ikke {zone, select, jobs {Kundeopgaver} pains {Smerter} gains {Gevinster} products {Produkter og services} painRelievers {Smertelindrere} other {Gevinstskabere}}: etiket eller form mangler. Matchet tæller de øvrige zoner.',
    'adopt.noRedraw': 'Intet at reparere: canvasset er tegnet i hånden, så pluginnet tegner det aldrig om.',
    'adopt.twice': 'Fandt {zones} to gange, så zonen er uklar: vælg én tegning, eller slet en kopi.',
    'adopt.twice.counted': '{count} zoner har to etiketter: vælg kun én tegning, eller slet de ekstra.',
    'adopt.wrongSide.valueMap': 'Etiketten {zones} står i værdikortet: flyt den til kundeprofilen, og overtag igen.',
    'adopt.wrongSide.customerProfile': 'Etiketten {zones} står i kundeprofilen: flyt den til værdikortet, og overtag igen.',
    'adopt.wrongSide.counted.valueMap': '{count} etiketter fra kundeprofilen står i værdikortet: flyt dem ud, og overtag igen.',
    'adopt.wrongSide.counted.customerProfile': '{count} etiketter fra værdikortet står i kundeprofilen: flyt dem ud, og overtag igen.'
  }
})
