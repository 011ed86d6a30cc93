/**
 * The meaning layer's data: a curated lexicon of what value propositions are made of, in English, Swedish and
 * Danish. Each concept lists, per language, single words on two sides that should meet:
 * - `quality`: a value and its opposite ("expensive" / "cheaper", "slow" / "instant"), so a pain naming the
 *   problem meets the reliever naming the cure;
 * - `remedy`: a remedy and the symptom it answers ("reminder" / "forgot", "offline" / "roaming");
 * - `means`: what a product is and the goal a job states ("tracker" / "progress", "recipe" / "cook").
 * Both sides map to one concept term, so the suggester scores "same idea" like a shared word, damped like any
 * term common on the canvas. Words are matched after stemming with the canvas language's stemmer (and English,
 * which teams mix in); a word belongs to one concept and one side only (tests/core/suggest-lexicon.test.ts).
 * Tuned on general vocabulary and the hand-written labelled set, never on the held-out published canvases.
 */
import type { Locale } from '../../vocabulary'

export type ConceptKind = 'quality' | 'remedy' | 'means'

export interface ConceptWords {
  /** The positive pole, the remedy, or the means (product side). */
  words: string[]
  /** The negative pole, the symptom, or the goal (customer side). */
  opposites: string[]
}

export type Concept = { key: string; kind: ConceptKind } & Record<Locale, ConceptWords>

// Kept one side per line (prettier would put every word on its own line): the lexicon reads as a table.
// prettier-ignore
export const CONCEPTS: Concept[] = [
  // -- qualities: a value and its opposite ------------------------------------------------------------------
  {
    key: 'cost',
    kind: 'quality',
    en: {
      words: ['cheap', 'cheaper', 'cheapest', 'affordable', 'free', 'discount', 'saving', 'savings', 'budget', 'bargain', 'low-cost', 'fraction', 'refund'],
      opposites: ['expensive', 'costly', 'cost', 'costs', 'price', 'prices', 'pricey', 'overpriced', 'fee', 'fees', 'money', 'spend', 'spending', 'afford', 'charges', 'subscription', 'subscriptions']
    },
    sv: {
      words: ['billig', 'billigt', 'billiga', 'billigare', 'gratis', 'rabatt', 'prisvärd', 'prisvärt', 'spara', 'sparar', 'budget', 'kostnadsfri', 'återbetalning'],
      opposites: ['dyr', 'dyrt', 'dyra', 'dyrare', 'kostnad', 'kostnader', 'kostar', 'pris', 'priser', 'priset', 'avgift', 'avgifter', 'pengar', 'kosta', 'prenumeration']
    },
    da: {
      words: ['billig', 'billigt', 'billige', 'billigere', 'gratis', 'rabat', 'prisvenlig', 'spare', 'sparer', 'budget', 'besparelse', 'refusion'],
      opposites: ['dyr', 'dyrt', 'dyre', 'dyrere', 'omkostning', 'omkostninger', 'koster', 'pris', 'priser', 'prisen', 'gebyr', 'gebyrer', 'penge', 'koste', 'abonnement']
    }
  },
  {
    key: 'speed',
    kind: 'quality',
    en: {
      words: ['fast', 'faster', 'quick', 'quickly', 'quicker', 'instant', 'instantly', 'immediate', 'immediately', 'rapid', 'speed', 'same-day', 'express', 'seconds', 'minutes', 'realtime', 'real time', 'save time', 'saves time', 'time saved', 'time savings', 'time-saving'],
      opposites: ['slow', 'slower', 'delay', 'delays', 'delayed', 'wait', 'waiting', 'queue', 'queues', 'hours', 'days', 'weeks', 'time-consuming', 'lengthy', 'takes']
    },
    sv: {
      words: ['snabb', 'snabbt', 'snabba', 'snabbare', 'direkt', 'omedelbart', 'genast', 'express', 'sekunder', 'minuter', 'samma'],
      opposites: ['långsam', 'långsamt', 'långsamma', 'försening', 'förseningar', 'försenad', 'vänta', 'väntar', 'väntetid', 'kö', 'köer', 'timmar', 'dagar', 'veckor', 'tidskrävande', 'tar']
    },
    da: {
      words: ['hurtig', 'hurtigt', 'hurtige', 'hurtigere', 'straks', 'øjeblikkeligt', 'omgående', 'ekspres', 'sekunder', 'minutter'],
      opposites: ['langsom', 'langsomt', 'langsomme', 'forsinkelse', 'forsinkelser', 'forsinket', 'vente', 'venter', 'ventetid', 'kø', 'køer', 'timer', 'dage', 'uger', 'tidskrævende', 'tager']
    }
  },
  {
    key: 'effort',
    kind: 'quality',
    en: {
      words: ['easy', 'easier', 'easily', 'effortless', 'simple', 'simpler', 'simply', 'simplify', 'intuitive', 'one-click', 'frictionless', 'seamless', 'smooth', 'hassle-free'],
      opposites: ['hard', 'harder', 'difficult', 'difficulty', 'complex', 'complexity', 'complicated', 'effort', 'hassle', 'friction', 'tedious', 'cumbersome', 'clunky', 'struggle', 'confusing']
    },
    sv: {
      words: ['enkel', 'enkelt', 'enkla', 'enklare', 'lätt', 'lätta', 'lättare', 'smidig', 'smidigt', 'smidiga', 'intuitiv', 'förenkla', 'bekymmersfri'],
      opposites: ['svår', 'svårt', 'svåra', 'svårare', 'krånglig', 'krångligt', 'krångel', 'komplicerad', 'komplicerat', 'jobbigt', 'jobbig', 'besvärlig', 'besvärligt', 'ansträngning', 'slitsamt', 'förvirrande']
    },
    da: {
      words: ['nem', 'nemt', 'nemme', 'nemmere', 'let', 'lettere', 'enkel', 'enkelt', 'enkle', 'simpel', 'simpelt', 'intuitiv', 'forenkle', 'gnidningsfri'],
      opposites: ['svær', 'svært', 'svære', 'sværere', 'besværlig', 'besværligt', 'bøvl', 'bøvlet', 'kompliceret', 'komplekst', 'indviklet', 'anstrengelse', 'opslidende', 'forvirrende']
    }
  },
  {
    key: 'risk',
    kind: 'quality',
    en: {
      words: ['guarantee', 'guaranteed', 'warranty', 'insurance', 'insured', 'protected', 'protection', 'prevent', 'prevents', 'safeguard', 'backup', 'rollback', 'undo', 'recovery'],
      opposites: ['risk', 'risks', 'risky', 'loss', 'lose', 'losing', 'lost', 'damage', 'damaged', 'failure', 'failures', 'fail', 'fails', 'broken', 'corruption', 'mistake', 'mistakes', 'error', 'errors', 'wrong', 'accident']
    },
    sv: {
      words: ['garanti', 'garanterad', 'försäkring', 'försäkrad', 'skyddad', 'skydd', 'förhindra', 'förebygga', 'säkerhetskopia', 'ångra', 'återställning'],
      opposites: ['risk', 'risker', 'riskabel', 'riskabelt', 'förlust', 'förlora', 'tappa', 'skada', 'skador', 'skadad', 'fel', 'misslyckas', 'trasig', 'trasigt', 'misstag', 'olycka']
    },
    da: {
      words: ['garanti', 'garanteret', 'forsikring', 'forsikret', 'beskyttet', 'beskyttelse', 'forhindre', 'forebygge', 'sikkerhedskopi', 'fortryd', 'gendannelse'],
      opposites: ['risiko', 'risici', 'risikabel', 'risikabelt', 'tab', 'miste', 'tabe', 'skade', 'skader', 'skadet', 'fejl', 'mislykkes', 'ødelagt', 'ulykke']
    }
  },
  {
    key: 'trust',
    kind: 'quality',
    en: {
      words: ['trust', 'trusted', 'trustworthy', 'safe', 'safely', 'safety', 'secure', 'security', 'certified', 'honest', 'transparent', 'transparency', 'credible', 'reputation', 'reviews', 'rated', 'vetted'],
      opposites: ['unsafe', 'distrust', 'mistrust', 'scam', 'fraud', 'fake', 'dishonest', 'hidden', 'untrusted', 'unknown', 'strangers', 'suspicious', 'doubt', 'doubts', 'sceptical', 'skeptical', 'leak', 'leaked', 'theft', 'stolen']
    },
    sv: {
      words: ['förtroende', 'lita', 'trygg', 'tryggt', 'trygghet', 'säker', 'säkert', 'säkerhet', 'certifierad', 'ärlig', 'transparent', 'omdömen', 'betyg', 'granskad'],
      opposites: ['otrygg', 'otryggt', 'osäker', 'osäkert', 'bedrägeri', 'bluff', 'falsk', 'oärlig', 'dold', 'dolda', 'okänd', 'okända', 'främlingar', 'misstänksam', 'tvivel', 'läcka', 'stöld', 'stulen']
    },
    da: {
      words: ['tillid', 'stole', 'tryg', 'trygt', 'tryghed', 'sikker', 'sikkert', 'sikkerhed', 'certificeret', 'ærlig', 'gennemsigtig', 'anmeldelser', 'bedømmelser'],
      opposites: ['utryg', 'utrygt', 'usikker', 'usikkert', 'svindel', 'bedrageri', 'falsk', 'uærlig', 'skjult', 'skjulte', 'ukendt', 'ukendte', 'fremmede', 'mistænksom', 'tvivl', 'læk', 'tyveri', 'stjålet']
    }
  },
  {
    key: 'health',
    kind: 'quality',
    en: {
      words: ['healthy', 'healthier', 'health', 'nutritious', 'balanced', 'wellbeing', 'wellness', 'fit', 'fitness', 'energy', 'energetic', 'organic', 'fresh', 'vitamins'],
      opposites: ['unhealthy', 'sick', 'illness', 'disease', 'injury', 'injuries', 'pain', 'painful', 'tired', 'exhausted', 'fatigue', 'junk', 'allergy', 'allergies', 'allergic', 'allergen', 'overweight', 'obesity']
    },
    sv: {
      words: ['hälsosam', 'hälsosamt', 'hälsosamma', 'hälsa', 'näringsrik', 'balanserad', 'välmående', 'välbefinnande', 'frisk', 'kondition', 'energi', 'ekologisk', 'färsk', 'färska'],
      opposites: ['ohälsosam', 'ohälsosamt', 'sjuk', 'sjukdom', 'skaderisk', 'värk', 'ont', 'trött', 'utmattad', 'skräpmat', 'allergi', 'allergier', 'allergisk', 'övervikt']
    },
    da: {
      words: ['sund', 'sundt', 'sunde', 'sundhed', 'nærende', 'afbalanceret', 'velvære', 'trivsel', 'rask', 'kondition', 'energi', 'økologisk', 'frisk', 'friske'],
      opposites: ['usund', 'usundt', 'syg', 'sygdom', 'skaderisiko', 'smerter', 'ondt', 'træt', 'udmattet', 'fastfood', 'allergi', 'allergier', 'allergisk', 'overvægt']
    }
  },
  {
    key: 'quality',
    kind: 'quality',
    en: {
      words: ['quality', 'premium', 'professional', 'polished', 'excellent', 'best', 'better', 'accurate', 'accuracy', 'precise', 'expert', 'experts', 'craft', 'durable', 'standardized', 'consistent'],
      opposites: ['poor', 'bad', 'worse', 'sloppy', 'inaccurate', 'amateur', 'unprofessional', 'mediocre', 'flimsy', 'inconsistent', 'variable', 'variability', 'ugly', 'outdated', 'old']
    },
    sv: {
      words: ['kvalitet', 'premium', 'professionell', 'professionellt', 'utmärkt', 'bäst', 'bättre', 'exakt', 'noggrann', 'expert', 'experter', 'hållbar', 'gedigen', 'konsekvent'],
      opposites: ['dålig', 'dåligt', 'dåliga', 'sämre', 'slarvig', 'slarvigt', 'felaktig', 'amatörmässig', 'oprofessionell', 'medelmåttig', 'ojämn', 'ojämnt', 'ful', 'föråldrad', 'gammal', 'gamla']
    },
    da: {
      words: ['kvalitet', 'premium', 'professionel', 'professionelt', 'fremragende', 'bedst', 'bedre', 'præcis', 'nøjagtig', 'ekspert', 'eksperter', 'holdbar', 'solid', 'ensartet'],
      opposites: ['dårlig', 'dårligt', 'dårlige', 'ringere', 'sjusket', 'unøjagtig', 'amatøragtig', 'uprofessionel', 'middelmådig', 'svingende', 'grim', 'forældet', 'gammel', 'gamle']
    }
  },
  {
    key: 'waste',
    kind: 'quality',
    en: {
      words: ['reuse', 'reusable', 'recycle', 'recycled', 'recycling', 'sustainable', 'sustainability', 'pre-measured', 'portioned', 'zero-waste', 'compost', 'efficient', 'leftover', 'leftovers'],
      opposites: ['waste', 'wasted', 'wasteful', 'wasting', 'spoil', 'spoiled', 'spoilage', 'rot', 'expired', 'expire', 'thrown', 'surplus', 'packaging', 'plastic', 'unused']
    },
    sv: {
      words: ['återanvända', 'återanvändbar', 'återvinna', 'återvunnen', 'återvinning', 'hållbart', 'hållbarhet', 'portionerad', 'förportionerad', 'kompost', 'effektiv', 'rester', 'matrester'],
      opposites: ['svinn', 'slöseri', 'slösa', 'slänga', 'slängs', 'kastas', 'förstörd', 'ruttna', 'utgången', 'bäst-före', 'överskott', 'förpackning', 'förpackningar', 'plast', 'oanvänd']
    },
    da: {
      words: ['genbrug', 'genbruge', 'genanvendelig', 'genanvendt', 'genanvendelse', 'bæredygtig', 'bæredygtighed', 'portioneret', 'færdigportioneret', 'kompost', 'effektiv', 'rester', 'madrester'],
      opposites: ['spild', 'madspild', 'spilde', 'smide', 'smides', 'fordærvet', 'rådne', 'udløbet', 'overskud', 'emballage', 'plastik', 'ubrugt']
    }
  },
  {
    key: 'status',
    kind: 'quality',
    en: {
      words: ['prestige', 'impress', 'impressive', 'admired', 'respected', 'respect', 'recognition', 'recognised', 'recognized', 'stylish', 'exclusive', 'brand', 'branded', 'badge', 'badges', 'proud'],
      opposites: ['embarrassed', 'embarrassment', 'embarrassing', 'ashamed', 'shame', 'judged', 'awkward', 'uncool', 'unnoticed', 'invisible', 'ignored']
    },
    sv: {
      words: ['status', 'prestige', 'imponera', 'imponerande', 'beundrad', 'respekterad', 'respekt', 'erkännande', 'trovärdighet', 'stilig', 'exklusiv', 'varumärke', 'märke', 'stolt'],
      opposites: ['generad', 'pinsamt', 'pinsam', 'skäms', 'skam', 'dömd', 'obekvämt', 'osynlig', 'ignorerad']
    },
    da: {
      words: ['status', 'prestige', 'imponere', 'imponerende', 'beundret', 'respekteret', 'respekt', 'anerkendelse', 'troværdighed', 'stilfuld', 'eksklusiv', 'varemærke', 'mærke', 'stolt'],
      opposites: ['flov', 'pinligt', 'pinlig', 'skammer', 'skam', 'dømt', 'akavet', 'kejtet', 'usynlig', 'ignoreret']
    }
  },
  {
    key: 'stress',
    kind: 'quality',
    en: {
      words: ['calm', 'relaxed', 'relax', 'relaxing', 'peace', 'confidence', 'confident', 'reassured', 'reassurance', 'relief', 'carefree', 'mindful', 'comfortable'],
      opposites: ['stress', 'stressed', 'stressful', 'anxiety', 'anxious', 'worry', 'worried', 'worries', 'fear', 'afraid', 'nervous', 'panic', 'overwhelmed', 'frustration', 'frustrated', 'frustrating', 'guilt', 'guilty', 'burnout', 'pressure']
    },
    sv: {
      words: ['lugn', 'lugnt', 'avslappnad', 'slappna', 'ro', 'självförtroende', 'trygghetskänsla', 'lättnad', 'bekymmerslös'],
      opposites: ['stress', 'stressad', 'stressigt', 'ångest', 'oro', 'orolig', 'oroar', 'rädsla', 'rädd', 'nervös', 'panik', 'överväldigad', 'frustration', 'frustrerad', 'frustrerande', 'skuld', 'dåligt samvete', 'utbränd', 'press']
    },
    da: {
      words: ['rolig', 'roligt', 'afslappet', 'slappe', 'ro', 'selvtillid', 'tryghedsfølelse', 'bekymringsfri', 'behagelig', 'behageligt'],
      opposites: ['stress', 'stresset', 'stressende', 'angst', 'bekymring', 'bekymret', 'bekymrer', 'frygt', 'bange', 'nervøs', 'panik', 'overvældet', 'frustration', 'frustreret', 'frustrerende', 'skyld', 'skyldfølelse', 'udbrændt', 'pres']
    }
  },
  {
    key: 'convenience',
    kind: 'quality',
    en: {
      words: ['convenient', 'convenience', 'home', 'doorstep', 'door', 'delivered', 'delivery', 'nearby', 'anywhere', 'anytime', 'mobile', 'on-demand', 'pickup', 'everywhere'],
      opposites: ['inconvenient', 'inconvenience', 'drive', 'driving', 'commute', 'travel', 'trip', 'trips', 'far', 'distance', 'errands', 'shopping', 'carry', 'carrying', 'heavy', 'parking']
    },
    sv: {
      words: ['bekvämlighet', 'hemma', 'hem', 'dörren', 'levereras', 'levererat', 'leverans', 'hemleverans', 'nära', 'var', 'mobil', 'upphämtning', 'överallt'],
      opposites: ['opraktiskt', 'opraktisk', 'köra', 'pendla', 'resa', 'resor', 'långt', 'avstånd', 'ärenden', 'handla', 'handlar', 'bära', 'tungt', 'tunga', 'parkering']
    },
    da: {
      words: ['bekvem', 'bekvemt', 'hjemme', 'hjem', 'døren', 'leveres', 'leveret', 'levering', 'hjemlevering', 'tæt', 'overalt', 'mobil', 'afhentning'],
      opposites: ['upraktisk', 'upraktiske', 'køre', 'pendle', 'rejse', 'rejser', 'langt', 'afstand', 'ærinder', 'handle', 'handler', 'bære', 'tungt', 'tunge', 'parkering']
    }
  },
  {
    key: 'reliability',
    kind: 'quality',
    en: {
      words: ['reliable', 'reliably', 'reliability', 'dependable', 'always', 'stable', 'uptime', 'robust', 'punctual', 'predictable', 'resilient', 'redundant'],
      opposites: ['unreliable', 'unpredictable', 'outage', 'outages', 'downtime', 'crash', 'crashes', 'unstable', 'flaky', 'cancelled', 'cancellations', 'breakdown', 'breakdowns', 'dies', 'irregular']
    },
    sv: {
      words: ['pålitligt', 'driftsäker', 'alltid', 'stabil', 'stabilt', 'robust', 'punktlig', 'förutsägbar', 'förutsägbart', 'tillförlitlig', 'tillförlitligt', 'regelbundet'],
      opposites: ['opålitlig', 'opålitligt', 'oförutsägbar', 'avbrott', 'driftstopp', 'krasch', 'kraschar', 'instabil', 'inställd', 'inställda', 'haveri', 'går sönder', 'oregelbundet']
    },
    da: {
      words: ['pålideligt', 'driftsikker', 'altid', 'stabil', 'stabilt', 'robust', 'punktlig', 'forudsigelig', 'forudsigeligt', 'driftssikker', 'regelmæssigt', 'pålidelighed'],
      opposites: ['upålidelig', 'upåliddeligt', 'uforudsigelig', 'uforudsigelige', 'nedbrud', 'driftstop', 'styrt', 'ustabil', 'aflyst', 'aflyste', 'sammenbrud', 'uregelmæssigt']
    }
  },
  {
    key: 'access',
    kind: 'quality',
    en: {
      words: ['access', 'accessible', 'accessibility', 'available', 'availability', 'open', 'inclusive', '24/7', 'offline', 'multilingual', 'translated', 'translation', 'translate', 'wheelchair'],
      opposites: ['inaccessible', 'unavailable', 'closed', 'excluded', 'barrier', 'barriers', 'locked', 'blocked', 'foreign', 'language', 'languages', 'roaming', 'signal', 'coverage', 'connection', 'connectivity']
    },
    sv: {
      words: ['tillgång', 'tillgänglig', 'tillgängligt', 'tillgänglighet', 'öppet', 'öppen', 'inkluderande', 'dygnet', 'offline', 'flerspråkig', 'översatt', 'översättning', 'översätta', 'rullstol'],
      opposites: ['otillgänglig', 'otillgängligt', 'stängt', 'stängd', 'utestängd', 'hinder', 'låst', 'blockerad', 'utländsk', 'språk', 'roaming', 'täckning', 'mottagning', 'uppkoppling', 'anslutning']
    },
    da: {
      words: ['adgang', 'tilgængelig', 'tilgængeligt', 'tilgængelighed', 'åbent', 'åben', 'inkluderende', 'døgnet', 'offline', 'flersproget', 'oversat', 'oversættelse', 'oversætte', 'kørestol'],
      opposites: ['utilgængelig', 'utilgængeligt', 'lukket', 'udelukket', 'barriere', 'barrierer', 'låst', 'blokeret', 'udenlandsk', 'sprog', 'roaming', 'dækning', 'signal', 'forbindelse', 'netforbindelse']
    }
  },
  {
    key: 'control',
    kind: 'quality',
    en: {
      words: ['control', 'overview', 'visibility', 'visible', 'insight', 'insights', 'clarity', 'clear', 'dashboard', 'at-a-glance', 'oversight', 'approve', 'approval'],
      opposites: ['chaos', 'chaotic', 'unclear', 'blind', 'blindness', 'scattered', 'uncertainty', 'uncertain', 'mess', 'messy', 'disorganized', 'disorganised', 'unsure']
    },
    sv: {
      words: ['kontroll', 'överblick', 'översikt', 'synlig', 'synligt', 'insikt', 'insikter', 'tydlig', 'tydligt', 'tydlighet', 'instrumentpanel', 'godkänna', 'godkännande'],
      opposites: ['kaos', 'kaotisk', 'kaotiskt', 'otydlig', 'otydligt', 'utspridd', 'utspritt', 'ovisshet', 'osäkerhet', 'förvirring', 'rörigt', 'rörig', 'oorganiserad', 'ovetande']
    },
    da: {
      words: ['kontrol', 'overblik', 'oversigt', 'synlig', 'synligt', 'indsigt', 'indsigter', 'tydelig', 'tydeligt', 'klarhed', 'instrumentbræt', 'godkende', 'godkendelse'],
      opposites: ['kaos', 'kaotisk', 'kaotiske', 'utydelig', 'uklar', 'uklart', 'spredt', 'spredte', 'uvished', 'usikkerhed', 'forvirring', 'rodet', 'uorganiseret', 'uvidende']
    }
  },
  {
    key: 'social',
    kind: 'quality',
    en: {
      words: ['community', 'together', 'friends', 'friend', 'buddy', 'buddies', 'peer', 'peers', 'group', 'social', 'belonging', 'team', 'share', 'sharing', 'network'],
      opposites: ['alone', 'lonely', 'loneliness', 'isolated', 'isolation', 'solitary', 'introvert', 'introverted']
    },
    sv: {
      words: ['gemenskap', 'tillsammans', 'vänner', 'vän', 'kompis', 'kompisar', 'grupp', 'social', 'sociala', 'samhörighet', 'träffa', 'nätverk', 'dela', 'delar'],
      opposites: ['ensam', 'ensamt', 'ensamhet', 'isolerad', 'isolering', 'utanför', 'introvert', 'utanförskap']
    },
    da: {
      words: ['fællesskab', 'sammen', 'venner', 'ven', 'makker', 'gruppe', 'social', 'sociale', 'samhørighed', 'mødes', 'netværk', 'dele', 'deler', 'hold'],
      opposites: ['alene', 'ensom', 'ensomt', 'ensomhed', 'isoleret', 'isolation', 'udenfor', 'introvert', 'udenforskab']
    }
  },
  {
    key: 'motivation',
    kind: 'quality',
    en: {
      words: ['motivation', 'motivated', 'motivating', 'streak', 'streaks', 'encouragement', 'encourage', 'rewards', 'reward', 'gamified', 'challenge', 'challenges', 'habit', 'habits', 'accountability', 'fun', 'enjoy', 'enjoyable'],
      opposites: ['boring', 'bored', 'boredom', 'unmotivated', 'procrastinate', 'procrastination', 'give', 'quit', 'quitting', 'lazy', 'dull', 'skipping', 'skip', 'lapse', 'disengage', 'disengaged']
    },
    sv: {
      words: ['motivation', 'motiverad', 'motiverande', 'uppmuntran', 'uppmuntra', 'belöning', 'belöningar', 'utmaning', 'utmaningar', 'vana', 'vanor', 'roligt', 'kul', 'peppa'],
      opposites: ['tråkigt', 'tråkig', 'uttråkad', 'omotiverad', 'skjuta', 'prokrastinera', 'ge upp', 'sluta', 'lat', 'hoppar', 'hoppa', 'ointresserad']
    },
    da: {
      words: ['motivation', 'motiveret', 'motiverende', 'opmuntring', 'opmuntre', 'belønning', 'belønninger', 'udfordring', 'udfordringer', 'vane', 'vaner', 'sjovt', 'sjov', 'pep'],
      opposites: ['kedeligt', 'kedelig', 'keder', 'umotiveret', 'udskyde', 'overspringshandling', 'opgive', 'stoppe', 'doven', 'springer', 'springe', 'uinteresseret']
    }
  },
  {
    key: 'choice',
    kind: 'quality',
    en: {
      words: ['choice', 'choices', 'variety', 'options', 'option', 'flexible', 'flexibility', 'customizable', 'customisable', 'custom', 'personalized', 'personalised', 'tailored', 'personal', 'adapts', 'adjusts', 'adaptive'],
      opposites: ['limited', 'generic', 'rigid', 'inflexible', 'one-size', 'fixed', 'restricted', 'restrictions', 'monotonous', 'same', 'repetitive', 'narrow']
    },
    sv: {
      words: ['val', 'urval', 'variation', 'alternativ', 'flexibel', 'flexibelt', 'flexibilitet', 'anpassningsbar', 'anpassad', 'anpassat', 'personlig', 'personligt', 'skräddarsydd', 'anpassar'],
      opposites: ['begränsad', 'begränsat', 'begränsningar', 'generisk', 'stel', 'oflexibel', 'oflexibelt', 'fast', 'standard', 'ensidig', 'enformig', 'upprepning']
    },
    da: {
      words: ['valg', 'udvalg', 'variation', 'muligheder', 'mulighed', 'fleksibel', 'fleksibelt', 'fleksibilitet', 'tilpasselig', 'tilpasset', 'personlig', 'personligt', 'skræddersyet', 'tilpasser'],
      opposites: ['begrænset', 'begrænsede', 'begrænsninger', 'generisk', 'stiv', 'ufleksibel', 'ufleksibelt', 'fastlåst', 'standard', 'ensidig', 'ensformig', 'gentagelse']
    }
  },
  {
    key: 'noise',
    kind: 'quality',
    en: {
      words: ['quiet', 'silent', 'silently', 'noiseless', 'low-noise', 'discreet', 'privacy', 'private', 'confidential', 'anonymised', 'anonymized', 'consent', 'gdpr'],
      opposites: ['noisy', 'noise', 'loud', 'disturb', 'disturbing', 'disturbs', 'wakes', 'interrupt', 'interruptions', 'exposed', 'spam', 'intrusive']
    },
    sv: {
      words: ['tyst', 'tysta', 'ljudlös', 'diskret', 'integritet', 'privat', 'privata', 'konfidentiell', 'anonymiserad', 'samtycke', 'gdpr'],
      opposites: ['bullrig', 'buller', 'oväsen', 'högljudd', 'störa', 'stör', 'väcker', 'avbryta', 'exponerad', 'övervakad', 'skräppost', 'påträngande']
    },
    da: {
      words: ['stille', 'lydløs', 'lydløst', 'diskret', 'privatliv', 'privat', 'private', 'fortrolig', 'anonymiseret', 'samtykke', 'gdpr'],
      opposites: ['larmende', 'larm', 'støj', 'højlydt', 'forstyrre', 'forstyrrer', 'vækker', 'afbryde', 'afbrydelser', 'eksponeret', 'overvåget', 'spam', 'påtrængende']
    }
  },

  // -- remedies and the symptoms they answer ------------------------------------------------------------------
  {
    key: 'memory',
    kind: 'remedy',
    en: {
      words: ['reminder', 'reminders', 'remind', 'reminds', 'notification', 'notifications', 'notify', 'nudge', 'nudges', 'alert', 'alerts', 'alerting', 'prompt', 'prompts'],
      opposites: ['forget', 'forgets', 'forgot', 'forgotten', 'forgetting', 'miss', 'missed', 'misses', 'missing', 'late', 'overdue', 'deadline', 'deadlines', 'remember']
    },
    sv: {
      words: ['påminnelse', 'påminnelser', 'påminna', 'påminner', 'notis', 'notiser', 'avisering', 'aviseringar', 'larm', 'varning', 'varningar', 'puff'],
      opposites: ['glömmer', 'glömma', 'glömt', 'glömde', 'missar', 'missa', 'missat', 'sen', 'sent', 'deadline', 'förfallen', 'komma ihåg']
    },
    da: {
      words: ['påmindelse', 'påmindelser', 'minde', 'minder', 'notifikation', 'notifikationer', 'besked', 'beskeder', 'alarm', 'advarsel', 'advarsler', 'puf'],
      opposites: ['glemmer', 'glemme', 'glemt', 'glemte', 'misser', 'misse', 'misset', 'sen', 'sent', 'forfalden', 'forfaldne', 'frist', 'huske']
    }
  },
  {
    key: 'automation',
    kind: 'remedy',
    en: {
      words: ['automatic', 'automatically', 'automated', 'automate', 'automation', 'auto', 'autopilot', 'self-service', 'pre-filled', 'prefilled', 'zero-config', 'batch'],
      opposites: ['manual', 'manually', 'admin', 'administration', 're-entering', 'retyping', 'copy-paste', 'spreadsheet', 'spreadsheets', 'by hand', 'handwritten', 'paper', 'notebooks', 'overhead']
    },
    sv: {
      words: ['automatisk', 'automatiskt', 'automatiserad', 'automatisera', 'automatisering', 'auto', 'självbetjäning', 'förifylld', 'förifyllt'],
      opposites: ['manuell', 'manuellt', 'manuella', 'pappersarbete', 'administration', 'admin', 'kalkylark', 'excel', 'för hand', 'papper', 'anteckningsbok', 'handskrivet']
    },
    da: {
      words: ['automatisk', 'automatiseret', 'automatisere', 'automatisering', 'auto', 'selvbetjening', 'forudfyldt', 'udfyldt'],
      opposites: ['manuel', 'manuelt', 'manuelle', 'papirarbejde', 'administration', 'admin', 'regneark', 'excel', 'i hånden', 'papir', 'notesbog', 'håndskrevet']
    }
  },
  {
    key: 'unify',
    kind: 'remedy',
    en: {
      words: ['single', 'unified', 'all-in-one', 'centralized', 'centralised', 'central', 'combined', 'integrated', 'integration', 'integrations', 'one-stop', 'consolidated', 'synced', 'sync', 'everything', 'one place', 'single source'],
      opposites: ['fragmentation', 'fragmented', 'separate', 'separately', 'disconnected', 'juggling', 'juggle', 'switching', 'silos', 'siloed', 'multiple', 'several', 'patchwork', 'spread']
    },
    sv: {
      words: ['samlad', 'samlat', 'samlade', 'enda', 'allt-i-ett', 'centraliserad', 'central', 'kombinerad', 'integrerad', 'integrerat', 'integration', 'synkad', 'synk', 'allt'],
      opposites: ['fragmenterad', 'separat', 'separata', 'olika', 'frikopplade', 'jonglera', 'växla', 'flera', 'lapptäcke', 'splittrad', 'splittrat']
    },
    da: {
      words: ['samlet', 'samlede', 'eneste', 'alt-i-en', 'centraliseret', 'central', 'kombineret', 'integreret', 'integration', 'synkroniseret', 'synk', 'alt'],
      opposites: ['fragmenteret', 'separat', 'separate', 'forskellige', 'afkoblede', 'jonglere', 'skifte', 'flere', 'kludetæppe', 'splittet', 'opsplittet']
    }
  },
  {
    key: 'verify',
    kind: 'remedy',
    en: {
      words: ['validation', 'validate', 'validated', 'verify', 'verification', 'check', 'checks', 'checking', 'test', 'tests', 'testing', 'preview', 'inspection', 'pre-deployment', 'pre-flight', 'audit', 'detect', 'detection', 'detects'],
      opposites: ['bug', 'bugs', 'defect', 'defects', 'incident', 'incidents', 'regression', 'surprise', 'surprises', 'unexpected', 'untested', 'unverified', 'compliance', 'deceptive', 'conflict', 'conflicts']
    },
    sv: {
      words: ['validering', 'validera', 'validerad', 'verifiera', 'verifiering', 'testa', 'test', 'tester', 'förhandsgranskning', 'inspektion', 'besiktning', 'granskning'],
      opposites: ['bugg', 'buggar', 'defekt', 'defekter', 'incident', 'incidenter', 'överraskning', 'överraskningar', 'oväntat', 'oväntade', 'otestad', 'overifierad', 'regelefterlevnad', 'vilseledande']
    },
    da: {
      words: ['validering', 'validere', 'valideret', 'verificere', 'verifikation', 'teste', 'test', 'tests', 'forhåndsvisning', 'inspektion', 'gennemgang'],
      opposites: ['fejlrapport', 'defekt', 'defekter', 'hændelse', 'hændelser', 'overraskelse', 'overraskelser', 'uventet', 'uventede', 'utestet', 'uverificeret', 'compliance', 'vildledende']
    }
  },
  {
    key: 'guidance',
    kind: 'remedy',
    en: {
      words: ['guide', 'guides', 'guided', 'guidance', 'tutorial', 'tutorials', 'onboarding', 'tips', 'advice', 'coach', 'coaching', 'mentor', 'support', 'help', 'instructions', 'walkthrough'],
      opposites: ['clueless', 'beginner', 'beginners', 'novice', 'inexperienced', 'questions', 'ask', 'asking', 'know', 'knowing', 'understand']
    },
    sv: {
      words: ['guide', 'guider', 'guidad', 'vägledning', 'handledning', 'introduktion', 'tips', 'råd', 'coach', 'coachning', 'mentor', 'stöd', 'hjälp', 'instruktioner', 'förklaring'],
      opposites: ['nybörjare', 'ovan', 'oerfaren', 'vilse', 'frågor', 'fråga', 'veta', 'vet', 'förstå', 'förstår', 'lära sig']
    },
    da: {
      words: ['guide', 'guides', 'guidet', 'vejledning', 'introduktion', 'onboarding', 'tips', 'råd', 'coach', 'coaching', 'mentor', 'støtte', 'hjælp', 'instruktioner', 'forklaring'],
      opposites: ['begynder', 'begyndere', 'uerfaren', 'uvant', 'fortabt', 'spørgsmål', 'spørge', 'forstå', 'forstår']
    }
  },

  {
    key: 'payment',
    kind: 'remedy',
    en: {
      words: ['payment', 'payments', 'checkout', 'invoice', 'invoices', 'invoicing', 'billing', 'deposit', 'deposits', 'card', 'ach', 'pay-now', 'payout', 'payouts', 'settlement', 'escrow', 'wallet'],
      opposites: ['pay', 'paid', 'paying', 'unpaid', 'chasing', 'cash', 'cashflow', 'cash-flow', 'owed', 'owe', 'debt', 'debts', 'collect', 'collection', 'receivables']
    },
    sv: {
      words: ['betalning', 'betalningar', 'kassa', 'faktura', 'fakturor', 'fakturering', 'deposition', 'kort', 'kortbetalning', 'utbetalning', 'swish', 'plånbok'],
      opposites: ['betala', 'betalar', 'betalt', 'obetald', 'obetalda', 'jaga', 'kontanter', 'kassaflöde', 'skyldig', 'inkassera', 'indrivning']
    },
    da: {
      words: ['betaling', 'betalinger', 'faktura', 'fakturaer', 'fakturering', 'depositum', 'betalingskort', 'udbetaling', 'mobilepay', 'tegnebog'],
      opposites: ['betale', 'betaler', 'betalt', 'ubetalt', 'ubetalte', 'jagte', 'kontanter', 'pengestrøm', 'gæld', 'opkræve', 'inddrivelse']
    }
  },
  {
    key: 'documents',
    kind: 'remedy',
    en: {
      words: ['contract', 'contracts', 'e-signature', 'e-signatures', 'signature', 'signatures', 'sign', 'signed', 'form', 'forms', 'pdf', 'document', 'documents', 'documentation', 'paperless', 'records', 'receipt', 'receipts', 'scanner'],
      opposites: ['paperwork', 'bureaucracy', 'legal', 'tax', 'taxes', 'filing', 'signing', 'terms', 'agreement', 'agreements', 'proof', 'certificate', 'certificates']
    },
    sv: {
      words: ['avtal', 'kontrakt', 'e-signatur', 'signatur', 'signera', 'signerat', 'blankett', 'blanketter', 'pdf', 'dokument', 'dokumentation', 'papperslös', 'kvitto', 'kvitton', 'skanner'],
      opposites: ['byråkrati', 'juridik', 'juridiskt', 'skatt', 'deklaration', 'villkor', 'överenskommelse', 'intyg', 'certifikat']
    },
    da: {
      words: ['kontrakt', 'kontrakter', 'e-signatur', 'underskrift', 'underskrive', 'underskrevet', 'formular', 'formularer', 'pdf', 'dokument', 'dokumenter', 'dokumentation', 'papirløs', 'kvittering', 'kvitteringer', 'scanner'],
      opposites: ['bureaukrati', 'jura', 'juridisk', 'skat', 'selvangivelse', 'vilkår', 'overenskomst', 'attest', 'certifikat']
    }
  },
  {
    key: 'scale',
    kind: 'quality',
    en: {
      words: ['scale', 'scalable', 'scaling', 'bulk', 'cohort', 'cohorts', 'thousands', 'hundreds', 'unlimited', 'capacity', 'parallel', 'parallelized', 'simultaneously'],
      opposites: ['bottleneck', 'bottlenecks', 'overload', 'overloaded', 'sequential', 'one-by-one', 'volume', 'outgrow']
    },
    sv: {
      words: ['skala', 'skalbar', 'skalbart', 'massutskick', 'kohort', 'tusentals', 'hundratals', 'obegränsad', 'obegränsat', 'kapacitet', 'parallellt', 'samtidigt'],
      opposites: ['flaskhals', 'flaskhalsar', 'överbelastad', 'överbelastning', 'sekventiellt', 'en-och-en', 'volym']
    },
    da: {
      words: ['skalere', 'skalerbar', 'skalerbart', 'masseudsendelse', 'kohorte', 'tusindvis', 'hundredvis', 'ubegrænset', 'kapacitet', 'parallelt', 'samtidigt'],
      opposites: ['flaskehals', 'flaskehalse', 'overbelastet', 'overbelastning', 'sekventielt', 'en-ad-gangen', 'volumen']
    }
  },
  {
    key: 'setup',
    kind: 'remedy',
    en: {
      words: ['setup', 'set-up', 'install', 'installation', 'configure', 'configuration', 'plug-and-play', 'ready-made', 'import', 'migration', 'wizard', 'sdk', 'sdks', 'api'],
      opposites: ['adoption', 'adopt', 'switching cost', 'switching costs', 'lock-in', 'getting started', 'start', 'starting', 'first time', 'learning curve', 'steep', 'migrate', 'compatible', 'compatibility']
    },
    sv: {
      words: ['installation', 'installera', 'konfigurera', 'konfiguration', 'import', 'importera', 'migrering', 'guidning', 'gränssnitt', 'api'],
      opposites: ['införande', 'införa', 'inlåsning', 'komma igång', 'börja', 'starta', 'första gången', 'inlärningskurva', 'brant', 'byta', 'kompatibel', 'kompatibilitet']
    },
    da: {
      words: ['installation', 'installere', 'konfigurere', 'konfiguration', 'import', 'importere', 'migrering', 'opsætning', 'grænseflade', 'api'],
      opposites: ['indførelse', 'indføre', 'indlåsning', 'komme i gang', 'starte', 'første gang', 'indlæringskurve', 'stejl', 'skifte system', 'kompatibel', 'kompatibilitet']
    }
  },
  {
    key: 'diagnosis',
    kind: 'remedy',
    en: {
      words: ['diagnose', 'diagnosis', 'diagnostics', 'root', 'cause', 'causes', 'labeling', 'labelling', 'classification', 'explain', 'explainability', 'explanation', 'trace', 'traces'],
      opposites: ['why', 'debug', 'debugging', 'troubleshoot', 'troubleshooting', 'investigate', 'mystery', 'opaque', 'black', 'guesswork', 'trial-and-error', 'whack-a-mole']
    },
    sv: {
      words: ['diagnos', 'diagnostik', 'grundorsak', 'orsak', 'orsaker', 'klassificering', 'förklara', 'förklarbarhet', 'spåra', 'spår'],
      opposites: ['varför', 'felsöka', 'felsökning', 'undersöka', 'mysterium', 'ogenomskinlig', 'gissningar', 'gissa', 'chansa']
    },
    da: {
      words: ['diagnose', 'diagnostik', 'grundårsag', 'årsag', 'årsager', 'klassificering', 'forklare', 'forklarbarhed', 'spore', 'spor'],
      opposites: ['hvorfor', 'fejlsøge', 'fejlsøgning', 'undersøge', 'mysterium', 'uigennemsigtig', 'gætværk', 'gætte', 'prøve-og-fejle']
    }
  },

  // -- means (what a product is) and goals (what a job states) ---------------------------------------------
  {
    key: 'progress',
    kind: 'means',
    en: {
      words: ['tracker', 'tracking', 'chart', 'charts', 'stats', 'statistics', 'analytics', 'metrics', 'history', 'log', 'logging', 'journal', 'report', 'reports', 'reporting', 'monitoring', 'traceability', 'trail'],
      opposites: ['track', 'progress', 'monitor', 'measure', 'outcomes', 'results', 'improvement', 'improve', 'goal', 'goals', 'evidence', 'demonstrate', 'prove', 'roi']
    },
    sv: {
      words: ['spårning', 'diagram', 'statistik', 'analys', 'mätvärden', 'historik', 'logg', 'loggning', 'dagbok', 'rapport', 'rapporter', 'rapportering', 'övervakning', 'spårbarhet'],
      opposites: ['följa', 'följer', 'framsteg', 'utveckling', 'mäta', 'resultat', 'förbättra', 'förbättring', 'mål', 'bevis', 'visa', 'bevisa']
    },
    da: {
      words: ['sporing', 'diagram', 'statistik', 'analyse', 'målinger', 'historik', 'log', 'logning', 'dagbog', 'rapport', 'rapporter', 'rapportering', 'overvågning', 'sporbarhed'],
      opposites: ['følge', 'følger', 'fremskridt', 'udvikling', 'måle', 'resultater', 'forbedre', 'forbedring', 'mål', 'vise', 'bevise']
    }
  },
  {
    key: 'planning',
    kind: 'means',
    en: {
      words: ['planner', 'calendar', 'schedule', 'scheduling', 'booking', 'template', 'templates', 'roadmap', 'timetable', 'agenda', 'checklist', 'checklists', 'backlog', 'pipeline'],
      opposites: ['plan', 'planning', 'organize', 'organise', 'organized', 'organised', 'prepare', 'preparation', 'book', 'appointment', 'appointments', 'arrange', 'coordinate']
    },
    sv: {
      words: ['planerare', 'kalender', 'schema', 'schemaläggning', 'bokning', 'mall', 'mallar', 'färdplan', 'tidtabell', 'agenda', 'checklista', 'checklistor'],
      opposites: ['planera', 'planering', 'organisera', 'organiserad', 'förbereda', 'förberedelse', 'boka', 'ordna', 'samordna', 'hinna']
    },
    da: {
      words: ['planlægger', 'kalender', 'skema', 'planlægningsværktøj', 'booking', 'skabelon', 'skabeloner', 'køreplan', 'tidsplan', 'dagsorden', 'tjekliste', 'tjeklister'],
      opposites: ['planlægge', 'planlægning', 'organisere', 'organiseret', 'forberede', 'forberedelse', 'bestille', 'aftale', 'aftaler', 'arrangere', 'koordinere', 'nå']
    }
  },
  {
    key: 'learning',
    kind: 'means',
    en: {
      words: ['course', 'courses', 'lesson', 'lessons', 'video', 'videos', 'library', 'training', 'workshop', 'workshops', 'curriculum', 'module', 'modules', 'quiz', 'exercises', 'class', 'classes'],
      opposites: ['learn', 'learning', 'skill', 'skills', 'knowledge', 'study', 'studying', 'master', 'practice', 'practise', 'grow', 'growth', 'develop', 'development', 'educate']
    },
    sv: {
      words: ['kurs', 'kurser', 'lektion', 'lektioner', 'video', 'videor', 'bibliotek', 'utbildning', 'workshop', 'kursplan', 'modul', 'moduler', 'quiz', 'övningar', 'klass'],
      opposites: ['lära', 'lär', 'lärande', 'färdighet', 'färdigheter', 'kunskap', 'plugga', 'studera', 'behärska', 'öva', 'växa', 'utvecklas', 'utveckla']
    },
    da: {
      words: ['kursus', 'kurser', 'lektion', 'lektioner', 'video', 'videoer', 'bibliotek', 'uddannelse', 'workshop', 'pensum', 'modul', 'moduler', 'quiz', 'øvelser', 'klasse'],
      opposites: ['lære', 'lærer', 'læring', 'færdighed', 'færdigheder', 'viden', 'studere', 'mestre', 'øve', 'vokse', 'udvikles', 'udvikle']
    }
  },
  {
    key: 'communication',
    kind: 'means',
    en: {
      words: ['chat', 'messaging', 'message', 'messages', 'inbox', 'forum', 'email', 'mail', 'call', 'calls', 'comments', 'feedback', 'hotline', 'portal'],
      opposites: ['communicate', 'communication', 'talk', 'contact', 'discuss', 'reach', 'respond', 'reply', 'answer', 'answers', 'collaborate', 'update', 'inform']
    },
    sv: {
      words: ['chatt', 'meddelande', 'meddelanden', 'inkorg', 'forum', 'mejl', 'epost', 'samtal', 'kommentarer', 'återkoppling', 'portal'],
      opposites: ['kommunicera', 'kommunikation', 'prata', 'kontakta', 'diskutera', 'nå', 'svara', 'svar', 'samarbeta', 'uppdatera', 'informera']
    },
    da: {
      words: ['chat', 'meddelelse', 'meddelelser', 'indbakke', 'forum', 'mail', 'email', 'opkald', 'kommentarer', 'tilbagemelding', 'feedback', 'portal'],
      opposites: ['kommunikere', 'kommunikation', 'snakke', 'kontakte', 'diskutere', 'række', 'svare', 'svar', 'samarbejde', 'opdatere', 'informere']
    }
  },
  {
    key: 'food',
    kind: 'means',
    en: {
      words: ['ingredients', 'ingredient', 'recipe', 'recipes', 'meal', 'meals', 'kit', 'kits', 'menu', 'menus', 'dish', 'dishes', 'groceries', 'grocery', 'box'],
      opposites: ['eat', 'eating', 'cook', 'cooking', 'dinner', 'lunch', 'breakfast', 'food', 'hungry', 'diet', 'dietary', 'nutrition', 'feed', 'order', 'dining']
    },
    sv: {
      words: ['ingredienser', 'ingrediens', 'recept', 'måltid', 'måltider', 'matkasse', 'matkassar', 'meny', 'menyn', 'rätt', 'rätter', 'matvaror', 'livsmedel', 'låda'],
      opposites: ['äta', 'äter', 'laga', 'matlagning', 'middag', 'lunch', 'frukost', 'mat', 'hungrig', 'diet', 'näring', 'beställa', 'restaurang']
    },
    da: {
      words: ['ingredienser', 'ingrediens', 'opskrift', 'opskrifter', 'måltid', 'måltider', 'måltidskasse', 'måltidskasser', 'menu', 'menuen', 'ret', 'retter', 'dagligvarer', 'fødevarer', 'kasse'],
      opposites: ['spise', 'spiser', 'lave', 'madlavning', 'aftensmad', 'frokost', 'morgenmad', 'mad', 'sulten', 'diæt', 'ernæring', 'restaurant']
    }
  },
  {
    key: 'finding',
    kind: 'means',
    en: {
      words: ['search', 'filter', 'filters', 'recommendation', 'recommendations', 'recommend', 'catalogue', 'catalog', 'directory', 'map', 'marketplace', 'matching', 'match', 'finder', 'listing', 'listings'],
      opposites: ['find', 'finding', 'discover', 'discovery', 'choose', 'choosing', 'select', 'pick', 'compare', 'comparison', 'decide', 'decision', 'buy', 'purchase', 'procure']
    },
    sv: {
      words: ['sök', 'sökning', 'filter', 'rekommendation', 'rekommendationer', 'rekommendera', 'katalog', 'register', 'karta', 'marknadsplats', 'matchning', 'matcha', 'annons', 'annonser'],
      opposites: ['hitta', 'hittar', 'upptäcka', 'välja', 'väljer', 'jämföra', 'jämförelse', 'bestämma', 'beslut', 'köpa', 'köper', 'inköp']
    },
    da: {
      words: ['søgning', 'søg', 'filter', 'anbefaling', 'anbefalinger', 'anbefale', 'katalog', 'register', 'kort', 'markedsplads', 'matchning', 'matche', 'annonce', 'annoncer'],
      opposites: ['finde', 'finder', 'opdage', 'vælge', 'vælger', 'sammenligne', 'sammenligning', 'beslutte', 'beslutning', 'købe', 'køber', 'indkøb']
    }
  }
]
