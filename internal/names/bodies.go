package names

import "strings"

// Generic bodies are the ministries, departments, central banks,
// parliaments, courts and armies that every country has and news names by
// their head alone: "the Finance Ministry", "the Treasury", "the Central
// Bank". They are one entity per country: the resolver qualifies each by
// the country its article ties it to ("org:finance-ministry@JP"), and
// bodies of two countries are never one.

// bodyHeads are the generic heads that stand alone, by key, with the head
// of the id they give.
var bodyHeads = map[string]string{"treasury": "treasury", "central bank": "central-bank",
	"reserve bank": "reserve-bank", "parliament": "parliament", "congress": "congress",
	"senate": "senate", "supreme court": "supreme-court", "high court": "high-court",
	"constitutional court": "constitutional-court", "army": "army", "navy": "navy",
	"air force": "air-force", "police": "police", "embassy": "embassy",
	"national assembly": "national-assembly", "treasury department": "treasury",
	"department of the treasury": "treasury", "national police": "police",
	"armed forces": "armed-forces", "cabinet": "cabinet",
	// A country's statistics agency, by the generic names news gives it
	// in English ("France's National Statistics Institute", "the Central
	// Bureau of Statistics" of Israel, of the Netherlands, of Indonesia).
	// Proper names stay names: "Statistics Canada", the "Federal
	// Statistics Office", the "Central Statistical Office" (CSO), the
	// "Office for National Statistics" (ONS).
	"national statistics institute": "statistics-office", "national statistic institute": "statistics-office",
	"national statistical institute": "statistics-office", "national institute of statistics": "statistics-office",
	"statistics institute": "statistics-office", "state statistics institute": "statistics-office",
	"national statistics office": "statistics-office", "central bureau of statistics": "statistics-office",
	"central statistics office": "statistics-office", "national bureau of statistics": "statistics-office",
	// A council many countries have by that name: the American one, and
	// Brazil's, Turkey's, the Philippines' ...
	"national security council": "national-security-council"}

// ideologies are the words of a party's generic name: the "Liberal Party"
// of Britain, of Canada and of Australia are three parties, as are the
// "Social Democratic Party" of West Germany and of Denmark.
var ideologies = Set{"liberal": true, "conservative": true, "labour": true, "labor": true,
	"socialist": true, "communist": true, "democratic": true, "green": true, "national": true,
	"social": true, "christian": true, "republican": true, "progressive": true, "radical": true,
	"popular": true, "nationalist": true, "unionist": true, "workers": true, "centre": true,
	"center": true, "agrarian": true, "democrat": true}

// partyHead returns the head of a party's generic name, folded into
// words: "liberal-party" for "Liberal Party", "social-democratic-party";
// "" for a party with a name of its own ("Liberal Front Party" is
// "front"'s) and for any other name.
func partyHead(ws []string) string {
	if len(ws) < 2 || len(ws) > 4 || ws[len(ws)-1] != "party" {
		return ""
	}
	for _, w := range ws[:len(ws)-1] {
		if !ideologies[w] {
			return ""
		}
	}
	return strings.Join(ws, "-")
}

// SoftBody reports whether a generic body of the head is one the news
// also names without a country, for one country's body above the others':
// a party by its ideology, a national security council. One the article
// ties to no country keeps its plain name, not left out as a ministry
// would be.
func SoftBody(head string) bool {
	return strings.HasSuffix(head, "-party") || head == "national-security-council"
}

// KnownParty returns the proper name the well-known names give a
// country's party of a generic head, "Australian Labor Party" for
// Australia's "labour-party" (Labor spelled so, the nation in its name),
// or "".
func KnownParty(head, country string) string {
	if !strings.HasSuffix(head, "-party") {
		return ""
	}
	want := strings.ReplaceAll(strings.ReplaceAll(head, "-", " "), "labor", "labour")
	best := ""
	for _, k := range knownNames {
		if k.Where != country || k.Type != Org || k.Name == "" {
			continue
		}
		var wb [8]string
		ws := appendFields(wb[:0], Key(k.Name))
		if l, _, _ := countryPrefix(ws); l > 0 {
			ws = ws[l:]
		}
		if strings.ReplaceAll(strings.Join(ws, " "), "labor", "labour") == want && (best == "" || k.Name < best) {
			best = k.Name // the smallest on a tie: the map's order is random
		}
	}
	return best
}

// plainBodies are the countries whose soft body keeps the plain id, the
// body English-language news means by the bare name: the American
// National Security Council, the American parties. Besides, a party the
// well-known names tie to a country ("Labour", "Tories") is that
// country's: see [PlainCountry].
var plainBodies = map[string]string{"national-security-council": "US", "democratic-party": "US",
	"republican-party": "US"}

// PlainCountry returns the country whose soft body of the head is the
// plain node, "org:labour-party" Britain's, or "".
func PlainCountry(head string) string {
	if c, ok := plainBodies[head]; ok {
		return c
	}
	if !strings.HasSuffix(head, "-party") {
		return ""
	}
	for _, k := range knownNames {
		if k.Where != "" && k.Type == Org && Key(k.Name) == strings.ReplaceAll(head, "-", " ") {
			return k.Where
		}
	}
	return ""
}

// portfolios are the words that name a ministry or a department: "Finance
// Ministry", "Ministry of Finance", "Agriculture Department".
var portfolios = Set{"finance": true, "foreign": true, "trade": true, "economy": true,
	"economics": true, "defence": true, "defense": true, "interior": true, "home": true,
	"justice": true, "agriculture": true, "health": true, "education": true, "energy": true,
	"oil": true, "petroleum": true, "industry": true, "labour": true, "labor": true,
	"commerce": true, "transport": true, "transportation": true, "environment": true,
	"information": true, "culture": true, "mines": true, "planning": true,
	"communications": true, "fisheries": true, "tourism": true, "housing": true,
	"employment": true, "welfare": true, "state": true, "war": true, "economic": true,
	"telecommunications": true, "petroleum and mines": true}

// Body is a generic body found in a name.
type Body struct {
	Head    string // the head of its id: "finance-ministry", "treasury"
	Country int    // the country the name itself gives ("Japanese Finance Ministry"), or -1
	// Prefix is the number of words before the body that give the
	// country ("U.S." in "U.S. Treasury"), and Demonym says they are a
	// demonym ("Japanese") rather than the country's name.
	Prefix  int
	Demonym bool
}

// GenericBody reads a name as a generic body, perhaps qualified by a
// country: "Finance Ministry", "Ministry of Finance", "the Japanese Finance
// Ministry", "Central Bank of the Philippines", "U.S. Department of
// Agriculture", "Soviet Army". It reports false for any other name,
// bodies with a name of their own ("Bank of Japan", "Ministry of
// International Trade and Industry") included.
func GenericBody(name string) (Body, bool) {
	var wb [8]string
	ws := appendFields(wb[:0], StripPossessive(strings.TrimSpace(name)))
	if len(ws) == 0 || len(ws) > 7 {
		return Body{}, false
	}
	b := Body{Country: -1}
	// A country or demonym before the body: "Japanese", "U.S.", "Japan's".
	t := Tables()
	if l, c, dem := countryPrefix(ws); l > 0 {
		b.Country, b.Prefix, b.Demonym, ws = c, l, dem, ws[l:]
	}
	// A country after it: "Central Bank of the Philippines", "Reserve Bank
	// of Australia".
	if n := len(ws); n >= 3 && b.Country < 0 {
		for l := 1; l <= 3 && l < n-1; l++ {
			of := n - l - 1
			var kb [64]byte
			if string(AppendKey(kb[:0], ws[of])) == "the" && of > 0 {
				of--
			}
			if string(AppendKey(kb[:0], ws[of])) != "of" {
				continue
			}
			q := strings.Join(ws[n-l:], " ")
			if c := t.Country(q, string(AppendKey(kb[:0], q))); c >= 0 {
				b.Country, ws = c, ws[:of]
				break
			}
		}
	}
	if b.Head = bodyHead(Key(strings.Join(ws, " "))); b.Head == "" {
		return Body{Country: -1}, false
	}
	return b, true
}

// countryPrefix returns the number of the first words of ws that name a
// country ("U.S.", "Japan's") or give its demonym ("Japanese"), at most
// three and never all; the country; and whether they are a demonym. It
// returns 0 when they name none.
func countryPrefix(ws []string) (int, int, bool) {
	t := Tables()
	for l := min(3, len(ws)-1); l >= 1; l-- {
		q := StripPossessive(strings.Join(ws[:l], " "))
		var kb [64]byte
		k := string(AppendKey(kb[:0], q))
		if c := t.Country(q, k); c >= 0 {
			return l, c, false
		}
		if c, ok := t.DemonymByKey[k]; ok {
			return l, c, true
		}
	}
	return 0, -1, false
}

// CountryBefore returns the number of the first words of a name that name
// a country, not by its demonym, and the country's code: 1 and "US" for
// "U.S. Securities and Exchange Commission". It returns 0 and "" for a
// name that begins with no country.
func CountryBefore(name string) (int, string) {
	var wb [8]string
	l, c, dem := countryPrefix(appendFields(wb[:0], name))
	if l == 0 || dem {
		return 0, ""
	}
	return l, countryTable[c].Alpha2
}

// bodyHead returns the head of the id of a folded generic body without its
// country, or "".
func bodyHead(k string) string {
	if h, ok := bodyHeads[k]; ok {
		return h
	}
	var wb [8]string
	ws := appendFields(wb[:0], k)
	if h := partyHead(ws); h != "" {
		return h
	}
	switch {
	case len(ws) == 2 && portfolios[ws[0]] && (ws[1] == "ministry" || ws[1] == "department"):
		// "Finance Ministry", "Agriculture Department".
		return ws[0] + "-" + ws[1]
	case len(ws) == 3 && ws[0] == "foreign" && ws[1] == "affairs" && ws[2] == "ministry":
		return "foreign-ministry"
	case len(ws) >= 3 && (ws[0] == "ministry" || ws[0] == "department") && ws[1] == "of":
		// "Ministry of Finance", "Department of the Interior", "Ministry
		// of Foreign Affairs".
		p := strings.Join(ws[2:], " ")
		p = strings.TrimPrefix(p, "the ")
		p = strings.TrimSuffix(p, " affairs")
		if p == "treasury" {
			return "treasury"
		}
		if portfolios[p] && !strings.Contains(p, " ") {
			return p + "-" + ws[0]
		}
	}
	return ""
}

// BodyLabel returns the label of a generic body's node: its head in words
// and the country's name, "Finance Ministry (Japan)"; without a country,
// the head alone.
func BodyLabel(head, country string) string {
	ws := strings.Split(head, "-")
	for i, w := range ws {
		ws[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	label := strings.Join(ws, " ")
	if country == "" {
		return label
	}
	if i, ok := Tables().CountryByCode[country]; ok {
		return label + " (" + countryTable[i].Name + ")"
	}
	return label + " (" + country + ")"
}

// absentBodies are the generic heads a country calls otherwise, so that
// its articles' "Finance Ministry" is another country's: the United States
// has a Treasury, a State Department and the Federal Reserve, Britain a
// Treasury and a Foreign Office.
var absentBodies = map[string]Set{
	"US": {"finance-ministry": true, "foreign-ministry": true, "central-bank": true, "reserve-bank": true, "parliament": true},
	"GB": {"finance-ministry": true, "foreign-ministry": true, "central-bank": true, "reserve-bank": true, "congress": true},
}

// soleBodies are the generic heads that one country alone calls so in
// English-language news, whose body an article that names no country
// means: "the State Department", "the Justice Department" (others have
// foreign and justice ministries).
var soleBodies = map[string]string{"state-department": "US", "justice-department": "US"}

// fewBodies are the generic heads that only some countries' bodies bear in
// English-language news, with those countries: a Tokyo story's "Congress"
// and "Senate" are America's (Japan has a Diet), a Moscow story's
// "Agriculture Department" too (the Soviet Union has ministries), and
// Japan has a Finance Ministry, not a Treasury. Departments ("Agriculture
// Department", "Department of Energy") are the American style, and that
// of a few other countries.
var fewBodies = map[string]Set{
	"congress": {"US": true, "BR": true, "AR": true, "MX": true, "PH": true, "CO": true, "CL": true,
		"PE": true, "VE": true, "GT": true, "HN": true, "PY": true, "BO": true, "EC": true,
		"DO": true, "SV": true, "IN": true},
	"senate": {"US": true, "FR": true, "IT": true, "CA": true, "AU": true, "BR": true, "MX": true,
		"AR": true, "PH": true, "PL": true, "CZ": true, "CL": true, "CO": true, "ES": true,
		"BE": true, "NL": true, "IE": true, "NG": true, "PK": true, "RO": true, "UY": true,
		"PY": true, "BO": true, "DO": true},
	"treasury": {"US": true, "GB": true, "AU": true, "NZ": true, "ZA": true},
	// The councils of that name in the news of 1987 and of 2004-05.
	"national-security-council": {"US": true, "BR": true, "TR": true, "PH": true, "KR": true,
		"PK": true, "TH": true, "IN": true, "ID": true, "NG": true, "AR": true, "CL": true},
}

// departmentCountries are the countries whose ministries the news calls
// departments ("Agriculture Department", "Department of Trade").
var departmentCountries = Set{"US": true, "GB": true, "CA": true, "AU": true, "IE": true,
	"PH": true, "ZA": true, "NZ": true, "HK": true}

// usualBodies are the countries English-language news means by a body
// whose article ties it to no country that has one: "Congress", "the
// Senate".
var usualBodies = map[string]string{"congress": "US", "senate": "US"}

// UsualCountry returns the country a body of the head is when its article
// names none that has one: the one country that calls it so, else the one
// the news usually means, else "".
func UsualCountry(head string) string {
	if c, ok := soleBodies[head]; ok {
		return c
	}
	return usualBodies[head]
}

// HasBody reports whether a country has a generic body of the head: false
// for the bodies it calls otherwise (the United States has no finance
// ministry).
func HasBody(country, head string) bool {
	if c, ok := soleBodies[head]; ok {
		return country == c // the others call it a foreign or justice ministry
	}
	if few, ok := fewBodies[head]; ok {
		return few[country]
	}
	if country == "US" && strings.HasSuffix(head, "-party") {
		// The news means the two American parties by party names in an
		// American story.
		return head == "democratic-party" || head == "republican-party"
	}
	if strings.HasSuffix(head, "-department") {
		return departmentCountries[country]
	}
	return !absentBodies[country][head]
}
