package names

import "strings"

// Agency is a news agency or other outlet often credited as a source.
type Agency struct {
	ID      string   // "org:reuters"
	Names   []string // every name it goes by
	Strong  bool     // its names are distinctive enough to find by scanning
	UpperOK []string // short names matched only in capitals ("AP")
	// CreditOnly are names that stand for the agency only as a credit: the
	// "Reuter" that ends 1980s Reuters copy is a surname elsewhere (Edzard
	// Reuter of Daimler-Benz).
	CreditOnly []string
}

// Agencies is written for this project: the wire services and outlets that
// credit news copy.
var Agencies = []Agency{
	{ID: "org:reuters", Names: []string{"Reuters", "Thomson Reuters", "Reuters News"}, Strong: true, CreditOnly: []string{"Reuter"}},
	{ID: "org:ap", Names: []string{"Associated Press", "The Associated Press"}, UpperOK: []string{"AP"}, Strong: true},
	{ID: "org:afp", Names: []string{"Agence France-Presse", "Agence France Presse"}, UpperOK: []string{"AFP"}, Strong: true},
	{ID: "org:kcna", Names: []string{"Korean Central News Agency"}, UpperOK: []string{"KCNA"}, Strong: true},
	{ID: "org:xinhua", Names: []string{"Xinhua", "Xinhua News Agency", "New China News Agency"}, Strong: true},
	{ID: "org:yonhap", Names: []string{"Yonhap", "Yonhap News Agency", "Yonhap News"}, Strong: true},
	{ID: "org:tass", Names: []string{"ITAR-TASS", "Itar-Tass", "Tass"}, UpperOK: []string{"TASS"}, Strong: true},
	{ID: "org:ria-novosti", Names: []string{"RIA Novosti", "RIA"}, Strong: true},
	{ID: "org:interfax", Names: []string{"Interfax"}, Strong: true},
	{ID: "org:kyodo", Names: []string{"Kyodo", "Kyodo News", "Kyodo News Agency"}, Strong: true},
	{ID: "org:upi", Names: []string{"United Press International"}, UpperOK: []string{"UPI"}, Strong: true},
	{ID: "org:dpa", Names: []string{"Deutsche Presse-Agentur", "dpa"}, UpperOK: []string{"DPA"}, Strong: true},
	{ID: "org:ansa", Names: []string{"Ansa"}, UpperOK: []string{"ANSA"}},
	{ID: "org:efe", Names: []string{"Efe"}, UpperOK: []string{"EFE"}},
	{ID: "org:irna", Names: []string{"Islamic Republic News Agency"}, UpperOK: []string{"IRNA"}, Strong: true},
	{ID: "org:pti", Names: []string{"Press Trust of India"}, UpperOK: []string{"PTI"}, Strong: true},
	{ID: "org:bernama", Names: []string{"Bernama"}, Strong: true},
	{ID: "org:antara", Names: []string{"Antara"}},
	{ID: "org:anadolu", Names: []string{"Anadolu Agency", "Anadolu"}},
	{ID: "org:wafa", Names: []string{"Wafa"}},
	{ID: "org:mena", Names: []string{"Middle East News Agency"}, UpperOK: []string{"MENA"}},
	{ID: "org:sana", Names: []string{"Syrian Arab News Agency"}, UpperOK: []string{"SANA"}},
	{ID: "org:spa", Names: []string{"Saudi Press Agency"}},
	{ID: "org:aap", Names: []string{"Australian Associated Press"}, UpperOK: []string{"AAP"}},
	{ID: "org:canadian-press", Names: []string{"Canadian Press", "The Canadian Press"}, UpperOK: []string{"CP"}},
	{ID: "org:press-association", Names: []string{"Press Association"}, UpperOK: []string{"PA"}},
	{ID: "org:bloomberg", Names: []string{"Bloomberg", "Bloomberg News"}},
	{ID: "org:dow-jones", Names: []string{"Dow Jones Newswires"}},
	{ID: "org:bbc", Names: []string{"British Broadcasting Corporation"}, UpperOK: []string{"BBC"}},
	{ID: "org:cnn", Names: []string{"Cable News Network"}, UpperOK: []string{"CNN"}},
	{ID: "org:al-jazeera", Names: []string{"Al Jazeera", "Al-Jazeera", "Aljazeera"}},
	{ID: "org:ctk", Names: []string{"Ceteka", "Czechoslovak News Agency", "Czech News Agency"}, UpperOK: []string{"CTK"}},
	{ID: "org:adn", Names: []string{"Allgemeiner Deutscher Nachrichtendienst"}, UpperOK: []string{"ADN"}},
	{ID: "org:tanjug", Names: []string{"Tanjug"}, UpperOK: []string{"TANJUG"}},
	{ID: "org:pap", Names: []string{"Polish Press Agency"}, UpperOK: []string{"PAP"}},
	{ID: "org:jiji", Names: []string{"Jiji Press", "Jiji"}},
	{ID: "org:kuna", Names: []string{"Kuwait News Agency"}, UpperOK: []string{"KUNA"}},
	{ID: "org:ina", Names: []string{"Iraqi News Agency"}, UpperOK: []string{"INA"}},
	{ID: "org:wam", Names: []string{"Emirates News Agency"}, UpperOK: []string{"WAM"}},
	{ID: "org:pna", Names: []string{"Philippine News Agency"}, UpperOK: []string{"PNA"}},
	{ID: "org:bta", Names: []string{"Bulgarian Telegraph Agency"}, UpperOK: []string{"BTA"}},
	{ID: "org:agerpres", Names: []string{"Agerpres"}},
}

// CorpSuffixes are dropped from organization keys: "Apple Inc." and "Apple"
// are one organization.
var CorpSuffixes = Set{"inc": true, "incorporated": true, "corp": true,
	"corporation": true, "co": true, "company": true, "ltd": true, "limited": true,
	"llc": true, "plc": true, "ag": true, "sa": true, "nv": true, "gmbh": true, "spa": true,
	"lp": true, "llp": true, "bv": true, "ab": true, "asa": true, "oyj": true, "holdings": true,
	"pte": true, "bhd": true, "sdn": true, "pty": true, "kk": true, "sarl": true, "srl": true}

// CompanyWords are words that complete a company's short name: "Delta" is
// "Delta Air Lines", "Qantas" is "Qantas Airways".
var CompanyWords = Set{"air": true, "lines": true, "airline": true, "wireless": true,
	"networks": true, "semiconductor": true, "mining": true, "gold": true, "petroleum": true,
	"oil": true, "steel": true, "chemical": true, "chemicals": true, "foods": true,
	"international": true, "financial": true, "energy": true, "motors": true, "automotive": true,
	"computer": true, "computers": true, "devices": true, "instruments": true, "mobile": true,
	"pharmaceutical": true, "health": true, "healthcare": true, "and": true,
	"brothers": true, "bros": true, "resources": true, "petroleo": true, "energia": true,
	"investors": true, "service": true, "services": true, "breweries": true, "brewery": true,
	"trust": true, "bank": true, "banking": true, "industries": true, "manufacturing": true,
	"products": true, "systems": true, "electric": true, "gas": true, "power": true,
	"airlines": true, "airways": true, "shipping": true, "textiles": true, "realty": true,
	"properties": true, "investment": true, "investments": true, "securities": true}

// GenericOrgWords are the words that say nothing alone as the short name of
// an organization: the [GenericOrgHeads], company forms and the adjectives
// that begin names ("National", "United", "North").
var GenericOrgWords = union(GenericOrgHeads, Set{"company": true, "house": true,
	"office": true, "center": true, "centre": true, "team": true, "news": true, "press": true,
	"international": true, "national": true, "american": true, "new": true, "united": true,
	"first": true, "general": true, "world": true, "royal": true, "state": true,
	"federal": true, "central": true, "north": true, "south": true, "east": true, "west": true,
	"city": true, "county": true, "corp": true, "inc": true})

// GenericOrgHeads are the generic heads of organization names that, alone in an
// article, stand for the one organization there whose name they end
// ("the Commission", "the Senate"); across articles they say nothing.
var GenericOrgHeads = Set{"bank": true, "party": true, "ministry": true, "council": true,
	"court": true, "university": true, "college": true, "school": true, "group": true,
	"department": true, "agency": true, "committee": true, "commission": true,
	"association": true, "union": true, "army": true, "police": true, "government": true,
	"senate": true, "congress": true, "parliament": true, "board": true, "institute": true,
	"club": true, "league": true, "federation": true, "times": true, "post": true}

// OrgHeads are last words that make a name an organization's.
var OrgHeads = Set{"agency": true, "association": true, "authority": true, "bank": true,
	"board": true, "bureau": true, "church": true, "club": true, "college": true, "commission": true,
	"committee": true, "council": true, "court": true, "department": true, "federation": true,
	"foundation": true, "fund": true, "group": true, "institute": true, "league": true,
	"ministry": true, "network": true, "organization": true, "organisation": true, "party": true,
	"police": true, "reserve": true, "school": true, "service": true, "society": true,
	"systems": true, "team": true, "union": true, "university": true, "airlines": true,
	"airways": true, "motors": true, "motor": true, "technologies": true, "communications": true,
	"electronics": true, "pharmaceuticals": true, "industries": true, "journal": true,
	"times": true, "post": true, "news": true, "press": true, "securities": true,
	"exchange": true, "nations": true, "parliament": true, "senate": true, "congress": true,
	"army": true, "navy": true, "microsystems": true, "software": true, "labs": true,
	"laboratories": true, "capital": true, "partners": true, "holdings": true, "bancorp": true,
	"insurance": true, "telecom": true, "media": true, "entertainment": true, "studios": true,
	"records": true, "enterprises": true, "brands": true, "stores": true, "corps": true}

// OrgFirst are first words that make a name an organization's when "of"
// follows: "University of Michigan", "Bank of Japan".
var OrgFirst = Set{"university": true, "bank": true, "ministry": true, "department": true,
	"council": true, "organization": true, "organisation": true, "institute": true, "league": true,
	"federation": true, "association": true, "church": true, "house": true, "office": true, "board": true}

// MediaWords marks an organization name as an outlet: "The Washington Post
// reported" credits a source, "Microsoft said" does not.
var MediaWords = Set{"news": true, "agency": true, "press": true, "times": true,
	"post": true, "journal": true, "herald": true, "tribune": true, "television": true,
	"tv": true, "radio": true, "broadcasting": true, "gazette": true, "daily": true,
	"telegraph": true, "guardian": true, "newswire": true, "newswires": true, "wire": true,
	"magazine": true, "com": true, "chronicle": true, "observer": true, "media": true}

// IsOutletName reports whether a folded organization key names a news outlet.
func IsOutletName(key string) bool {
	for w := range strings.FieldsSeq(key) {
		if MediaWords[w] {
			return true
		}
	}
	return false
}

// OrgKey is the key of an organization name without corporate suffixes,
// "and Co" included: "Merrill Lynch & Co Inc" and "Merrill Lynch" have one
// key, "merrill lynch".
func OrgKey(key string) string {
	if b, ok := strings.CutSuffix(key, " bros"); ok {
		key = b + " brothers" // "Shearson Lehman Bros" is Brothers
	} else if b, ok := strings.CutSuffix(key, " bros inc"); ok {
		key = b + " brothers inc"
	}
	cut := false
	for {
		i := strings.LastIndexByte(key, ' ')
		if i < 0 {
			return key
		}
		last := key[i+1:]
		switch {
		case CorpSuffixes[last]:
			cut = true
		case cut && last == "and" && strings.IndexByte(key[:i], ' ') > 0:
			// "Sears, Roebuck and Co": the "and" went with the "Co". A
			// name of two words is kept whole: "X and Co" is "x and".
		default:
			return key
		}
		key = key[:i]
	}
}

// PossessiveNames are organization names whose final "'s" is part of the
// name, by key: "Moody's", "Standard & Poor's", "McDonald's".
var PossessiveNames = Set{"moodys": true, "standard and poors": true, "mcdonalds": true,
	"sainsburys": true, "lloyds": true, "sothebys": true, "christies": true, "macys": true,
	"kelloggs": true, "dillards": true, "wendys": true, "dominos": true, "friendlys": true,
	"hardees": true, "carls jr": true, "dennys": true, "claires": true, "kohls": true,
	"lowes": true, "walgreens": true, "sbarros": true, "arbys": true, "chilis": true}

// ConnectorNames are organizations whose names hold "and" or "&", by key
// without the possessive and company suffixes: a recognizer cuts them at
// the "and" ("Standard" and "Poor's Corp"), and the resolver puts them
// together again.
var ConnectorNames = Set{"standard and poor": true, "procter and gamble": true,
	"johnson and johnson": true, "marks and spencer": true, "tate and lyle": true,
	"black and decker": true, "dun and bradstreet": true, "smith and wesson": true,
	"barnes and noble": true, "ernst and young": true, "bausch and lomb": true,
	"church and dwight": true, "s and w berisford": true, "scottish and newcastle": true,
	"brown and williamson": true, "wagner and brown": true,
	"at and t": true, "h and r block": true, "c and a": true, "m and s": true,
	"b and q": true, "p and o": true, "s and p": true, "p and g": true, "j and j": true,
	"harland and wolff": true, "abercrombie and fitch": true,
	"arm and hammer": true, "lord and taylor": true, "gulf and western": true,
	"simon and schuster": true, "evans and sutherland": true,
	// Bands and duos: an organization by the type conventions.
	"simon and garfunkel": true, "jesus and mary chain": true, "belle and sebastian": true}

// GulfStates are the countries on the Persian Gulf: a story that names one
// means that gulf by "the Gulf".
var GulfStates = Set{"IR": true, "IQ": true, "KW": true, "SA": true, "AE": true, "QA": true, "BH": true, "OM": true}

// PlaceConnectorNames are places whose names hold "and", by key, that a
// recognizer cuts at the "and" ("Tyne" and "Wear"). Countries are in the
// country table.
var PlaceConnectorNames = Set{"tyne and wear": true, "kensington and chelsea": true,
	"hammersmith and fulham": true, "barking and dagenham": true, "brighton and hove": true,
	"dumfries and galloway": true, "perth and kinross": true, "argyll and bute": true,
	"trinidad and tobago": true, "antigua and barbuda": true, "bosnia and herzegovina": true,
	"sao tome and principe": true, "st kitts and nevis": true, "turks and caicos": true,
	"heard and mcdonald islands": true, "jammu and kashmir": true, "andaman and nicobar": true,
	"dadra and nagar haveli": true,
	// An English region, "and the" inside it (tail10yj).
	"yorkshire and the humber": true}

// DigitNames are the organizations whose one-word names hold a digit,
// lower-cased and without hyphens ("TF-1" is "tf1"):
// a one-word name with a digit is otherwise a product's or model's ("PS2",
// "MD-11", "SS-20"), or money ("A$245m"). Groups of countries ("G-7",
// "G20") are told by their shape.
var DigitNames = Set{"mi5": true, "mi6": true, "3m": true, "o2": true, "u2": true, "tf1": true,
	"itv1": true, "itv2": true, "itv3": true, "itv4": true, "vh1": true, "e4": true, "s4c": true, "3i": true,
	"7eleven": true, "1xtra": true, "3com": true, "3do": true, "4kids": true, "bbc1": true, "bbc2": true,
	"bbc3": true, "bbc4": true, "c4": true, "sky1": true, "sky2": true, "sky3": true, "uk2": true, "g4s": true,
	"m6": true, "rtl2": true, "pro7": true, "n24": true, "h3g": true}
