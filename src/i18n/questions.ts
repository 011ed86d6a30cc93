/**
 * Guiding questions a facilitator can read aloud: per VPC zone (4 to 6) and per BMC block (3 to 5), in English,
 * Swedish and Danish. Each language is written for its own readers, not translated line by line, so the lists
 * do not correspond question for question.
 */
import type { Locale, ZoneKey } from '../core/types'
import type { BmcBlockKey } from './bmc-blocks'

export const zoneQuestions: Record<Locale, Record<ZoneKey, string[]>> = {
  en: {
    jobs: [
      'What is this customer trying to get done, at work or at home?',
      'Which tasks must they finish, and which problems do they want off their plate?',
      'How do they want other people to see them while they do it?',
      'How do they want to feel, and what would give them peace of mind?',
      'What do they do just before and just after the main job?',
      'Which of these jobs matters most to them, and which hardly matters at all?'
    ],
    pains: [
      'What annoys them before, during or after the job?',
      'What costs them too much time, money or effort?',
      'Which risks or bad outcomes are they afraid of?',
      'What keeps them from getting started, or makes them give up halfway?',
      'Which mistakes do they make again and again?',
      'How bad is each pain, and how often does it hit them?'
    ],
    gains: [
      'Which result would make them happy, or even pleasantly surprised?',
      'What do they expect from any solution as a bare minimum?',
      'How do they measure success, and in what units?',
      'What would make their work or daily life easier?',
      'What would they be proud to tell a colleague about?',
      'Which gain do they care about most?'
    ],
    products: [
      'Which products and services make up the offer?',
      'Which of them are physical, which digital, and which intangible, such as a guarantee?',
      'Which of them help with a functional, a social or an emotional job?',
      'Which are essential, and which are only nice to have?',
      'What comes with it: onboarding, support, financing?'
    ],
    painRelievers: [
      'Which of the top pains does this remove or reduce, and how?',
      'How does it save the customer time, money or effort?',
      'How does it lower a risk the customer worries about?',
      'Which obstacle does it clear out of the way?',
      'Would the customer notice the difference, and how would we find out?'
    ],
    gainCreators: [
      'Which of the wanted gains does this produce, and how?',
      'How does it go beyond what the customer expects today?',
      'What would make the job easier or more enjoyable for them?',
      'How does it help them look good or feel good?',
      'Which measurable result gets better, and by how much?'
    ]
  },
  sv: {
    jobs: [
      'Vad försöker kunden få gjort, i jobbet eller privat?',
      'Vilka uppgifter måste de bli klara med, och vilka problem vill de bli av med?',
      'Hur vill de att andra ska se på dem när de gör det?',
      'Hur vill de känna sig, och vad skulle ge dem sinnesro?',
      'Vad gör de strax före och strax efter den viktigaste uppgiften?',
      'Vilka uppgifter betyder mest för dem, och vilka spelar nästan ingen roll?'
    ],
    pains: [
      'Vad irriterar dem före, under eller efter uppgiften?',
      'Vad tar för lång tid, kostar för mycket eller kräver för stor ansträngning?',
      'Vilka risker eller dåliga utfall är de rädda för?',
      'Vad hindrar dem från att komma i gång, eller får dem att ge upp halvvägs?',
      'Vilka misstag gör de gång på gång?',
      'Hur allvarligt är varje besvär, och hur ofta drabbar det dem?'
    ],
    gains: [
      'Vilket resultat skulle göra dem nöjda, eller till och med positivt överraskade?',
      'Vad kräver de som ett minimum av en lösning?',
      'Hur mäter de framgång, och i vilken enhet?',
      'Vad skulle göra deras arbete eller vardag enklare?',
      'Vad skulle de vara stolta över att berätta för en kollega?',
      'Vilken fördel bryr de sig mest om?'
    ],
    products: [
      'Vilka produkter och tjänster består erbjudandet av?',
      'Vilka är fysiska, vilka är digitala och vilka är immateriella, som en garanti?',
      'Vilka hjälper till med en praktisk, social eller känslomässig uppgift?',
      'Vilka är nödvändiga, och vilka är bara trevliga att ha?',
      'Vad ingår runt omkring: introduktion, support, finansiering?'
    ],
    painRelievers: [
      'Vilket av de viktigaste besvären tar detta bort eller minskar, och hur?',
      'Hur sparar det tid, pengar eller ansträngning för kunden?',
      'Hur minskar det en risk som kunden oroar sig för?',
      'Vilket hinder röjer det ur vägen?',
      'Skulle kunden märka skillnaden, och hur skulle vi ta reda på det?'
    ],
    gainCreators: [
      'Vilken av de önskade fördelarna ger detta, och hur?',
      'Hur överträffar det vad kunden förväntar sig i dag?',
      'Vad skulle göra uppgiften enklare eller roligare för dem?',
      'Hur hjälper det dem att framstå i god dager eller må bra?',
      'Vilket mätbart resultat blir bättre, och hur mycket?'
    ]
  },
  da: {
    jobs: [
      'Hvad prøver kunden at få gjort, på arbejdet eller derhjemme?',
      'Hvilke opgaver skal de have løst, og hvilke problemer vil de gerne af med?',
      'Hvordan vil de gerne opfattes af andre, mens de gør det?',
      'Hvordan vil de gerne have det, og hvad ville give dem ro i maven?',
      'Hvad gør de lige før og lige efter den vigtigste opgave?',
      'Hvilke opgaver betyder mest for dem, og hvilke betyder næsten ingenting?'
    ],
    pains: [
      'Hvad irriterer dem før, under eller efter opgaven?',
      'Hvad koster dem for meget tid, for mange penge eller for meget besvær?',
      'Hvilke risici eller dårlige udfald frygter de?',
      'Hvad forhindrer dem i at komme i gang, eller får dem til at opgive halvvejs?',
      'Hvilke fejl begår de igen og igen?',
      'Hvor slem er hver smerte, og hvor tit rammer den dem?'
    ],
    gains: [
      'Hvilket resultat ville gøre dem tilfredse eller ligefrem glædeligt overraskede?',
      'Hvad forventer de som minimum af en løsning?',
      'Hvordan måler de succes, og i hvilken enhed?',
      'Hvad ville gøre deres arbejde eller hverdag lettere?',
      'Hvad ville de være stolte af at fortælle en kollega?',
      'Hvilken gevinst går de mest op i?'
    ],
    products: [
      'Hvilke produkter og services består tilbuddet af?',
      'Hvilke er fysiske, hvilke er digitale, og hvilke er immaterielle, fx en garanti?',
      'Hvilke hjælper med en funktionel, social eller følelsesmæssig opgave?',
      'Hvilke er helt nødvendige, og hvilke er bare rare at have?',
      'Hvad følger med: opstart, support, finansiering?'
    ],
    painRelievers: [
      'Hvilken af de vigtigste smerter fjerner eller mindsker dette, og hvordan?',
      'Hvordan sparer det kunden tid, penge eller besvær?',
      'Hvordan mindsker det en risiko, som kunden er bekymret for?',
      'Hvilken forhindring rydder det af vejen?',
      'Ville kunden mærke forskellen, og hvordan ville vi finde ud af det?'
    ],
    gainCreators: [
      'Hvilken af de ønskede gevinster skaber dette, og hvordan?',
      'Hvordan overgår det det, kunden forventer i dag?',
      'Hvad ville gøre opgaven lettere eller sjovere for dem?',
      'Hvordan hjælper det dem til at tage sig godt ud eller have det godt?',
      'Hvilket målbart resultat bliver bedre, og hvor meget?'
    ]
  }
}

export const bmcQuestions: Record<Locale, Record<BmcBlockKey, string[]>> = {
  en: {
    keyPartners: [
      'Who do we depend on to deliver the offer?',
      'Which supplier would hurt us most if it stopped tomorrow?',
      'What do partners give us that we could not do or own ourselves?',
      'Why would each partner want to work with us?'
    ],
    keyActivities: [
      'What must we do well every week for the offer to work?',
      'Which activities keep our channels and customer relationships running?',
      'What do we do that customers would miss if we stopped?',
      'Which activity could a partner do better or cheaper?'
    ],
    keyResources: [
      'Which people, skills and knowledge does the offer rest on?',
      'Which physical, digital or financial assets do we need?',
      'What do we own that others would find hard to get?',
      'Which resource is scarcest right now?'
    ],
    valuePropositions: [
      'Which job, pain and gain from the customer profile does this answer?',
      'What exactly is in the package: products, services or both?',
      'Why would a customer switch from what they use today?',
      'What do we promise that we can also prove?'
    ],
    customerRelationships: [
      'How personal does each segment want the contact to be?',
      'How do we win customers, keep them and grow with them?',
      'What does each kind of relationship cost us to keep up?',
      'Could customers help each other, or help shape the offer?'
    ],
    channels: [
      'Where do customers first hear about us?',
      'How do they compare, buy and receive the offer?',
      'What help do they get after they have bought?',
      'Which channels are ours, and which belong to partners?'
    ],
    customerSegments: [
      'Which group of customers is this offer really for?',
      'If we could serve only one group, which would it be, and why?',
      'Do these customers share the same jobs, pains and gains, or are they two segments?',
      'Who uses the offer, and who pays or decides? Are they the same people?'
    ],
    costStructure: [
      'What does it cost to deliver the offer and keep the business running?',
      'Where does most of the money go: people, resources or activities?',
      'Which costs stay fixed, and which grow as we sell more?',
      'Do we win on low price or on a better offer, and do our costs match that choice?'
    ],
    revenueStreams: [
      'Which part of the value are customers ready to pay for?',
      'What do the alternatives cost them today?',
      'Which way of paying suits them: one-off, per use, subscription or licence?',
      'Which revenue stream carries the business, and which are small extras?'
    ]
  },
  sv: {
    keyPartners: [
      'Vilka är vi beroende av för att kunna leverera erbjudandet?',
      'Vilken leverantör skulle skada oss mest om den försvann i morgon?',
      'Vad får vi från partner som vi inte kan göra eller äga själva?',
      'Varför skulle varje partner vilja samarbeta med oss?'
    ],
    keyActivities: [
      'Vad måste vi göra bra varje vecka för att erbjudandet ska fungera?',
      'Vilka aktiviteter håller kanaler och kundrelationer i gång?',
      'Vad gör vi som kunderna skulle sakna om vi slutade?',
      'Vilken aktivitet skulle en partner kunna sköta bättre eller billigare?'
    ],
    keyResources: [
      'Vilka människor, färdigheter och kunskaper vilar erbjudandet på?',
      'Vilka fysiska, digitala eller ekonomiska tillgångar behöver vi?',
      'Vad äger vi som andra skulle ha svårt att skaffa?',
      'Vilken resurs har vi störst brist på just nu?'
    ],
    valuePropositions: [
      'Vilken uppgift, vilket besvär och vilken fördel i kundprofilen svarar detta mot?',
      'Vad ingår egentligen: produkter, tjänster eller både och?',
      'Varför skulle en kund byta från det de använder i dag?',
      'Vad lovar vi som vi också kan bevisa?'
    ],
    customerRelationships: [
      'Hur personlig vill varje segment att kontakten ska vara?',
      'Hur vinner vi kunder, behåller dem och växer tillsammans med dem?',
      'Vad kostar det att upprätthålla varje typ av relation?',
      'Kan kunderna hjälpa varandra, eller vara med och forma erbjudandet?'
    ],
    channels: [
      'Var hör kunderna talas om oss första gången?',
      'Hur gör de när de jämför, köper och tar emot erbjudandet?',
      'Vilken hjälp får de efter köpet?',
      'Vilka kanaler är våra egna, och vilka tillhör partner?'
    ],
    customerSegments: [
      'Vilken kundgrupp är erbjudandet egentligen till för?',
      'Om vi bara kunde betjäna en grupp, vilken skulle det vara, och varför?',
      'Har de här kunderna samma uppgifter, besvär och fördelar, eller är de två segment?',
      'Vem använder erbjudandet, och vem betalar eller beslutar? Är det samma personer?'
    ],
    costStructure: [
      'Vad kostar det att leverera erbjudandet och driva verksamheten?',
      'Vart går det mesta av pengarna: personal, resurser eller aktiviteter?',
      'Vilka kostnader är fasta, och vilka växer när vi säljer mer?',
      'Konkurrerar vi med lågt pris eller med ett bättre erbjudande, och speglar kostnaderna det valet?'
    ],
    revenueStreams: [
      'Vilken del av värdet är kunderna beredda att betala för?',
      'Vad kostar alternativen dem i dag?',
      'Vilket betalsätt passar dem: engångsköp, per användning, prenumeration eller licens?',
      'Vilken intäktsström bär verksamheten, och vilka är små extrainkomster?'
    ]
  },
  da: {
    keyPartners: [
      'Hvem er vi afhængige af for at kunne levere tilbuddet?',
      'Hvilken leverandør ville skade os mest, hvis den forsvandt i morgen?',
      'Hvad får vi fra partnere, som vi ikke selv kan lave eller eje?',
      'Hvorfor skulle hver partner have lyst til at arbejde sammen med os?'
    ],
    keyActivities: [
      'Hvad skal vi gøre godt hver uge, for at tilbuddet kan fungere?',
      'Hvilke aktiviteter holder kanaler og kunderelationer kørende?',
      'Hvad gør vi, som kunderne ville savne, hvis vi stoppede?',
      'Hvilken aktivitet kunne en partner klare bedre eller billigere?'
    ],
    keyResources: [
      'Hvilke mennesker, kompetencer og hvilken viden bygger tilbuddet på?',
      'Hvilke fysiske, digitale eller økonomiske aktiver har vi brug for?',
      'Hvad ejer vi, som andre ville have svært ved at skaffe?',
      'Hvilken ressource er mest knap lige nu?'
    ],
    valuePropositions: [
      'Hvilken opgave, smerte og gevinst i kundeprofilen svarer dette på?',
      'Hvad er der egentlig i pakken: produkter, services eller begge dele?',
      'Hvorfor skulle en kunde skifte fra det, de bruger i dag?',
      'Hvad lover vi, som vi også kan bevise?'
    ],
    customerRelationships: [
      'Hvor personlig skal kontakten være for hvert segment?',
      'Hvordan vinder vi kunder, holder på dem og vokser sammen med dem?',
      'Hvad koster det at vedligeholde hver type relation?',
      'Kan kunderne hjælpe hinanden eller være med til at forme tilbuddet?'
    ],
    channels: [
      'Hvor hører kunderne om os første gang?',
      'Hvordan sammenligner, køber og modtager de tilbuddet?',
      'Hvilken hjælp får de, efter de har købt?',
      'Hvilke kanaler er vores egne, og hvilke tilhører partnere?'
    ],
    customerSegments: [
      'Hvilken kundegruppe er tilbuddet egentlig til?',
      'Hvis vi kun kunne betjene én gruppe, hvilken skulle det så være, og hvorfor?',
      'Har kunderne de samme opgaver, smerter og gevinster, eller er de i virkeligheden to segmenter?',
      'Hvem bruger tilbuddet, og hvem betaler eller beslutter? Er det de samme personer?'
    ],
    costStructure: [
      'Hvad koster det at levere tilbuddet og holde forretningen kørende?',
      'Hvor går de fleste penge hen: medarbejdere, ressourcer eller aktiviteter?',
      'Hvilke omkostninger er faste, og hvilke vokser, når vi sælger mere?',
      'Konkurrerer vi på lav pris eller på et bedre tilbud, og passer vores omkostninger til det valg?'
    ],
    revenueStreams: [
      'Hvilken del af værdien er kunderne parate til at betale for?',
      'Hvad koster alternativerne dem i dag?',
      'Hvilken betalingsform passer dem: engangskøb, pr. brug, abonnement eller licens?',
      'Hvilken indtægtsstrøm bærer forretningen, og hvilke er små ekstraindtægter?'
    ]
  }
}

function pick<K extends string>(
  table: Record<Locale, Record<K, string[]>>,
  locale: Locale,
  key: K
): string[] {
  const own = (table[locale] as Record<K, string[]> | undefined)?.[key]
  // A copy, so a caller that sorts or trims the list does not change the table.
  return (own ?? table.en[key] ?? []).slice()
}

/** The guiding questions for one VPC zone in `locale` (English when the locale is unknown). */
export function questionsFor(locale: Locale, zone: ZoneKey): string[] {
  return pick(zoneQuestions, locale, zone)
}

/** The guiding questions for one BMC block in `locale` (English when the locale is unknown). */
export function bmcQuestionsFor(locale: Locale, block: BmcBlockKey): string[] {
  return pick(bmcQuestions, locale, block)
}
