package names

// Titles are honorifics and offices stripped from the front of person
// names and kept as the mention's Title. Keys are folded.
var Titles = Set{
	"president": true, "vice": true, "prime": true, "minister": true, "premier": true,
	"chancellor": true, "leader": true, "supreme": true, "king": true, "queen": true,
	"prince": true, "princess": true, "crown": true, "emperor": true, "empress": true,
	"pope": true, "sheikh": true, "sheik": true, "mr": true, "mrs": true, "ms": true,
	"miss": true, "mister": true, "dr": true, "doctor": true, "prof": true, "professor": true,
	"gen": true, "general": true, "lt": true, "lieutenant": true, "col": true, "colonel": true,
	"maj": true, "major": true, "capt": true, "captain": true, "adm": true, "admiral": true,
	"sgt": true, "sergeant": true, "sen": true, "senator": true, "rep": true,
	"representative": true, "congressman": true, "congresswoman": true, "gov": true,
	"governor": true, "mayor": true, "judge": true, "justice": true, "chief": true,
	"sir": true, "dame": true, "lord": true, "lady": true, "rev": true, "reverend": true,
	"father": true, "ayatollah": true, "chairman": true, "chairwoman": true, "ceo": true,
	"executive": true, "secretary": true, "foreign": true, "defence": true, "defense": true,
	"finance": true, "interior": true, "deputy": true, "former": true, "coach": true,
	"ambassador": true, "envoy": true, "spokesman": true, "spokeswoman": true,
	"commander": true, "marshal": true, "dictator": true, "chairperson": true,
	"attorney": true, "state": true, "trade": true, "economy": true, "labor": true,
	"labour": true, "health": true, "education": true, "energy": true, "sultan": true,
	"emir": true, "archbishop": true, "bishop": true, "cardinal": true, "rabbi": true,
	"imam": true, "mullah": true, "officer": true, "manager": true, "quarterback": true,
	"striker": true, "pitcher": true, "midfielder": true, "goalkeeper": true, "star": true,
	"spokesperson": true, "director": true, "commissioner": true, "boss": true,
	// Sports positions written before players' names: "LHP Scott Kazmir".
	"lhp": true, "rhp": true, "qb": true, "wr": true, "rb": true, "cb": true, "lb": true,
	"dh": true, "cf": true, "ss": true,
}

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
	"manager": true, "boss": true}

// Abbreviations keep their period: titles, months, company forms.
var Abbreviations = Set{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "sen": true, "rep": true,
	"gov": true, "lt": true, "capt": true, "sgt": true, "maj": true, "cmdr": true, "adm": true,
	"rev": true, "hon": true, "pres": true, "st": true, "mt": true, "ft": true, "jr": true, "sr": true,
	"inc": true, "corp": true, "co": true, "ltd": true, "bros": true, "plc": true, "vs": true, "jan": true, "feb": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "tue": true, "tues": true, "thu": true, "thur": true, "thurs": true, "fri": true, "ave": true,
	"blvd": true, "dept": true, "univ": true, "approx": true, "calif": true, "fla": true, "penn": true, "conn": true, "ariz": true,
	"mich": true, "minn": true, "okla": true, "tenn": true, "colo": true,
}

// NameAbbrevs keep their final period.
var NameAbbrevs = Set{
	"inc": true, "co": true, "corp": true, "ltd": true, "jr": true, "sr": true, "st": true,
	"bros": true, "mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "sen": true,
	"gov": true, "rep": true, "lt": true, "col": true, "capt": true, "adm": true, "prof": true,
	"sgt": true, "maj": true, "rev": true, "mt": true, "ft": true, "no": true,
}
