package names

// Titles are the words of titles, honorifics and offices that are stripped
// from the front of a person's name and kept as the mention's Title:
// "President", "Gen.", "Foreign Minister", "LHP". They are the [Offices],
// the abbreviated titles of [NameAbbrevs], the sports positions and the
// words below.
var Titles = union(Offices, titleAbbrevs, sportsPositions, Set{
	"vice": true, "prime": true, "supreme": true, "king": true, "queen": true,
	"prince": true, "princess": true, "crown": true, "emperor": true, "empress": true,
	"pope": true, "sheikh": true, "sheik": true, "miss": true, "mister": true,
	"doctor": true, "professor": true, "general": true, "lieutenant": true, "colonel": true,
	"major": true, "captain": true, "admiral": true, "sergeant": true,
	"representative": true, "congressman": true, "congresswoman": true,
	"judge": true, "justice": true, "sir": true, "dame": true, "lord": true, "lady": true,
	"reverend": true, "father": true, "ayatollah": true, "executive": true,
	"foreign": true, "defence": true, "defense": true, "finance": true, "interior": true,
	"deputy": true, "former": true, "commander": true, "marshal": true, "dictator": true,
	"attorney": true, "sultan": true, "emir": true, "archbishop": true, "bishop": true,
	"cardinal": true, "rabbi": true, "imam": true, "mullah": true, "star": true,
	"officer": true, "managing": true, "treasurer": true, "speaker": true,
	"baroness": true, "baron": true, "earl": true, "duke": true, "duchess": true, "viscount": true,
	"delegate": true, "negotiator": true,
	// A police rank, here and not among the TitleOffices: "the Defense
	// Department Inspector General" keeps its department (see
	// qualifyBodies).
	"inspector": true,
}, TitleOnly)

// TitleOnly are title words that may not start a title: "State Kim" is not a
// title, "Secretary of State Kim" is.
var TitleOnly = Set{"state": true, "trade": true, "economy": true, "labor": true,
	"labour": true, "health": true, "education": true, "energy": true, "star": true, "officer": true}

// Offices are the offices that a title names: a run of title words holding
// one of them ("Secretary-General", "Vice President", "Chief Executive")
// inside an organization or place span separates the organization from the
// person who holds the office ("Federal Reserve Chairman Alan Greenspan").
// Words that begin company names ("General", "King", "Crown") are left out.
var Offices = Set{"president": true, "minister": true, "premier": true,
	"chancellor": true, "secretary": true, "chairman": true, "chairwoman": true,
	"chairperson": true, "chief": true, "ceo": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "commissioner": true, "governor": true, "mayor": true, "senator": true,
	"ambassador": true, "envoy": true, "leader": true, "director": true, "coach": true,
	"manager": true, "boss": true, "adviser": true, "advisor": true}

// sportsPositions are written before players' names like titles: "LHP
// Scott Kazmir", "quarterback Brett Favre".
var sportsPositions = Set{"lhp": true, "rhp": true, "qb": true, "wr": true, "rb": true,
	"cb": true, "lb": true, "dh": true, "cf": true, "ss": true, "quarterback": true,
	"striker": true, "pitcher": true, "midfielder": true, "goalkeeper": true}

// titleAbbrevs are the titles written abbreviated, with a period: "Mr.",
// "Gen.", "Col.", "Cmdr.".
var titleAbbrevs = Set{"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true,
	"gen": true, "sen": true, "rep": true, "gov": true, "lt": true, "col": true, "capt": true,
	"sgt": true, "maj": true, "cmdr": true, "adm": true, "rev": true, "hon": true, "pres": true,
	// British police ranks, written with or without the period: "Chief
	// Supt Vell", "Det Insp Vell" (tail13b).
	"supt": true, "insp": true}

// NameAbbrevs are the abbreviated words that belong to names and keep their
// period there: titles ("Gen."), "St.", "Mt.", "Ft.", "Jr.", "Sr." and the
// company forms "Inc.", "Corp.", "Co.", "Ltd.", "Bros.". A name that ends in
// one keeps the period ("Apple Inc."); in capitals it is written in title
// case ("ST. LOUIS" → "St. Louis").
var NameAbbrevs = union(titleAbbrevs, Set{"st": true, "mt": true, "ft": true, "jr": true,
	"sr": true, "inc": true, "corp": true, "co": true, "ltd": true, "bros": true})

// Abbreviations are the words after which a period ends no sentence: the
// [NameAbbrevs], and months, weekdays, "Plc.", "vs.", street words and the
// state abbreviations that are no English word. Ambiguous ones are left
// out: "No." ("the answer was no."), "Mar.", "Sun.", "Wash.", "Ill.".
var Abbreviations = union(NameAbbrevs, without(monthAbbrevs, "mar"), weekdayAbbrevs,
	statesKeepPeriod, givenAbbrevs, Set{"plc": true, "vs": true, "ave": true, "blvd": true, "dept": true,
		"univ": true, "approx": true})

// FirmAbbrevsTitleCase are the abbreviated company words of Portuguese,
// Spanish and French names, written in title case with their period:
// "Cia." (Companhia, Compañía), "Cie." (Compagnie). They keep the period
// and end no sentence; only in title case, for "CIA." is an agency's
// acronym that may end one (tail14i).
var FirmAbbrevsTitleCase = Set{"Cia": true, "Cía": true, "Cie": true}

// givenAbbrevs are given names cut short, which firms keep in their names:
// "Alex. Brown and Sons", "Wm. Wrigley Jr".
var givenAbbrevs = Set{"alex": true, "wm": true, "chas": true, "jas": true, "thos": true, "robt": true, "benj": true}

// statesKeepPeriod are the abbreviations of [StateAbbrevs] that are no
// English word, so that their period ends no sentence: "Calif." but not
// "Wash." or "Ill.".
var statesKeepPeriod = Set{"calif": true, "fla": true, "penn": true, "conn": true,
	"ariz": true, "mich": true, "minn": true, "okla": true, "tenn": true, "colo": true}

// Honorifics are the titles that only people bear: "Mr", "Sir", "Lord".
// A name that begins with one is a person's.
var Honorifics = union(without(titleAbbrevs, "gen", "col", "capt", "maj", "lt", "sgt", "cmdr", "adm", "gov", "sen", "rep", "pres"),
	Set{"sir": true, "dame": true, "lord": true, "lady": true, "baroness": true, "mister": true,
		"mrs": true, "miss": true})
