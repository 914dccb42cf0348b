package relate

// Word lists the rules read. Written for nergraph; lemmas and lower-case
// words.

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// attribution verbs report speech or writing: with them the speaker and
// the outlet are related to no one, and the reported clause is read on its
// own. "accord" is the lemma the tagger's "according" (to) gives.
var attribution = set("say", "tell", "report", "write", "insist", "add", "state", "claim", "quote", "accord",
	"explain", "argue", "note", "comment", "reply", "respond", "announce", "confirm", "warn", "declare",
	"acknowledge", "admit", "allege", "assert", "believe", "think", "estimate", "predict", "suggest",
	"rule", "find", "testify", "recall", "reiterate", "stress", "emphasize", "emphasise", "indicate",
	"signal", "hint", "caution", "concede", "contend", "maintain", "mention", "observe", "remark",
	"reveal", "show", "tweet", "post", "brief", "inform", "carry", "cite", "deny", "hope", "expect",
	"fear", "know", "learn", "understand", "see", "agree", "vow", "pledge", "promise", "threaten")

// clauseOnly are attribution verbs only when a clause follows ("announced
// that ...", "warned that ..."); with an object they are actions ("Lisa Su
// announced a partnership with OpenAI", "Rutte warned Russia").
var clauseOnly = set("announce", "confirm", "warn", "rule", "find", "testify", "reveal", "show", "carry",
	"cite", "inform", "brief", "signal", "indicate", "acknowledge", "admit", "deny", "hope", "expect",
	"fear", "know", "learn", "understand", "see", "agree", "vow", "pledge", "promise", "threaten", "believe",
	"think", "post", "report", "add", "note", "observe", "mention", "maintain", "recall", "stress")

// negVerbs before an infinitive say the action did not happen: "refused to
// sign"; deny takes an -ing form or a clause.
var negVerbs = set("fail", "refuse", "decline", "deny", "reject")

// futureMarkers after be and before to are left out of the predicate: "is
// set to", "is expected to".
var futureMarkers = set("set", "expected", "due", "going", "about", "likely", "poised", "scheduled", "slated",
	"able", "ready", "certain", "sure", "bound")

// unableMarkers after be and before to negate: "was unable to".
var unableMarkers = set("unable")

// reciprocal predicates relate coordinated subjects to each other: "Kim
// and Putin exchanged letters".
var reciprocal = set("exchange", "merge", "draw", "meet", "talk", "trade", "clash", "fight", "negotiate",
	"cooperate", "ally", "partner", "collaborate", "swap", "tie", "split", "compete", "battle", "unite",
	"combine", "marry", "divorce", "reconcile", "agree", "sign", "reach", "conclude", "finalize", "finalise",
	"resume", "restore", "normalize", "normalise", "establish", "hold", "discuss", "settle", "share", "team",
	"join", "link", "play", "face", "embrace", "shake", "wed", "quarrel", "feud", "spar", "duel", "dispute",
	"ink", "seal", "strike", "forge", "form", "launch", "open", "broker", "end")

// reciprocalNeeds lists reciprocal lemmas that are reciprocal only with
// such a noun as object: "signed a pact", not "signed a striker".
var reciprocalNeeds = map[string]map[string]bool{
	"sign":      nounsOfAgreement,
	"reach":     nounsOfAgreement,
	"conclude":  nounsOfAgreement,
	"finalize":  nounsOfAgreement,
	"finalise":  nounsOfAgreement,
	"ink":       nounsOfAgreement,
	"seal":      nounsOfAgreement,
	"strike":    nounsOfAgreement,
	"forge":     set("alliance", "partnership", "ties", "relationship", "pact", "deal", "agreement", "links"),
	"form":      set("alliance", "partnership", "coalition", "venture", "joint"),
	"launch":    set("venture", "joint", "partnership"),
	"resume":    set("talks", "ties", "relations", "patrols", "negotiations", "trade", "flights", "dialogue", "contacts"),
	"restore":   set("ties", "relations", "diplomatic", "links", "contacts"),
	"establish": set("ties", "relations", "diplomatic", "links", "contacts"),
	"normalize": set("ties", "relations"),
	"normalise": set("ties", "relations"),
	"hold":      set("talks", "negotiations", "meeting", "meetings", "summit", "consultations", "discussions"),
	"share":     set("border", "intelligence", "information"),
	"open":      set("talks", "negotiations", "dialogue"),
	"end":       set("talks", "partnership", "alliance", "feud", "dispute", "war", "relationship"),
	"settle":    set("dispute", "case", "differences", "lawsuit", "suit"),
	"join":      set("forces", "hands"),
	"team":      set("up"),
	"play":      set("each", "out"),
	"face":      set("off"),
	"shake":     set("hands"),
	"link":      set("up"),
	"broker":    set("deal"),
	"embrace":   nil,
}

var nounsOfAgreement = set("pact", "deal", "agreement", "treaty", "accord", "contract", "memorandum",
	"truce", "ceasefire", "cease-fire", "armistice", "alliance", "partnership", "declaration", "statement",
	"communique", "deals", "agreements", "pacts", "accords", "treaties", "contracts", "settlement", "compact",
	"protocol", "charter", "understanding", "merger")

// objectControl verbs take an object that is the doer of the infinitive
// after it: "urged Israel to agree". The requested action is no relation.
var objectControl = set("urge", "ask", "call", "press", "push", "tell", "order", "force", "persuade", "encourage",
	"invite", "allow", "permit", "want", "request", "require", "pressure", "pressurize", "lobby", "advise",
	"warn", "beg", "implore", "challenge", "expect", "authorize", "authorise", "instruct", "direct",
	"compel", "oblige", "convince", "help", "enable", "prompt", "inspire", "appeal", "demand")

// locative verbs take a place as an argument after in, at, on, near: "struck
// targets in Syria", "arrived in Kyiv"; other verbs make such a place an
// adjunct ("met Putin in Beijing").
var locative = set("arrive", "land", "stay", "live", "remain", "settle", "invest", "strike", "bomb", "attack",
	"hit", "shell", "station", "deploy", "base", "build", "open", "launch", "fire", "buy", "acquire",
	"establish", "set", "drop", "send", "move", "expand", "relocate", "withdraw", "pull", "locate", "found",
	"headquarter", "construct", "plant", "place", "position", "install", "raid", "target", "seize", "capture",
	"occupy", "invade", "enter", "reach", "return", "travel", "fly", "go", "come", "flee", "escape",
	"detain", "arrest", "imprison", "jail", "hold", "keep", "dock", "anchor", "camp", "gather", "mass",
	"rally", "shoot", "kill", "bury", "ground", "station", "park", "store", "stockpile", "operate", "run",
	"manufacture", "produce", "make", "own", "close", "shut", "lease", "rent", "sell", "list", "float",
	"register", "incorporate", "domicile", "train", "drill", "test", "host", "sink", "crash", "hijack",
	"kidnap", "abduct", "ambush", "storm", "bombard", "blockade", "besiege", "encircle", "surround",
	"liberate", "recapture", "retake", "annex", "evacuate", "resettle", "deport", "extradite", "transfer")

// motionPreps take a place as the goal or source of any verb: "flew to
// Moscow", "withdrew from Kherson".
var motionPreps = set("to", "into", "from", "toward", "towards", "onto", "out")

// subordinators open a clause; a subject right after one is a subject. Other
// prepositions make the entity after them no subject: "Delegations from
// Brazil gathered".
var subordinators = set("that", "because", "after", "before", "while", "although", "though", "if", "since",
	"as", "whether", "unless", "until", "once", "so", "whereas", "when", "where")

// relativePronouns open a relative clause.
var relativePronouns = set("who", "which", "that", "whom")

// droppedWords are left out of a predicate: adverbs of time and degree that
// the tagger may tag otherwise, and words of amounts.
var droppedWords = set("also", "again", "once", "now", "both", "majority", "twice", "earlier", "already",
	"still", "just", "even", "then", "later", "first", "recently", "reportedly", "allegedly", "formally",
	"officially", "finally", "eventually", "jointly", "quickly", "further", "previously", "subsequently",
	"percent", "%", "pct", "billion", "million", "trillion", "bn", "mln", "m", "about", "around", "nearly",
	"almost", "some", "roughly", "approximately", "over", "more", "than", "up", "$", "£", "€", "¥",
	"dollars", "euros", "pounds", "yen", "yuan", "roubles", "rubles", "francs")

// amountWords are dropped only next to a number: "about $13 billion".
var amountWords = set("percent", "%", "pct", "billion", "million", "trillion", "bn", "mln", "m", "about",
	"around", "nearly", "almost", "some", "roughly", "approximately", "over", "more", "than", "up", "dollars",
	"euros", "pounds", "yen", "yuan", "roubles", "rubles", "francs")

// timeNouns after an object do not make it a modifier: "met Putin Tuesday".
var timeNouns = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "today", "yesterday", "tonight", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.")

// roleNouns name offices, jobs and corporate ties.
var roleNouns = set("leader", "president", "minister", "premier", "secretary", "spokesman", "spokeswoman",
	"spokesperson", "chief", "ambassador", "envoy", "prince", "princess", "king", "queen", "emperor",
	"chairman", "chairwoman", "chair", "executive", "ceo", "founder", "co-founder", "cofounder", "manager",
	"coach", "principal", "striker", "midfielder", "defender", "goalkeeper", "captain", "forward", "winger",
	"player", "reporter", "correspondent", "editor", "journalist", "lawyer", "attorney", "trader", "owner",
	"unit", "subsidiary", "head", "director", "governor", "commander", "general", "mayor", "chancellor",
	"senator", "deputy", "official", "officer", "adviser", "advisor", "aide", "negotiator", "economist",
	"analyst", "strategist", "general-secretary", "secretary-general", "chief-executive", "boss", "partner",
	"shareholder", "investor", "parent", "division", "arm", "affiliate", "chairperson", "vice-president",
	"vice-chairman", "prosecutor", "judge", "justice", "spokesperson", "diplomat", "representative",
	"delegate", "member", "pilot", "driver", "rider", "teammate", "designer", "engineer", "scientist",
	"researcher", "professor", "monarch", "sultan", "emir", "sheikh", "president-elect", "premier-elect",
	"treasurer", "cfo", "coo", "cto", "founder-ceo", "boss", "head-coach", "skipper", "manager")

// orgRoles are roles a company holds of another: "TikTok's owner
// ByteDance", "Alphabet's Waymo unit".
var orgRoles = set("owner", "unit", "subsidiary", "parent", "division", "arm", "affiliate", "shareholder",
	"investor", "partner")

// roleAfterName are role nouns written after the name they name:
// "Alphabet's Waymo unit".
var roleAfterName = set("unit", "subsidiary", "division", "arm", "affiliate")

// plurals of role nouns that do not just add -s.
var rolePlurals = map[string]string{"chiefs": "chief", "attorneys": "attorney", "secretaries": "secretary",
	"spokesmen": "spokesman", "spokeswomen": "spokeswoman", "chairmen": "chairman", "chairwomen": "chairwoman",
	"subsidiaries": "subsidiary", "princes": "prince", "princesses": "princess", "bosses": "boss",
	"ministers": "minister", "leaders": "leader", "presidents": "president", "executives": "executive",
	"heads": "head", "ambassadors": "ambassador", "envoys": "envoy", "founders": "founder", "co-founders": "co-founder"}

// catenative verbs take an -ing form in their verb group: "denied trading",
// "keep selling".
var catenative = set("deny", "keep", "stop", "start", "continue", "avoid", "consider", "finish", "resume",
	"begin", "quit", "risk", "admit", "recommend", "suggest", "enjoy", "regret", "mind", "delay", "postpone")

// groupAdverbs may stand inside a verb group though the tagger calls them
// otherwise: "were both signed", "is majority owned".
var groupAdverbs = set("both", "majority", "wholly", "partly", "jointly", "fully", "all", "each")

// particles may close a phrasal verb after its object: "left Neymar out".
var particles = set("out", "off", "up", "down", "back", "away", "over", "aside", "in")

// complexPreps are prepositions of several words, read as one: "ruled in
// favour of", "finished ahead of".
var complexPreps = [][]string{
	{"in", "favour", "of"}, {"in", "favor", "of"}, {"on", "behalf", "of"}, {"in", "support", "of"},
	{"in", "charge", "of"}, {"in", "talks", "with"}, {"at", "odds", "with"}, {"in", "line", "with"},
	{"ahead", "of"}, {"in", "front", "of"}, {"on", "top", "of"}, {"out", "of"}, {"instead", "of"},
	{"in", "response", "to"}, {"in", "exchange", "for"}, {"in", "partnership", "with"}, {"close", "to"},
	{"next", "to"}, {"away", "from"}, {"up", "to"},
}

// reflexives after a subject are skipped: "Reuters itself signed".
var reflexives = set("itself", "himself", "herself", "themselves")

// timeAdjectives before a time noun after an object do not make the object
// a modifier: "visited Kyiv last week".
var timeAdjectives = set("last", "next", "this", "early", "late", "earlier", "later")

// timeUnits are the nouns of such adverbials.
var timeUnits = set("week", "month", "year", "weekend", "night", "morning", "evening", "afternoon", "summer",
	"spring", "autumn", "fall", "winter", "season", "quarter", "decade", "century", "day", "time", "weeks", "months", "years")

// kinNouns and honorifics stand before a person's name like titles.
var kinNouns = set("son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "cousin", "uncle", "aunt")

var honorifics = set("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "lord", "lady", "dame", "prof", "prof.",
	"sheikh", "king", "queen", "prince", "princess", "pope", "cardinal", "rev.", "gen.", "col.", "lt.", "sgt.")

// speechAtEnd are the verbs of clauseOnly that report speech also when
// nothing follows: "..., Bloomberg reported."
var speechAtEnd = set("report", "add", "note", "confirm", "warn", "announce", "reveal", "testify", "post",
	"observe", "mention", "stress", "recall", "acknowledge", "admit", "indicate", "signal", "brief", "cite", "rule")

// cognition verbs report a belief: like verbs of saying, never a relation
// of their own ("he believed President Reagan, who ..., was committed").
var cognition = set("believe", "think", "fear", "hope", "feel", "suspect", "assume", "doubt", "expect", "guess",
	"reckon", "suppose", "imagine", "consider", "predict", "estimate", "forecast", "project", "calculate")

// placeRoles are the roles a person can hold of a city or region: offices,
// not jobs ("New York money manager Mario Gabelli" is no manager of New York).
var placeRoles = set("leader", "president", "minister", "premier", "secretary", "spokesman", "spokeswoman",
	"spokesperson", "chief", "ambassador", "envoy", "prince", "princess", "king", "queen", "emperor", "governor",
	"mayor", "senator", "representative", "delegate", "commander", "general", "official", "head", "chancellor",
	"monarch", "sultan", "emir", "sheikh", "deputy", "prosecutor", "judge", "justice", "coach", "captain")
