package extract

import (
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/nergraph/nergraph/internal/names"
)

// The article phase reads what a name means from the article around it:
// the time it was written in (Germany in 1987 is West Germany), the
// country it is tied to (the "Finance Ministry" of a Tokyo story is
// Japan's), and the acronyms it defines (its own "NHS" wins over the
// well-known one).

// article is what the article phase knows of the article.
type article struct {
	text      string
	titleEnd  int
	date      time.Time
	ms        []*mention
	former    map[string]bool // former countries whose time the article is of
	home      string          // the country code its dateline gives, or ""
	place     string          // the dateline the input gives apart from the text, or ""
	givenHome bool            // home is place's country
	defined   map[string]bool // keys of the acronyms the article defines
	most      string          // the country it names most, once asked
	mostDone  bool
	sport     bool // a football or rugby report (sportStory), once asked
	sportDone bool
}

// contextual runs the article phase over the classified mentions.
func (r *Resolver) contextual(a *article) {
	a.defined = map[string]bool{}
	for _, m := range a.ms {
		if m.defines != nil {
			a.defined[m.key] = true
		}
	}
	a.former = r.formerTimes(a)
	for _, m := range a.ms {
		r.eraCountry(a, m)
	}
	a.home = r.dateline(a)
	if a.home == "" && a.place != "" {
		a.home = r.placeCountry(a, a.place)
		a.givenHome = a.home != ""
	}
	r.creditNames(a)
	for _, m := range a.ms {
		r.knownName(a, m)
		nickname(a, m)
		r.marketDesk(a, m)
		r.incorporationPlace(a, m)
		r.bareGulf(a, m)
		r.townOrClub(a, m)
		r.provinceSide(a, m)
		r.firmKindElsewhere(a, m)
		placeByCue(a, m)
		thingCalled(a, m)
		sharedSurname(a, m)      // tail10zv
		honorificFirmShort(a, m) // tail10zv
		reportTitle(a, m)        // tail10yo
		drinkBrand(a, m)         // tail11s
	}
	knownFirstWords(a)
	if firms := companies(a); firms != nil {
		firstWordFirms(a, firms)      // tail10ys
		firstWordPlaceFirms(a, firms) // tail12q
		sharedFirstWords(a, firms)
	}
	r.listPeers(a)
	r.placePeers(a)       // tail11i
	r.gazetteerPlaces(a)  // tail11x
	r.underwriterLists(a) // tail10ya
	r.personLists(a)      // tail11d
	kinLists(a)           // tail12h
	r.playerLists(a)      // tail12h
	sequelNumbers(a)      // tail16v
	productNames(a)
	ownedThings(a)
	r.qualifyBodies(a)
	r.unplacedPlaces(a)
	r.regionPlaces(a)
	r.townCounties(a) // tail12o
	r.compassPlaces(a)
	a.ms = slices.DeleteFunc(a.ms, func(m *mention) bool { return m.removed })
	if r.opts.Successors {
		for _, m := range a.ms {
			if m.country >= 0 {
				if s := r.t.Countries[m.country].Successor; s != "" {
					m.country = r.t.CountryByCode[s]
				}
			}
		}
	}
}

// formerTimes returns the former countries whose time the article is of:
// by its date when it has one, else the former countries it names without
// their successors (an undated article that names East Germany, and not
// Germany, is of East Germany's time).
func (r *Resolver) formerTimes(a *article) map[string]bool {
	out := map[string]bool{}
	if !a.date.IsZero() {
		for _, c := range r.t.Countries {
			if !c.Former() {
				continue
			}
			if end, err := time.Parse(time.DateOnly, c.Ended); err == nil && a.date.Before(end) {
				out[c.Alpha2] = true
			}
		}
		return out
	}
	named := map[string]bool{}   // countries named, by code
	demonym := map[string]bool{} // and those only a demonym speaks of
	for _, m := range a.ms {
		if m.country >= 0 {
			named[r.t.Countries[m.country].Alpha2] = true
		} else if d, ok := r.t.DemonymByKey[m.key]; ok {
			demonym[r.t.Countries[d].Alpha2] = true
		}
	}
	for code := range demonym {
		if c := r.t.Countries[r.t.CountryByCode[code]]; c.Former() && !named[c.Successor] {
			out[code] = true
		}
	}
	// An article that names a former country and not what followed it is
	// of its time; one that names both looks back ("the Soviet Union" in a
	// story of Russia today).
	for code := range named {
		c := r.t.Countries[r.t.CountryByCode[code]]
		if c.Former() && !named[c.Successor] {
			out[code] = true
		}
	}
	// The two Germanys stood and fell together.
	if out["DDDE"] || out["DEWG"] {
		out["DDDE"], out["DEWG"] = true, true
	}
	return out
}

// eraCountry gives a name whose country depends on the time its country
// of that time: "the Federal Republic" of 1987 is West Germany; an undated
// article's "Germany" stays Germany.
func (r *Resolver) eraCountry(a *article, m *mention) {
	if m.forced != "" || m.canon != "" || m.agency >= 0 || m.typ == Person {
		return
	}
	if m.key == "korea" && m.country < 0 && (m.typ == Location || m.typ == Org) {
		// "Korea" alone is the South, unless the article speaks of the
		// North.
		if !slices.ContainsFunc(a.ms, func(o *mention) bool { return o.country >= 0 && r.t.Countries[o.country].Alpha2 == "KP" }) {
			m.country, m.typ = r.t.CountryByCode["KR"], Country
		}
		return
	}
	then, now, ok := names.EraCountry(m.key)
	if !ok {
		return
	}
	code := now
	if a.former[then] && (!a.date.IsZero() || m.key != "germany") {
		code = then
	}
	if code == "" {
		return
	}
	m.country, m.typ = r.t.CountryByCode[code], Country
}

// countryCode returns the code of the country a mention names or is a
// demonym or city of, in the article's time, or "".
func (r *Resolver) countryCode(a *article, m *mention) string {
	code := ""
	switch {
	case m.country >= 0:
		return r.t.Countries[m.country].Alpha2
	case m.forced != "" && strings.Contains(m.forced, "@"):
		_, code, _ = strings.Cut(m.forced, "@")
		return code
	case m.typ == Person || m.typ == Org && m.agency >= 0:
		return ""
	}
	if d, ok := r.t.DemonymByKey[m.key]; ok {
		return r.t.Countries[d].Alpha2
	}
	if c, ok := r.t.CityCountry[m.key]; ok && m.typ == Location {
		code = c
	}
	return r.ofTime(a, code)
}

// ofTime returns the former country that a country of today was part of
// in the article's time, or the country itself.
func (r *Resolver) ofTime(a *article, code string) string {
	if code == "" || len(a.former) == 0 {
		return code
	}
	t := a.date
	if t.IsZero() {
		t = time.Date(1987, 1, 1, 0, 0, 0, 0, time.UTC) // a time when all of them stood
	}
	if f := names.FormerOf(code, t); f != "" && a.former[f] {
		return f
	}
	return code
}

// dateline returns the country of the article's dateline ("TOKYO, March 24
// -", "BONN (Reuters) -"): the first mention of the body, at the start of
// its line, a place the tables know.
func (r *Resolver) dateline(a *article) string {
	var first *mention
	for _, m := range a.ms {
		if m.Start <= a.titleEnd || !lineStart(a.text, m.Start) {
			continue
		}
		if first == nil || m.Start < first.Start {
			first = m
		}
	}
	if first == nil {
		return ""
	}
	rest := strings.TrimLeft(a.text[first.End:], " ")
	if !strings.HasPrefix(rest, ",") && !strings.HasPrefix(rest, "(") && !isDash(firstField(rest)) {
		return ""
	}
	if first.country >= 0 {
		return r.t.Countries[first.country].Alpha2
	}
	if c, ok := r.t.CityCountry[first.key]; ok {
		return r.ofTime(a, c)
	}
	return ""
}

// placeCountry returns the country of a dateline's place the input gives
// apart from the text ("NEW YORK", "BONN"), or "" when the tables do not
// know it.
func (r *Resolver) placeCountry(a *article, place string) string {
	k := names.Key(place)
	if c := r.t.Country(place, k); c >= 0 {
		return r.ofTime(a, r.t.Countries[c].Alpha2)
	}
	if c, ok := r.t.CityCountry[k]; ok {
		return r.ofTime(a, c)
	}
	return ""
}

// firstField returns the first of the fields of s that [strings.Fields]
// would return, or "" when it has none, without splitting the rest of s
// (here the rest of the article).
func firstField(s string) string {
	for f := range strings.FieldsSeq(s) {
		return f
	}
	return ""
}

// creditNames gives the agencies' credit names that stand alone ("an
// interview with Reuter", "a Reuter survey") their agency, unless the
// article names a person of that surname ("Edzard Reuter"), whom they then
// stand for.
func (r *Resolver) creditNames(a *article) {
	for _, m := range a.ms {
		ag, ok := r.t.AgencyCredit[m.key]
		if !ok || m.agency >= 0 || m.forced != "" || m.canon != "" {
			continue
		}
		person := slices.ContainsFunc(a.ms, func(o *mention) bool {
			return o.typ == Person && len(o.words) > 1 && o.words[len(o.words)-1] == m.key
		})
		if !person {
			m.agency, m.typ = ag, Org
		}
	}
}

// bareGulf names the place "the Gulf" stands for by the countries its
// article names: the Persian Gulf in a story that names a country on it,
// the American ports on the Gulf of Mexico in one that names only the
// United States (grain and freight reports: "Gulf and West Coast
// shipment"). A "Gulf" of any other story is left as it is.
func (r *Resolver) bareGulf(a *article, m *mention) {
	if m.typ != Location || m.key != "gulf" || m.canon != "" || m.forced != "" {
		return
	}
	count := r.countries(a)
	if slices.ContainsFunc(count.order, func(c string) bool { return names.GulfStates[c] }) {
		m.canon = "Persian Gulf"
	} else if count.n["US"] > 0 {
		m.canon = "U.S. Gulf"
	}
}

// townOrClub types the bare name of a town that names a club too
// ("Liverpool", "Leeds", "Newcastle") by its story: the town in any story
// but a football or rugby report; in one, the club, unless the recognizer
// took it for a place after a preposition of place or a parenthesis ("an
// assault in Birmingham", "Referee: Mike Riley (Leeds)"). A place the
// tables do not know is the club before a club's staff or fans in a
// sports report ([clubRoleAfter]), or in a list beside clubs
// ([clubListed]).
func (r *Resolver) townOrClub(a *article, m *mention) {
	if len(m.words) != 1 || m.typ != Org && m.typ != Location || m.forced != "" || m.canon != "" || m.country >= 0 {
		return
	}
	if r.t.CityCountry[m.key] == "" && !r.t.KnownPlace(m.key) && !names.IsRegion(m.key) {
		// A place the tables do not know, before a club's staff or fans
		// in a sports report, is the club: "sacked as Valencia coach",
		// "Valencia fans". (The places they know are typed below, and
		// the nations and regions that field sides keep their type:
		// "the Wales coach".)
		if m.typ == Location && !homeNations[m.key] && (clubRoleAfter(a.text, m.End) || clubListed(a, m)) && r.sportArticle(a) {
			m.typ, m.typed = Org, true
		}
		return
	}
	if r.t.Places[m.key] || names.IsRegion(m.key) {
		r.cityClub(a, m) // tail15x
		return
	}
	if !a.sportDone {
		// Read the story's words once, and only for a town's name.
		a.sport, a.sportDone = sportStory(a.text), true
	}
	w, _ := prevWord(a.text, m.Start)
	switch {
	case !a.sport && !squadClub(a.text, m) && !matchSide(a.text, m) && !(townClub(a.text, m) && !longerNamed(a, m)): // tail11p: a squad list's club; tail14y: matchAgainst; tail15b: matchSide; tail15x: townClub
		m.typ = Location
	case m.typ == Location && (placePrepositions[strings.ToLower(w)] || strings.HasSuffix(w, "(") || strings.HasSuffix(a.text[:m.Start], "(")):
	default:
		m.typ = Org
	}
}

// clubRoles are the words after a club's name for its staff, players and
// fans: "Valencia coach", "Valencia fans".
var clubRoles = names.Set{"coach": true, "manager": true, "boss": true, "striker": true, "midfielder": true,
	"defender": true, "goalkeeper": true, "captain": true, "fans": true, "supporters": true, "chairman": true,
	"job": true, "squad": true, "winger": true, "keeper": true}

// clubRoleAfter reports whether a club's role word ([clubRoles]) follows
// the name ending at end, after one space.
func clubRoleAfter(text string, end int) bool {
	if end >= len(text) || !lineGap(text, end) {
		return false
	}
	w, _ := nextWord(text, end)
	return clubRoles[strings.TrimRight(w, ",.;:")]
}

// clubListed reports whether a place's name ends a list after an
// organization and no place: "Real Madrid, Barcelona and Valencia" (in a
// sports report, clubs). A name after it is another list's: "Chatham,
// Kent" is a town and its county, "Booked: Pacquette, Chorley, Johnson"
// players.
func clubListed(a *article, m *mention) bool {
	rest := a.text[m.End:]
	for _, sep := range [...]string{", ", " and "} {
		if r, ok := strings.CutPrefix(rest, sep); ok && r != "" && isUpper(r[0]) {
			return false // the list goes on: a team sheet's names, a town and its county
		}
	}
	org := false
	for _, o := range a.ms {
		if o.End > m.Start || m.Start-o.End > 5 {
			continue
		}
		if gap := a.text[o.End:m.Start]; gap != ", " && gap != " and " {
			continue
		}
		if o.typ != Org {
			return false
		}
		org = true
	}
	return org
}

// sportArticle reports whether the article is a sports report, reading
// its words once.
func (r *Resolver) sportArticle(a *article) bool {
	if !a.sportDone {
		a.sport, a.sportDone = sportStory(a.text), true
	}
	return a.sport
}

// nickname gives a club's nickname the club's name where the article
// names that club and no other the nickname may stand for: "Blues boss
// Jose Mourinho" in a story of Chelsea (see [names.Nickname]).
func nickname(a *article, m *mention) {
	if m.forced != "" || m.canon != "" || m.country >= 0 || m.agency >= 0 || len(m.words) > 2 {
		return
	}
	club := names.Nickname(m.Name, func(key string) bool {
		return slices.ContainsFunc(a.ms, func(o *mention) bool { return o != m && o.key == key })
	})
	if club != "" {
		m.typ, m.typed, m.canon = Org, true, club
	}
}

// marketDesk makes a place of a town typed as an organization where it
// begins the shouted heading of a market report ([names.MarketWords]):
// "N.Y. GRAIN FREIGHTS", "PRS PARIS COCOA". A state's abbreviation there,
// typed as an organization or a place, names its city, the market's place:
// the N.Y. of "N.Y. COFFEE FUTURES" and "N.Y. COMEX GOLD" is New York.
func (r *Resolver) marketDesk(a *article, m *mention) {
	if m.typ != Org && m.typ != Location || m.forced != "" || m.canon != "" || m.country >= 0 || len(m.words) != 1 {
		return
	}
	st, state := names.StateAbbrevs[m.key]
	if !state && r.t.CityCountry[m.key] == "" {
		return
	}
	w, _ := nextWord(a.text, m.End)
	if !names.MarketWords.Has(w) {
		return
	}
	// In a shouted heading, at its start ("PRS PARIS"), any market word;
	// in a sentence, a commodity's ("N.Y. coffee futures were firmer"),
	// not a word that may go on a name ("Paris bank").
	line := a.text[strings.LastIndexByte(a.text[:m.Start], '\n')+1 : m.End]
	heading := strings.IndexFunc(line, unicode.IsLower) < 0 && len(strings.Fields(line)) <= 2 && strings.IndexFunc(w, unicode.IsLower) < 0
	if !heading && !names.Commodities.Has(w) {
		return
	}
	m.typ, m.typed = Location, true
	if city, ok := strings.CutSuffix(st, " State"); ok {
		m.canon = city
	}
}

// incorporationPlace makes the place of a legal form phrase the place it
// is: "a California limited partnership", "a Delaware Corp" name the state
// a company is registered in, and the recognizer's "California Limited" is
// no organization. The mention is an organization of a known place and
// legal form words only, after "a" or "an"; it is cut to the place. After
// "of" the place is a part of a company's name ("Saab-Scania of America
// Inc"), not the place.
func (r *Resolver) incorporationPlace(a *article, m *mention) {
	if m.typ != Org || m.forced != "" || m.canon != "" || m.country >= 0 || len(m.words) < 2 {
		return
	}
	n := len(m.words)
	for n > 0 && names.CorpSuffixes.Has(m.words[n-1]) && m.words[n-1] != "holdings" {
		n--
	}
	if n == 0 || n == len(m.words) || !isPlaceWords(m.words[:n]) {
		return
	}
	if p, _ := prevWord(a.text, m.Start); !strings.EqualFold(p, "a") && !strings.EqualFold(p, "an") {
		return
	}
	// The place's words as written, up to the legal form.
	end, rest := m.Start, a.text[m.Start:m.End]
	for range n {
		w, e := nextWord(rest, 0)
		end += e
		rest = rest[e:]
		if w == "" {
			return
		}
	}
	place := strings.TrimRight(a.text[m.Start:end], ",")
	end = m.Start + len(place)
	m.End, m.Text, m.Name = end, place, strings.Join(strings.Fields(place), " ")
	m.key = names.Key(m.Name)
	m.words = strings.Fields(m.key)
	if c := r.t.Country(m.Name, m.key); c >= 0 {
		m.country, m.typ = c, Country
		return
	}
	m.typ, m.typed = Location, true
}

// placePrepositions before a town's name in a sports report say it is the
// town: "fans made the journey from Newcastle".
var placePrepositions = names.Set{"in": true, "from": true, "near": true, "around": true, "outside": true}

// sportStory reports whether a text is a football or rugby report: two
// words of [names.SportWords] at least. (In the BBC's stories, 292 of 511
// of sport are, 31 of 1,714 of other kinds.)
func sportStory(text string) bool {
	var seen []string
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if k := strings.ToLower(w); names.SportWords[k] && !slices.Contains(seen, k) {
			if seen = append(seen, k); len(seen) >= 2 {
				return true
			}
		}
	}
	return false
}

// tiedTo reports whether the article may be of country code: its
// dateline's, or with no dateline the one it names most, or none.
func (a *article) tiedTo(r *Resolver, code string) bool {
	if a.home != "" {
		return a.home == code
	}
	if !a.mostDone {
		a.most, a.mostDone = r.mostNamed(a), true
	}
	return a.most == "" || a.most == code
}

// knownName gives an acronym or short name that the article does not
// define what the table of well-known names says it stands for: "NHS" the
// National Health Service, "USDA" the agriculture department of the United
// States, "Tories" the Conservative Party.
func (r *Resolver) knownName(a *article, m *mention) {
	if m.forced != "" || m.canon != "" || m.country >= 0 || m.agency >= 0 || a.defined[m.key] {
		return
	}
	k, ok := names.Known(m.Name)
	if !ok && strings.Contains(m.Text, ".") && m.Text != m.Name {
		// A dotted abbreviation of a shouted headline, "H.K." written
		// "H.k.": an abbreviation all the same.
		k, ok = names.Known(m.Text)
	}
	if !ok && m.typ == Org {
		// "his Congress party", "the Labour party".
		if w, _ := nextWord(a.text, m.End); strings.Trim(w, ".,;:") == "party" {
			k, ok = names.Known(m.Name + " party")
		}
	}
	if !ok && m.typ == Org {
		// "U.S. Securities and Exchange Commission": the country's own
		// mention, and the body's name as it is known.
		if n, code := names.CountryBefore(m.Name); n > 0 && code == names.KnownOf(strings.Join(strings.Fields(m.Name)[n:], " ")) {
			r.splitCountry(a, m, n)
		}
		return
	}
	if !ok || k.OrgOnly && m.typ != Org || k.Where != "" && !a.tiedTo(r, k.Where) {
		return
	}
	if k.ByCountry != nil {
		code := r.justBefore(a, m)
		if code == "" {
			code = a.home
		}
		if code == "" {
			code = r.mostNamed(a)
		}
		if k.Name = k.ByCountry[code]; k.Name == "" {
			return
		}
	}
	m.typ, m.typed = k.Type, true
	if k.Body != "" {
		m.forced = "org:" + k.Body + "@" + k.Country
		m.canon = names.BodyLabel(k.Body, k.Country)
		return
	}
	m.canon = k.Name
}
