// Closed lists of ordinary English words that give a name its type. They describe how news
// English names things ("X Ministry", "Lieutenant General X", "X said"), never which things:
// no entity names live here. All lower-cased.

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Courtesy titles: they precede a name but state no position ("Mr", "Alhaji", "Datuk Seri", "Shri"). */
export const HONORIFICS = set(`
  mr mrs ms miss mx dr sir dame lord lady madam mister alhaji alhaja hajiya hon honourable honorable
  rev reverend prof shri smt sri datuk dato seri tun
`);

/** Head words of a title before a person's name: "Minister", "General", "Mr". */
export const TITLE_HEADS = new Set([...HONORIFICS, ...set(`
  professor president minister secretary chancellor premier governor senator sen rep representative
  congressman congresswoman mayor councillor cllr councilman councilwoman ambassador envoy
  king queen prince princess emperor pope cardinal bishop archbishop imam rabbi sheikh ayatollah
  general gen admiral adm colonel col lieutenant lt major maj captain capt sergeant sgt corporal
  commander cmdr brigadier marshal officer inspector detective chief superintendent
  judge justice attorney prosecutor chairman chairwoman ceo cfo coo director
  founder spokesman spokeswoman spokesperson coach manager leader mp mep mla msp
  commissioner sheriff constable speaker consul dean provost comptroller treasurer administrator
  secretary-general director-general attorney-general president-elect fm collector magistrate
  deputy undersecretary co-founder cofounder co-chair vice-chair vice-chairman vice-president
  gov pres supt insp det cpl cm whip
`)]);

/** Words that modify a title head: "Defence Minister", "Deputy Prime Minister", "Vice Admiral". */
export const TITLE_MODIFIERS = set(`
  deputy acting former interim foreign defence defense interior finance health justice education
  home trade economy energy environment transport culture state first executive senior junior
  associate assistant managing head opposition rear field vice prime chief staff crown ranking
  district circuit federal magistrate majority minority
`);

/** Person nouns the lexicon lacks or tags otherwise ("official" is an adjective to it). */
export const PERSON_NOUNS = set(`
  member official resident head deputy spokesman spokeswoman spokesperson lawmaker legislator
  politician candidate nominee activist campaigner protester victim survivor witness suspect
  defendant plaintiff veteran pensioner employee worker staffer aide adviser advisor consultant
  correspondent researcher physicist youngster teenager referee
  striker midfielder defender goalkeeper keeper winger centre-back full-back playmaker skipper
`);

/** A team's roles: after a name they make it the team ("Stoke manager Mark Hughes"). */
export const TEAM_ROLES = set(`
  manager boss coach striker midfielder defender goalkeeper keeper winger forward captain skipper
  centre-back full-back playmaker
`);

/** Last words that end only a person's name: "Vinicius Junior", "Martin Luther King Jr". */
export const NAME_SUFFIXES = set('junior jr sr ii iii');

/** Nouns of an apposition that make the name a site: "Rashtrapati Bhavan, the official residence of". */
export const SITE_NOUNS = set(`
  capital residence palace building compound monument mosque temple cathedral
  shrine stadium arena
`);

/** Honorifics that also tell gender. */
export const GENDERED_HONORIFICS: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['mr', 'male'], ['sir', 'male'], ['lord', 'male'], ['king', 'male'], ['prince', 'male'],
  ['mrs', 'female'], ['ms', 'female'], ['miss', 'female'], ['dame', 'female'], ['lady', 'female'],
  ['queen', 'female'], ['princess', 'female'], ['congresswoman', 'female'], ['chairwoman', 'female'],
  ['spokeswoman', 'female'], ['councilwoman', 'female'], ['congressman', 'male'], ['chairman', 'male'],
  ['spokesman', 'male'], ['councilman', 'male'],
]);

/** Last words of organisation names: "Plymouth City Council", "Sony Music", "Dong Energy". */
export const ORGANIZATION_HEADS = set(`
  ministry department office council committee commission agency authority administration
  government parliament assembly senate congress cabinet court tribunal police army navy
  forces force guard brigade regiment battalion division corps staff command coalition alliance
  union federation league association party movement front organization organisation
  institute institution university college school academy hospital clinic centre center centers
  centres foundation fund trust charity society club bank group company corporation corp inc
  ltd llc plc co gmbh ag sa holdings industries enterprises partners airlines airways motors
  systems technologies labs media news network broadcasting times post journal herald tribune
  gazette telegraph press agency records music studios pictures entertainment energy power oil
  gas petroleum pharmaceuticals service services board bureau directorate secretariat
  highways railways rail transport reporting team fc panel forum initiative
  programme program taskforce management capital ventures church united rovers athletic
  wanderers albion hotspur rangers consortium laboratory laboratories museum library observatory
  electronics semiconductor communications telecom pharma therapeutics insurance securities
  investments logistics solutions robotics liga exchange images motor
`);

/** Last words of named places and sites: "Sandy Lane", "Lavarack Barracks", "North Sea". */
export const PLACE_HEADS = set(`
  street st road rd avenue ave lane boulevard drive way square place highway motorway bridge
  tunnel airport station port harbour harbor stadium arena park barracks base river lake sea
  ocean gulf bay strait channel island islands peninsula mountain mountains mount mt hills
  valley desert forest region province county oblast district prefecture state territory city
  town village borough parish canyon coast beach falls knoll ridge reef hill
  moor heath marsh cliff point junction crossing farm hq headquarters strip complex terminal
  loop trail creek canal dam plaza alley crescent terrace parkway expressway freeway turnpike pike
  constituency ward isle
`);

/** Compass words that make a place of a place ("East Yorkshire", "Moray East"). */
export const COMPASS_WORDS = set(`
  north south east west northern southern eastern western central upper lower greater
  north-east north-west south-east south-west northeast northwest southeast southwest
`);

/** Lowercase words joining parts of one person's name: "Ursula von der Leyen", "bin Salman". */
export const NAME_PARTICLES = set(`
  van von der den de da di del della dos das du des la le bin bint ibn al el ben y zu
`);

/** Lowercase words that may join capitalised words of an organisation or place name. */
export const NAME_CONNECTORS = set('of for on and de du la');

/** Verbs whose subject is a speaker, usually a person: "Kovalenko added". */
export const SPEECH_VERBS = set(`
  said says told added wrote explained noted stated argued warned insisted claimed tweeted posted
  admitted acknowledged announced asked replied responded recalled continued urged
  confirmed denied suggested commented declared stressed emphasised emphasized
`);

/** A lowercase noun after a name that says it names an organisation: "the Rezonit plant". */
export const ORGANIZATION_NOUNS_AFTER = set(`
  plant facility factory company firm group brand union party agency network airline bank
  chain retailer manufacturer maker carrier studio label publisher newspaper broadcaster
  administration spokesman spokeswoman spokesperson officials executives
`);

/** A lowercase noun right before a name that says it names an organisation: "firm Shire". */
export const ORGANIZATION_NOUNS_BEFORE = set(`
  firm company companies carmaker automaker retailer group lender bank insurer airline carrier
  charity startup start-up maker manufacturer giant broadcaster newspaper club union party
  agency regulator conglomerate chain brand label publisher studio network operator rival
`);

/** A lowercase noun after a name that says it names a place: "the Moscow region". */
export const PLACE_NOUNS_AFTER = set(`
  region oblast province district county city town village area border farm coast island
  peninsula airport port river valley neighbourhood neighborhood suburb municipality residents
  motorway road highway bridge junction stadium street station crossing checkpoint
`);

/** Lowercase nouns after a capitalised word that make it a product or model, not an entity. */
export const PRODUCT_NOUNS_AFTER = set(`
  missile missiles drone drones rocket rockets jet jets fighter fighters tank tanks system
  systems rifle rifles vaccine vaccines phone phones app apps software console consoles
  vehicle vehicles car cars model models variant variants product products device devices
`);

/** Last words of the names of laws and agreements: neither people, organisations nor places. */
export const LAW_HEADS = set('act bill law treaty accord directive amendment');

/** Last words of names of events, contests and prizes, no entities: "EFL Cup", "Australian Open", "Nobel Prize". */
export const EVENT_HEADS = set(`
  cup open championship championships tournament games olympics paralympics festival summit
  award awards prize prizes trophy medal marathon derby expo week dialogue classic day slam
  show conference
`);

/** Lowercase nouns after a name that become part of it: "the Trump administration", "Moscow region". */
export const NAME_TAIL_NOUNS: ReadonlyMap<string, 'ORGANIZATION' | 'PLACE'> = new Map([
  ['administration', 'ORGANIZATION'], ['union', 'ORGANIZATION'], ['department', 'ORGANIZATION'], ['ministry', 'ORGANIZATION'],
  ['region', 'PLACE'], ['oblast', 'PLACE'], ['province', 'PLACE'],
]);

/** Organisation heads whose first word is usually a place: "Warrington Council", "Queensland Police". */
export const CIVIC_HEADS = set('council police government parliament assembly county university hospital airport');

/** Titles held for a place ("McMinnville Mayor"), unlike those held for a party ("Labour councillor"). */
export const CIVIC_TITLES = set('mayor governor premier sheriff');

/** Prepositions before a name that suggest a place: "in Zelenograd", "near Moscow". */
export const PLACE_PREPOSITIONS = set('in near outside across throughout towards toward via from into');

/** Words that govern "in" before a journal's name: "the study in Science Advances", "publish in Physical Review D". */
export const PUBLICATION_WORDS = set('study studies paper papers article articles findings research published publish publishes appeared appears');

/** Letters clubs put before or after a town: "FC Goa", "Bengaluru FC", "AC Milan". */
export const CLUB_LETTERS = set('fc afc cf sc ac sv vfb vfl cd ud rc');

/** Legal-form suffixes of companies, with or without their period: "Gilead Sciences, Inc.". */
export const COMPANY_SUFFIXES = set('inc ltd llc corp plc co gmbh ag sa nv bv lp llp');
