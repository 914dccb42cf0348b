package extract

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// roleTitle are the offices that a title names: a run of title words holding
// one of them ("Secretary-General", "Vice President", "Chief Executive")
// inside an organization or place span separates the organization from the
// person who holds the office ("Federal Reserve Chairman Alan Greenspan").
// Words that begin company names ("General", "King", "Crown") are left out.
var roleTitle = map[string]bool{"president": true, "minister": true, "premier": true,
	"chancellor": true, "secretary": true, "chairman": true, "chairwoman": true,
	"chairperson": true, "chief": true, "ceo": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "commissioner": true, "governor": true, "mayor": true, "senator": true,
	"ambassador": true, "envoy": true, "leader": true, "director": true, "coach": true,
	"manager": true, "boss": true}

// isTitleWord reports whether every part of a word ("Secretary-General")
// is a title word, and whether one of them is an office.
func isTitleWord(w string) (title, role bool) {
	if strings.IndexFunc(w, isWordBreak) < 0 {
		// One part: look it up without folding it into a new string.
		if !inKey(titleWords, w) {
			return false, false
		}
		return true, inKey(roleTitle, w)
	}
	k := Key(w)
	if k == "" {
		return false, false
	}
	title = true
	for part := range strings.FieldsSeq(k) {
		if !titleWords[part] {
			return false, false
		}
		role = role || roleTitle[part]
	}
	return title, role
}

// splitRole finds a title inside the words of an organization or place span:
// "U.N. Secretary-General", "Commission President Ursula von der Leyen",
// "Governor Arnold Schwarzenegger". It returns the words before the title,
// the title and the words after it; ok is false when the span holds no
// title or is itself a name made of title words ("Premier League", "Coach
// Inc.").
func splitRole(ws []word) (before []word, title string, after []word, ok bool) {
	for i := 0; i < len(ws); i++ {
		if i > 0 {
			p := strings.ToLower(ws[i-1].text)
			if minorWord[p] || p == "for" {
				continue // "Department of Energy", "Office of the President"
			}
		}
		if !isCapitalized(ws[i].text) {
			continue
		}
		j, role := i, false
		for j < len(ws) && isCapitalized(ws[j].text) {
			t, r := isTitleWord(ws[j].text)
			if !t {
				break
			}
			role = role || r
			j++
		}
		if !role || j == i {
			continue
		}
		before, after = ws[:i], ws[j:]
		if len(before) == 0 && len(after) == 0 {
			return nil, "", nil, false
		}
		if len(after) > 0 {
			// The rest must read as a person's name: capitalized words that
			// are no organization ("Premier League", "Chief Executives Club").
			m := &mention{words: strings.Fields(Key(joinWords(after)))}
			if len(m.words) == 0 || looksLikeOrg(m) || orgHead[m.words[len(m.words)-1]] || corpSuffix[m.words[len(m.words)-1]] || !isCapitalized(after[0].text) || !allCapitalized(after) {
				if len(before) == 0 {
					return nil, "", nil, false
				}
				after = nil
			}
		}
		var parts []string
		for _, w := range ws[i:j] {
			if Key(w.text) != "former" {
				parts = append(parts, w.text)
			}
		}
		return before, strings.Join(parts, " "), after, true
	}
	return nil, "", nil, false
}

// miscHead are last words that make a name an event's or a law's, MISC
// whatever the recognizer said: "AI Act", "Kyoto Treaty", "G20 Summit",
// "World Cup".
var miscHead = map[string]bool{"act": true, "treaty": true, "agreement": true, "accord": true,
	"accords": true, "summit": true, "pact": true, "protocol": true, "charter": true,
	"declaration": true, "doctrine": true, "amendment": true, "directive": true,
	"olympics": true, "games": true, "cup": true, "championship": true, "championships": true,
	"open": true, "marathon": true, "prize": true, "award": true, "awards": true,
	"festival": true, "expo": true, "bowl": true, "series": true, "invitational": true,
	"classic": true, "trophy": true, "tournament": true, "convention": true, "war": true}

// miscFirst are first words that make a name a storm's: "Hurricane Ivan".
var miscFirst = map[string]bool{"hurricane": true, "typhoon": true, "cyclone": true, "tropical": true}

// looksLikeMisc reports whether a name of two words or more ends in a word
// that makes it an event or a law, or begins with one that makes it a
// storm.
func looksLikeMisc(words []string) bool {
	return len(words) >= 2 && (miscHead[words[len(words)-1]] || miscFirst[words[0]])
}

// namePrefix are the starts of surnames written with an inner capital:
// "McDonald", "MacArthur", "DiCaprio", "LaFleur", "DeLay", "VanDyke".
var namePrefix = []string{"Mc", "Mac", "Di", "De", "Da", "Del", "Della", "La", "Le", "Du", "Van", "Von", "St", "Fitz", "Al", "El", "Ben", "Abu", "Bin", "Ter", "Ten"}

// isCamelCase reports whether a single word has a capital inside it that no
// surname prefix explains: "OpenAI", "PeopleSoft", "eBay", "JetBlue" are
// companies and products far more often than people.
func isCamelCase(w string) bool {
	if strings.ContainsAny(w, "'’-.&") || isUpperWord(w) {
		return false
	}
	prevLower := false
	for i, r := range w {
		if unicode.IsUpper(r) && prevLower {
			head := w[:i]
			for _, p := range namePrefix {
				if head == p || head == strings.ToLower(p) {
					return false
				}
			}
			return utf8.RuneCountInString(w[i:]) >= 2
		}
		prevLower = unicode.IsLower(r)
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return false
}

// conceptAcronym are acronyms of things, not of entities: "AI", "GDP".
// Alone they are no entity, whatever the recognizer said.
var conceptAcronym = map[string]bool{"ai": true, "gdp": true, "ipo": true, "ipos": true,
	"ceo": true, "cfo": true, "coo": true, "cto": true, "tv": true, "pc": true, "pcs": true,
	"cpu": true, "gpu": true, "dvd": true, "dvds": true, "cd": true, "cds": true, "hiv": true,
	"suv": true, "suvs": true, "mp3": true, "lcd": true, "voip": true, "wifi": true, "rfid": true,
	"atm": true, "atms": true, "dna": true, "3g": true, "4g": true, "5g": true, "ev": true,
	"evs": true, "hdtv": true, "pda": true, "pdas": true, "gmt": true, "et": true, "pt": true,
	"sars": true, "aids": true, "url": true, "html": true, "faq": true, "vp": true, "mvp": true,
	"rbi": true, "rbis": true, "era": true, "pm": true, "am": true}

// isTicker reports whether w is a stock symbol with its exchange, as wire
// copy writes them after a company: "JNJ.N", "ENB.TO", "CYBX.O".
func isTicker(w string) bool {
	sym, ex, ok := strings.Cut(w, ".")
	if !ok || len(sym) < 2 || len(sym) > 6 || len(ex) < 1 || len(ex) > 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.') {
			return false
		}
	}
	return true
}

// tickerBlocks returns the byte ranges of the parentheses that give a
// company's stock symbol: "(JNJ.N: Quote, Profile, Research)", "(ENB.TO)".
// The words in them name nothing.
func tickerBlocks(text string) [][2]int {
	var out [][2]int
	for i := 0; ; {
		j := strings.IndexByte(text[i:], '(')
		if j < 0 {
			return out
		}
		s := i + j
		e := strings.IndexByte(text[s:], ')')
		if e < 0 {
			return out
		}
		e += s
		inner := text[s+1 : e]
		first := inner
		if k := strings.IndexAny(inner, ": ,;"); k >= 0 {
			first = inner[:k]
		}
		if e-s < 80 && (isTicker(first) || strings.Contains(inner, "Quote, Profile")) {
			out = append(out, [2]int{s, e + 1})
		}
		i = s + 1
	}
}

// usStates are the abbreviations of the American states that datelines
// write after a city ("SAN JOSE, Calif."), folded, with the state's name.
var usStates = map[string]string{"ala": "Alabama", "ariz": "Arizona", "ark": "Arkansas",
	"calif": "California", "colo": "Colorado", "conn": "Connecticut", "del": "Delaware",
	"fla": "Florida", "ga": "Georgia", "ill": "Illinois", "ind": "Indiana", "kan": "Kansas",
	"kans": "Kansas", "ky": "Kentucky", "la": "Louisiana", "md": "Maryland",
	"mass": "Massachusetts", "mich": "Michigan", "minn": "Minnesota", "miss": "Mississippi",
	"mo": "Missouri", "mont": "Montana", "neb": "Nebraska", "nev": "Nevada",
	"nh": "New Hampshire", "nj": "New Jersey", "nm": "New Mexico", "ny": "New York",
	"nc": "North Carolina", "nd": "North Dakota", "okla": "Oklahoma", "ore": "Oregon",
	"pa": "Pennsylvania", "ri": "Rhode Island", "sc": "South Carolina", "sd": "South Dakota",
	"tenn": "Tennessee", "tex": "Texas", "vt": "Vermont", "va": "Virginia",
	"wash": "Washington State", "wva": "West Virginia", "wis": "Wisconsin", "wyo": "Wyoming"}

// stateAfterCity returns the state an abbreviation names when it follows a
// city and a comma, as in a dateline ("SANTA MARIA, Calif. -"), or "".
func stateAfterCity(text string, m *mention) string {
	st, ok := usStates[m.key]
	if !ok || len(m.words) != 1 {
		return ""
	}
	before := strings.TrimRight(text[:m.Start], " ")
	if !strings.HasSuffix(before, ",") {
		return ""
	}
	p, _ := prevWord(text, len(before)-1)
	if !isCapitalized(p) {
		return ""
	}
	return st
}

// nameParticle are lower-case words inside people's names.
var nameParticle = map[string]bool{"ibn": true, "bint": true, "ben": true, "abu": true,
	"do": true, "dos": true, "das": true, "ter": true, "ten": true, "zu": true, "af": true,
	"av": true, "op": true, "e": true, "st": true}

// cutLowerTail drops the words of a person's name from the first one in
// lower case that no name holds: "Donald sinks" is "Donald".
func cutLowerTail(ws []word) []word {
	for i := 1; i < len(ws); i++ {
		w := ws[i].text
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLower(r) || minorWord[w] || nameParticle[w] || titleWords[w] || strings.ContainsAny(w, "-'’") {
			continue
		}
		return ws[:i]
	}
	return ws
}

// corpCut splits an organization span after a company suffix that is not
// its last word, or drops a stock symbol after it: "Microsoft Corp. AOL" is
// two companies, "Enbridge Inc. ENB.TO" one.
func corpCut(ws []word) (first, rest []word) {
	for i := 1; i < len(ws)-1; i++ {
		k := Key(ws[i].text)
		if !corpSuffix[k] || k == "holdings" || k == "co" && Key(ws[i+1].text) == "ltd" {
			continue
		}
		if inKey(corpSuffix, stripPossessive(ws[i+1].text)) || !isCapitalized(ws[i+1].text) {
			continue
		}
		return ws[:i+1], ws[i+1:]
	}
	return ws, nil
}

// isWordBreak reports whether Key would split a word at r.
func isWordBreak(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '.' && r != '’'
}

// regions are places that are no country, capital or big city but stand
// alone in headlines: continents, American states, regions in the news.
var regions = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{"europe": true, "asia": true, "africa": true, "america": true,
		"americas": true, "antarctica": true, "oceania": true, "arctic": true, "balkans": true,
		"scandinavia": true, "siberia": true, "sahara": true, "darfur": true, "gaza": true,
		"kashmir": true, "tibet": true, "chechnya": true, "kosovo": true, "kurdistan": true,
		"silicon valley": true, "wall street": true, "hollywood": true,
		// The states without a dateline abbreviation in usStates.
		"alaska": true, "hawaii": true, "idaho": true, "iowa": true, "maine": true, "ohio": true,
		"utah": true}
	for _, st := range usStates {
		m[Key(st)] = true
	}
	return m
})

// knownPlace reports whether a folded name is a place the tables know: a
// country, a capital or big city, a state or a region.
func knownPlace(key string) bool {
	t := buildTables()
	_, c := t.countryByKey[key]
	return c || t.places[key] || regions()[key]
}
