package names

// MinorWords are the words written in lower case inside names: function
// words ("Bank of Japan", "Procter & Gamble") and the particles of people's
// names ("Osama bin Laden", "Abdullah ibn Saud", "Ludwig van Beethoven",
// "Punta del Este", "Banca della Svizzera").
// They are skipped in acronyms ("OPEC") and do not count against a name's
// capitals.
var MinorWords = Set{"of": true, "the": true, "and": true, "for": true, "on": true,
	"in": true, "at": true, "y": true, "&": true,
	"de": true, "du": true, "des": true, "la": true, "le": true, "van": true, "von": true,
	"der": true, "den": true, "da": true, "di": true, "bin": true, "al": true, "el": true,
	"ibn": true, "bint": true, "ben": true, "abu": true, "do": true, "dos": true, "das": true,
	"ter": true, "ten": true, "zu": true, "af": true, "av": true, "op": true, "e": true,
	"st": true, "del": true, "della": true}

// NameSuffixes are generational suffixes ignored when matching a surname.
var NameSuffixes = Set{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// ConceptAcronyms are acronyms of things, not of entities: "AI", "GDP".
// Alone they are no entity, whatever the recognizer said.
var ConceptAcronyms = Set{"ai": true, "gdp": true, "ipo": true, "ipos": true,
	"ceo": true, "cfo": true, "coo": true, "cto": true, "tv": true, "pc": true, "pcs": true,
	"cpu": true, "gpu": true, "dvd": true, "dvds": true, "cd": true, "cds": true, "hiv": true,
	"suv": true, "suvs": true, "mp3": true, "lcd": true, "voip": true, "wifi": true, "rfid": true,
	"atm": true, "atms": true, "dna": true, "3g": true, "4g": true, "5g": true, "ev": true,
	"evs": true, "hdtv": true, "pda": true, "pdas": true, "gmt": true, "et": true, "pt": true,
	"sars": true, "aids": true, "url": true, "html": true, "faq": true, "vp": true, "mvp": true,
	"rbi": true, "rbis": true, "era": true, "pm": true, "am": true, "hd": true, "iptv": true, "dvr": true,
	"dvrs": true, "pvr": true, "pvrs": true, "led": true, "isp": true, "isps": true,
	// A mobile phone's subscriber identity module: "SIM cards".
	"sim": true,
	// Computer-generated imagery, a producer price index, liquefied
	// petroleum and natural gas: a technique, a statistic, commodities.
	"cgi": true, "ppi": true, "lpg": true, "lng": true,
	// Ultraviolet: "a UV lamp", "under UV light" (tail10yj).
	"uv": true,
	// Tuberculosis ("a test for TB"), foreign direct investment
	// ("allowing FDI in"), a (wireless) local area network ("a wireless
	// LAN card"), an extended-play record ("their new EP") (tail14p). The
	// resolver keeps them where the article spells one out as a body's
	// name ("the European Parliament (EP)").
	"tb": true, "fdi": true, "lan": true, "wlan": true, "ep": true,
	// tail15g: computing's terms, an operating system's family, a query
	// language, a chip's scale of integration, a network's and a display's
	// standards ("the UNIX operating system", "the SQL programming
	// language", "VLSI devices", "an ISDN line", "the EGA graphics
	// standard"), a video recorder, and ribonucleic acid ("DNA and RNA").
	"unix": true, "sql": true, "vlsi": true, "isdn": true, "ega": true, "vga": true,
	"vcr": true, "vcrs": true, "rna": true,
	// tail16k: magnetic resonance imaging, a medical scan ("an MRI
	// scan"), and absent without leave, a soldier's state ("gone AWOL").
	"mri": true, "awol": true}

// MiscHeads are last words that make a name an event's or a law's, MISC
// whatever the recognizer said: "AI Act", "Kyoto Treaty", "G20 Summit",
// "World Cup", "Gambling Bill" (a bill before a parliament, or a Treasury
// bill; "Bills", a team's name, is left out).
var MiscHeads = Set{"act": true, "bill": true, "treaty": true, "agreement": true, "accord": true,
	"accords": true, "summit": true, "pact": true, "protocol": true, "charter": true,
	"declaration": true, "doctrine": true, "amendment": true, "directive": true,
	"olympics": true, "games": true, "cup": true, "championship": true, "championships": true,
	"open": true, "marathon": true, "prize": true, "award": true, "awards": true,
	"festival": true, "expo": true, "bowl": true, "series": true, "invitational": true,
	"classic": true, "trophy": true, "tournament": true, "convention": true, "war": true,
	"fair": true, "show": true, "lecture": true, "lectures": true, "regatta": true, "race": true,
	// tail14f: an evening's event, "the Quarbin Awards Dinner", "the Lemmo
	// Athletics Gala"; "ball" is left out, a surname as often.
	"dinner": true, "gala": true}

// AwardHeads are the film, television and music awards that end an
// award's name of two words or more: "TV Bafta", "Foreign Language Oscar".
// Alone "Bafta" is as often the academy that gives it.
var AwardHeads = Set{"oscar": true, "oscars": true, "bafta": true, "baftas": true, "emmy": true,
	"emmys": true, "grammy": true, "grammys": true}

// WorldEvents are last words that make an event's name after "World":
// "3GSM World Congress" is a trade fair, where "Trades Union Congress" is
// a body.
var WorldEvents = Set{"congress": true, "exhibition": true, "conference": true}

// WorkCues are common nouns that name the kind of a work or a product
// just before its name: "the album Lifeblood", "the drug Vioxx". A name
// after one is MISC whatever the recognizer said.
var WorkCues = Set{"album": true, "film": true, "movie": true, "sitcom": true, "documentary": true,
	"programme": true, "series": true, "novel": true, "musical": true, "opera": true, "song": true,
	"videogame": true, "drug": true, "console": true, "soap": true, "ep": true, "biopic": true}

// LooseWorkCues are [WorkCues] that are also verbs or sport's words ("to
// play Chelsea", "the title Arsenal won"): they are cues only after an
// article other than "the", a possessive, a number or a name ("a hit",
// "ITV's show", "PlayStation 2 title").
var LooseWorkCues = Set{"title": true, "game": true, "show": true, "single": true, "hit": true,
	"play": true, "book": true, "track": true, "drama": true, "phone": true, "handset": true}

// PeopleNouns are common nouns that follow a demonym in a phrase that names
// no one: "British Citizens", "British TV".
var PeopleNouns = Set{"citizens": true, "people": true, "nationals": true, "residents": true,
	"voters": true, "taxpayers": true, "public": true, "tv": true, "television": true,
	"fans": true, "troops": true, "soldiers": true, "consumers": true, "viewers": true,
	"music": true, "cinema": true, "industry": true, "economy": true, "shoppers": true}

// Shires are the British counties whose names end in "shire": one word
// that the recognizer, seeing no town, often types as a body ("his
// Buckinghamshire home"). Alone they are places; a county's bodies have
// more words ("Gloucestershire Police"). Berkshire is left out: alone it
// is Berkshire Hathaway as often.
var Shires = Set{"aberdeenshire": true, "ayrshire": true, "bedfordshire": true,
	"buckinghamshire": true, "cambridgeshire": true, "cheshire": true, "clackmannanshire": true,
	"denbighshire": true, "derbyshire": true, "dumfriesshire": true, "flintshire": true,
	"gloucestershire": true, "hampshire": true, "herefordshire": true, "hertfordshire": true,
	"huntingdonshire": true, "lanarkshire": true, "lancashire": true, "leicestershire": true,
	"lincolnshire": true, "monmouthshire": true, "northamptonshire": true, "nottinghamshire": true,
	"oxfordshire": true, "pembrokeshire": true, "perthshire": true, "renfrewshire": true,
	"shropshire": true, "staffordshire": true, "warwickshire": true, "wiltshire": true,
	"worcestershire": true, "yorkshire": true, "carmarthenshire": true, "stirlingshire": true}

// Interrogatives begin a work's title, never an entity's name: "Who Wants"
// of "Who Wants to be a Millionaire?".
var Interrogatives = Set{"who": true, "what": true, "why": true, "how": true, "where": true, "when": true}

// MiscFirst are first words that make a name a storm's: "Hurricane Ivan".
var MiscFirst = Set{"hurricane": true, "typhoon": true, "cyclone": true, "tropical": true}

// NoExtend are capitalized words that do not continue a name: pronouns,
// function words, days and months.
var NoExtend = union(weekdays, months, monthAbbrevs, Set{"the": true, "a": true, "an": true,
	"i": true, "he": true, "she": true, "it": true, "we": true, "they": true, "his": true,
	"her": true, "its": true, "their": true, "this": true, "that": true, "and": true,
	"but": true, "or": true, "in": true, "on": true, "at": true, "for": true, "to": true,
	"of": true, "by": true, "with": true, "from": true, "said": true, "says": true,
	"after": true, "before": true, "when": true, "while": true, "if": true, "as": true})

// weekdays are the days of the week.
var weekdays = Set{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true}

// weekdayAbbrevs are the days of the week abbreviated with a period, but
// those that are words ("Sun.", "Sat.", "Wed.", "Mon.").
var weekdayAbbrevs = Set{"tue": true, "tues": true, "thu": true, "thur": true,
	"thurs": true, "fri": true}

// months are the months but May, which is as often a name or a verb.
var months = Set{"january": true, "february": true, "march": true, "april": true,
	"june": true, "july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true}

// monthAbbrevs are the months abbreviated with a period.
var monthAbbrevs = Set{"jan": true, "feb": true, "mar": true, "apr": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true}

// SayVerbs follow a source: "KCNA said".
var SayVerbs = Set{"said": true, "says": true, "reported": true, "reports": true,
	"quoted": true, "added": true, "wrote": true, "announced": true, "cited": true, "stated": true}

// OtherDemonyms are names of peoples that are no one country's: they are
// MISC, never places.
var OtherDemonyms = Set{"korean": true, "koreans": true, "arab": true, "arabs": true,
	"european": true, "europeans": true, "african": true, "africans": true, "asian": true,
	"asians": true, "latin": true, "kurdish": true, "kurd": true, "kurds": true, "basque": true,
	"scottish": true, "scot": true, "scots": true, "english": true, "welsh": true, "catalan": true,
	"tibetan": true, "chechen": true, "chechens": true, "western": true, "eastern": true,
	"muslim": true, "muslims": true, "christian": true, "christians": true, "jewish": true,
	"shiite": true, "sunni": true, "islamic": true, "catholic": true, "hispanic": true,
	"caribbean": true, "nordic": true, "baltic": true, "balkan": true,
	// "Brits": the British, and the Brit Awards ("nominations for Brits"): MISC either way.
	"brits": true}

// MonthAbbrev reports whether a folded word is a month written short, as
// tables and headlines do ("Apr", "Sept", and the wire's "Apl", "Jne",
// "Jly"): alone it names nothing.
func MonthAbbrev(key string) bool {
	return monthAbbrevs[key] || key == "apl" || key == "jne" || key == "jly" || key == "mch"
}

// Currencies are the names of money that tables and price lists write in
// capitals ("Franc", "S.A. Rand"): alone they are no entity.
var Currencies = Set{"franc": true, "francs": true, "dollar": true, "dollars": true, "yen": true,
	"mark": true, "marks": true, "pound": true, "pounds": true, "sterling": true, "lira": true,
	"lire": true, "peso": true, "pesos": true, "rand": true, "rupee": true, "rupees": true,
	"yuan": true, "schilling": true, "guilder": true, "guilders": true, "krona": true,
	"krone": true, "escudo": true, "peseta": true, "pesetas": true, "drachma": true, "ecu": true,
	"ecus": true, "euro": true, "euros": true, "dlrs": true, "stg": true, "cruzado": true,
	"cruzados": true, "austral": true, "ringgit": true, "baht": true, "rupiah": true}

// CountryNouns are the common nouns that a headline writes in capitals
// after a country ("U.S. Market", "Japan Economy"): the country is named,
// nothing else.
var CountryNouns = Set{"market": true, "markets": true, "economy": true, "officials": true,
	"banks": true, "trade": true, "exports": true, "imports": true, "stocks": true,
	"shares": true, "firms": true, "companies": true, "sources": true, "industry": true,
	"output": true, "growth": true, "budget": true, "deficit": true, "surplus": true,
	"money": true, "bonds": true, "rates": true, "prices": true, "sales": true,
	// Kinds of assets a market trades: "U.S. Treasuries", "U.K. Equities".
	"equities": true, "treasuries": true, "securities": true, "futures": true,
	// A country's figures and deeds, capitalized: "U.S. Data", "U.S. Interference" (tail10zw).
	"data": true, "interference": true, "investments": true}

// SportWords are words of football and rugby reports: an article with
// several of them speaks of the clubs that towns name ("Leeds beat
// Liverpool"), not of the towns.
var SportWords = Set{"football": true, "footballer": true, "striker": true, "midfielder": true,
	"goalkeeper": true, "defender": true, "premiership": true, "league": true, "manager": true,
	"goal": true, "goals": true, "derby": true, "relegation": true, "uefa": true, "fifa": true,
	"penalty": true, "rugby": true, "tries": true, "scrum": true, "fly-half": true,
	"winger": true, "squad": true, "semi-final": true, "quarter-final": true, "kick-off": true,
	"equaliser": true, "equalizer": true, "fixture": true, "fixtures": true, "referee": true,
	"midfield": true, "transfer": true, "play-off": true, "play-offs": true, "premier": true,
	"fa": true, "cup": true}

// TenureWords after a person's surname name the person's time in office
// or the government they lead, not the person: "the Bush Presidency",
// "the Reagan Administration", "the Blair Government". A person's span
// that ends in one is the surname before it.
var TenureWords = Set{"presidency": true, "administration": true, "government": true, "era": true,
	"years": true, "cabinet": true, "doctrine": true, "regime": true}

// Commodities are the market words of [MarketWords] that name what is
// traded: after a town in a sentence ("N.Y. coffee futures were firmer")
// they make it a market's place too.
var Commodities = Set{"sugar": true, "cocoa": true, "coffee": true, "gold": true, "silver": true,
	"copper": true, "platinum": true, "tin": true, "aluminum": true, "aluminium": true, "metals": true,
	"futures": true, "grain": true, "freights": true, "cotton": true, "rubber": true, "wheat": true,
	"corn": true, "soybeans": true, "bullion": true, "cattle": true, "hogs": true, "eurodeposits": true}

// MarketWords follow the market's town in the shouted headings of
// market reports: "N.Y. GRAIN FREIGHTS", "PRS PARIS COCOA", "N.Y. COMEX
// GOLD", "N.Y. METAL SPOTS", "N.Y. FOREIGN EXCH CLOSING". The town there
// is the market's place, not an organization.
var MarketWords = Set{"sugar": true, "cocoa": true, "coffee": true, "gold": true, "silver": true,
	"copper": true, "platinum": true, "tin": true, "aluminum": true, "aluminium": true, "metals": true,
	"metal": true, "commodity": true, "commodities": true, "futures": true, "grain": true, "grains": true,
	"freights": true, "freight": true, "tankers": true, "money": true, "bank": true, "funds": true,
	"eurodeposits": true, "exchanges": true, "comex": true, "mercantile": true, "fcoj": true, "spot": true,
	"physicals": true, "cotton": true, "rubber": true, "wheat": true, "corn": true, "soybeans": true,
	"bullion": true, "stocks": true, "bonds": true, "forex": true, "interbank": true, "cattle": true, "hogs": true,
	"spots": true, "foreign": true, "exch": true}
