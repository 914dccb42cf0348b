package extract

import (
	"slices"
	"strings"
	"unicode"

	"github.com/nergraph/nergraph/internal/names"
)

// linkDefinitions links explicit definitions: "Korean Central News Agency
// (KCNA)".
func linkDefinitions(ms []*mention) {
	for _, m := range ms {
		if m.defines == nil {
			continue
		}
		a, f := m.g, m.defines.g
		if a != nil && f != nil && a.root() != f.root() && !a.isCountry && (!f.isCountry || countryAcronym(m, m.defines)) { // tail13r: countryAcronym
			if a.isFixed && !f.isFixed {
				f.root().parent = a.root()
			} else {
				a.root().parent = f.root()
			}
		}
	}
}

// linkLongerNames links shorter full names under the one longer name they
// fit: "George Bush" → "George W. Bush", "Red Sox" → "Boston Red Sox",
// "Van Agtmael" → "Antoine van Agtmael", "G. Neville" → "Gary Neville",
// "John Paul" → "Pope John Paul II", "Brown Ale" → "Newcastle Brown Ale".
func linkLongerNames(groups []*group) {
	for _, g := range groups {
		if g.isFixed || g.parent != nil || len(g.words) < 2 {
			continue
		}
		var cands []*group
		for _, f := range groups {
			if f != g && !f.isFixed && namedAfter(g, f) && !namedAsPerson(groups, g) {
				cands = appendRoot(cands, f)
				continue
			}
			if f == g || f.isFixed || len(f.words) <= len(g.words) && !initialOf(g.words, f.words) || f.typ != g.typ {
				continue
			}
			if longerFits(g, f) {
				cands = appendRoot(cands, f)
			}
		}
		if len(cands) == 0 {
			cands = companyOfName(groups, g)
		}
		if len(cands) == 1 {
			g.parent = cands[0]
		}
	}
}

// companyOfName returns the company whose name the name of g, a person or
// a place of several words, begins: the recognizer took the short name of
// "Carter Hawley Hale Stores Inc" or "Lone Star Industries Inc" for a
// person or a place. The company must be written with its suffix in the
// article, the name be no place the tables know, and a person's name not
// be named as a person's in the article ([namedAsPerson]).
func companyOfName(groups []*group, g *group) []*group {
	if g.typ != Person && g.typ != Location || isPlaceWords(g.words) || names.IsRegion(strings.Join(g.words, " ")) {
		return nil
	}
	if g.typ == Person && namedAsPerson(groups, g) {
		return nil
	}
	var cands []*group
	for _, f := range groups {
		if f.isFixed || f.typ != Org || !hasPrefix(f.words, g.words) || slices.ContainsFunc(f.words[len(g.words):], func(w string) bool { return isPlaceWords([]string{w}) }) {
			continue
		}
		if slices.ContainsFunc(f.own, func(m *mention) bool { return names.CorpSuffixes[m.words[len(m.words)-1]] }) {
			cands = appendRoot(cands, f)
		}
	}
	return cands
}

// namedAsPerson reports whether the article names g, a person's full name,
// as a person: its surname (or family name written first) alone ("Li said"
// makes Li Ka-shing a person), or a personal pronoun after it ("Clara
// Bishop said she").
func namedAsPerson(groups []*group, g *group) bool {
	return slices.ContainsFunc(g.own, func(m *mention) bool { return m.personal }) || slices.ContainsFunc(groups, func(o *group) bool {
		return o.typ == Person && len(o.words) == 1 && (o.words[0] == g.words[len(g.words)-1] || o.words[0] == g.words[0])
	})
}

// namedAfter reports whether g, a person's name of two words or more, is
// the company f named after it cut before its last word: "Martha Stewart
// Living" of Martha Stewart Living Omnimedia Inc. f is a company (a name
// of it ends in a company suffix) and has one word more than g before its
// suffixes; "Martha Stewart", two words short, stays the person.
func namedAfter(g, f *group) bool {
	if g.typ != Person || f.typ != Org || len(g.words) < 2 {
		return false
	}
	fw := f.words
	for len(fw) > 0 && names.CorpSuffixes[fw[len(fw)-1]] {
		fw = fw[:len(fw)-1]
	}
	if len(fw) != len(g.words)+1 || !hasPrefix(fw, g.words) || unitWords[fw[len(g.words)]] || fw[len(g.words)] == "group" {
		return false
	}
	// The word after the name is a word, not an acronym, a unit or
	// "Group": "E.F. Hutton" is the firm of E.F. Hutton LBO Inc and E.F.
	// Hutton Group Inc.
	n := len(g.words)
	if slices.ContainsFunc(f.own, func(m *mention) bool {
		sw := strings.Fields(m.Text)
		return len(sw) > n && names.IsAcronym(sw[n]) && strings.ContainsFunc(m.Text, unicode.IsLower)
	}) {
		return false
	}
	return slices.ContainsFunc(f.own, func(m *mention) bool { return names.CorpSuffixes[m.words[len(m.words)-1]] })
}

// longerFits reports whether g, a name of several words, is a shorter form
// of f, a name of the same type.
func longerFits(g, f *group) bool {
	gw, fw := g.words, f.words
	switch g.typ {
	case Person:
		fc := names.PersonCore(fw)
		return fw[0] == gw[0] && fw[len(fw)-1] == gw[len(gw)-1] ||
			len(fc) > len(gw) && hasSuffix(fc, gw) && !names.MinorWords[fc[len(fc)-len(gw)-1]] ||
			initialOf(gw, fc) ||
			len(fc) < len(fw) && slices.Equal(fc, names.PersonCore(gw))
	case Org:
		switch {
		case hasPrefix(fw, gw) && andNamedLonger(g, fw):
			return true
		case hasPrefix(fw, gw):
			// "Union Carbide India", "Ford Motor Co of Canada" and "Merrill
			// Lynch Capital Markets" are parts of Union Carbide, Ford and
			// Merrill Lynch.
			// "BBC News 24" and "BBC Radio 4" are channels of their own,
			// not the longer names of BBC News and BBC Radio.
			return !slices.ContainsFunc(fw[len(gw):], func(w string) bool { return isPlaceWords([]string{w}) || unitWords[w] }) &&
				!channelNumber(gw[len(gw)-1], fw[len(gw)]) && !names.NumberWord(fw[len(gw)]) && !seriesApart(g, f) &&
				!suffixed(g) &&
				!bodyUnitApart(gw, fw) // tail18d
		case hasSuffix(fw, gw):
			// "Scottish & Newcastle Breweries" is no Newcastle Breweries,
			// the Parliamentary Labour Party no Labour Party.
			return fw[len(fw)-len(gw)-1] != "and" && !partOfBody(fw, len(fw)-len(gw)) && !suffixed(g)
		}
	case Misc:
		return hasPrefix(fw, gw) || hasSuffix(fw, gw)
	}
	return false
}

// suffixed reports whether a mention of g ends in a company suffix of its
// own. A firm the article names in full with its suffix ("Southwestern
// Energy Co" beside "Southwestern Energy Production Co", "Nissan Motor Co
// Ltd" beside "Nissan Motor Manufacturing", "Walt Disney Co" beside "Walt
// Disney World") is whole: a longer company name that begins with it (or
// ends with it: "International Nabisco Brands" beside "Nabisco Brands Inc")
// is a subsidiary, a unit or a place of it, not its longer name. Without the
// suffix ("Amstrad" beside "Amstrad Consumer Electronics Plc") the short
// form may still be the long firm's.
func suffixed(g *group) bool {
	return slices.ContainsFunc(g.own, func(m *mention) bool {
		return len(m.words) > len(g.words) && names.CorpSuffixes[m.words[len(m.words)-1]]
	})
}

// partOfBody reports whether the words of fw before index i name a part
// of the body the rest names: "Parliamentary" in "Parliamentary Labour
// Party", "Young" in "Young Conservatives". The body's own name, alone in
// the article, is the body, not its part.
func partOfBody(fw []string, i int) bool {
	return i > 0 && slices.ContainsFunc(fw[:i], func(w string) bool { return bodyParts[w] })
}

// bodyParts are words that make a part of a party or a union of its name.
var bodyParts = names.Set{"parliamentary": true, "young": true, "youth": true}

// unitWords name the part of a company that bears its name: "Capital
// Markets", "Securities", "Finance", "International".
var unitWords = names.Set{"capital": true, "markets": true, "securities": true, "finance": true,
	"financial": true, "credit": true, "acceptance": true, "bank": true, "trust": true,
	"leasing": true, "investment": true, "investments": true, "asset": true, "management": true,
	"futures": true, "international": true, "overseas": true, "subsidiary": true, "unit": true,
	"division": true, "holdings": true, "realty": true, "insurance": true}

// initialOf reports whether the words of a person's name written with an
// initial ("g neville", "r van nistelrooy") fit a full name ("gary
// neville", "ruud van nistelrooy"): the initial begins the given name and
// the rest ends the full name.
func initialOf(short, full []string) bool {
	if len(short) < 2 || len(short[0]) != 1 || len(full) < len(short) || !strings.HasPrefix(full[0], short[0]) || len(full[0]) < 2 {
		return false
	}
	return slices.Equal(full[len(full)-len(short)+1:], short[1:])
}

// isPlaceWords reports whether words name a country, a demonym or a place
// the tables know: "india", "europe".
func isPlaceWords(ws []string) bool {
	k := strings.Join(ws, " ")
	t := names.Tables()
	_, dem := t.DemonymByKey[k]
	return t.Country(k, k) >= 0 || dem || t.KnownPlace(k) || t.CityCountry[k] != ""
}

// linkShortNames links short names under the one full name they fit:
// "Putin" → "Vladimir Putin", "KCNA" → "Korean Central News Agency",
// "Vikings" → "Minnesota Vikings". Full names of the short name's type are
// preferred, and the closer fits: a surname before a given name, the given
// name of a prince before a commoner's ("Charles" is Prince Charles when
// Charles Kennedy is named too). A short name that still fits several is
// marked ambiguous.
func (r *Resolver) linkShortNames(groups []*group) {
	var ambiguous [][]*group // of each group left ambiguous: it, then its candidates
	for _, g := range groups {
		if g.isFixed || g.parent != nil || g.typ == Country {
			continue
		}
		acr := names.IsAcronym(g.surface)
		if len(g.words) != 1 && !acr || r.t.IsDemonym(g.key) && !directionWords[g.key] {
			continue // "European" is not short for "European Union"
		}
		if slices.ContainsFunc(g.own, func(m *mention) bool { return m.canon != "" }) {
			continue // "EC" the table calls the European Community
		}
		if headOfBoth(g, groups) {
			continue // tail15m: "Bank" of an article with Quarbin Bank and the Bank of Tervane
		}
		// "Google Inc." is a full name, whatever its key; "Dynamics Corp"
		// is short for "Dynamics Corp of America".
		full := slices.ContainsFunc(g.own, func(m *mention) bool { return len(m.words) > 1 && !m.acronym })
		var same, other []*group
		bestSame, bestOther := 0, 0
		for _, f := range groups {
			rank := shortNameFits(g, f, acr)
			if f == g || rank == 0 || full && !(len(f.words) > 2 && f.words[0] == g.key && names.CorpSuffixes[f.words[1]] && fullNamesBegin(g, f)) {
				continue
			}
			if f.typ == g.typ {
				same, bestSame = appendRanked(same, bestSame, f, rank)
			} else {
				other, bestOther = appendRanked(other, bestOther, f, rank)
			}
		}
		cands := same
		if len(cands) == 0 {
			cands = other
		}
		if len(cands) == 0 {
			cands = wholeFirmOf(groups, g)
		}
		switch p := parentOf(g, cands); {
		case len(cands) == 0:
		case p != nil:
			g.parent = p
		default:
			g.ambiguous = true
			if g.typ == Org || len(same) == 0 && !slices.ContainsFunc(cands, func(c *group) bool { return c.typ != Org }) {
				ambiguous = append(ambiguous, append([]*group{g}, cands...))
			}
		}
	}
	// Organizations left ambiguous, once the others are linked.
	for _, a := range ambiguous {
		g := a[0]
		if cands := byMentions(groups, g, a[1:]); len(cands) == 1 {
			g.parent, g.ambiguous = cands[0], false
		}
	}
}

// fullNamesBegin reports whether every full name of g (two words or more,
// no acronym) begins f's words: "Dynamics Corp" begins "Dynamics Corp of
// America", whose short name it is; "Quarbin Corp Holdings Ltd" does not
// begin "Quarbin Corp International": the parent and its unit share a key's
// first word, "quarbin", and are two firms.
func fullNamesBegin(g, f *group) bool {
	return !slices.ContainsFunc(g.own, func(m *mention) bool {
		return len(m.words) > 1 && !m.acronym && !hasPrefix(f.words, m.words)
	})
}

// directionWords are adjectives that the tables hold as peoples' names
// but begin company names: "Eastern" is short for "Eastern Air Lines".
var directionWords = names.Set{"eastern": true, "western": true, "northern": true, "southern": true}

// appendRanked adds f's root to the candidates of the best rank so far.
func appendRanked(cands []*group, best int, f *group, rank int) ([]*group, int) {
	switch {
	case rank > best:
		return []*group{f.root()}, rank
	case rank == best:
		return appendRoot(cands, f), best
	}
	return cands, best
}

// byMentions narrows the organizations a short name fits: those the
// article calls by another short name are not it ("United" where
// "Newcastle" is Newcastle United is Manchester United); of the rest, a
// name that begins all the others is, and else one named twice as often
// as any other.
func byMentions(groups []*group, g *group, cands []*group) []*group {
	var rest []*group
	for _, c := range cands {
		named := false
		for _, o := range groups {
			if o != g && len(o.words) == 1 && o.root() == c && o != c {
				named = true
			}
		}
		if !named {
			rest = append(rest, c)
		}
	}
	if rest = notUnits(groups, rest); len(rest) <= 1 { // tail11e
		return rest
	}
	// Of nested names the shortest: "Harbour" is Harbour Minerals, not its
	// subsidiary Harbour Minerals (California).
	for _, c := range rest {
		if !slices.ContainsFunc(rest, func(o *group) bool { return o != c && !hasPrefix(o.words, c.words) }) {
			return []*group{c}
		}
	}
	count := func(c *group) int {
		n := 0
		for _, o := range groups {
			if o.root() == c {
				n += len(o.own)
			}
		}
		return n
	}
	slices.SortFunc(rest, func(a, b *group) int { return count(b) - count(a) })
	if count(rest[0]) >= 2*count(rest[1]) {
		return rest[:1]
	}
	return rest
}

// shortNameFits reports how well g, a group of one word (an acronym when
// acr is set), can stand for f, a full name of another group: 0 not at
// all, 3 for the given name of a prince or pope, 2 for a surname, 1 for any
// other fit.
func shortNameFits(g, f *group, acr bool) int {
	if f.isCountry || len(f.words) < 2 && !f.isFixed {
		return 0
	}
	fw := f.words
	if f.isFixed {
		if f.fixedWords == nil {
			f.fixedWords = strings.Fields(names.OrgKey(names.Key(longestName(f.own))))
		}
		fw = f.fixedWords
		if len(fw) < 2 {
			return 0
		}
	}
	switch {
	case acr:
		// Two letters ("EU") only between organizations.
		letters := acronymLetters(g.surface)
		if initialsFit(letters, fw) && (len(letters) > 2 || g.typ == Org && f.typ == Org) {
			return 1
		}
		// A maker's product called by its model alone: "DS" of the
		// Nintendo DS, "PSP" of the Sony PSP. The maker is written as a
		// name, not an acronym ("USX USS", "SA PDVSA" are two names) nor
		// glued to the model ("TNK-BP").
		if len(fw) == 2 && fw[1] == g.key && g.typ == f.typ && !names.CorpSuffixes[g.key] && !isPlaceWords(fw) {
			if !slices.ContainsFunc(f.own, func(m *mention) bool {
				sw := strings.Fields(m.Text)
				return len(sw) != 2 || names.IsAcronym(sw[0])
			}) {
				return 1
			}
		}
	case f.typ == Person:
		return personFits(g, f, fw)
	case f.typ == Org:
		if partOrArm(g, f, fw) || unitApart(g, f) { // tail14t: unitApart
			return 0 // "Labour" is not the Parliamentary Labour Party, "Quarbin" not Quarbin Capital
		}
		// Within one article a generic head names the one organization it
		// ends ("Commission" → "European Commission"), and a company's
		// first word the company ("Drexel" → "Drexel Burnham Lambert").
		// So does a short form blended of its words' beginnings ("Amex"
		// → "American Stock Exchange", "Comex" → "Commodity Exchange").
		if (g.typ == Org || g.typ == Misc) && (names.ShortFitsKeys(g.key, fw, g.surface, Org) ||
			(names.GenericOrgHeads[g.key] || clubWords[g.key]) && g.key == fw[len(fw)-1] || firstWordFits(g.key, f, fw) ||
			shortForm(g.surface) && spells(g.key, fw, 0) >= 2) {
			return 1
		}
		// The recognizer often takes a company's first word alone for a
		// person ("Schreyer said Merrill would ..."): it is the company
		// when no person of the article fits it (those rank above), as is
		// the partners' firm it begins ("Merrill" of Merrill Lynch). So is
		// the surname that ends a company named after a person ("Lilly"
		// for Eli Lilly and Co), when the company's words say it is one
		// (the recognizer takes many a person's full name for a company).
		// So is the first word of "X of Place Inc" ([placeFirmFirst]).
		if g.typ == Person && (firstWordFits(g.key, f, fw) || partnersFirm(g.key, f, fw) || placeFirmFirst(g, f, fw) ||
			(surnameOfCompany(g.key, fw) || initialedSurname(g, f, fw)) && slices.ContainsFunc(f.own, func(m *mention) bool { return m.typed })) { // tail14r: initialedSurname
			return 1
		}
	case f.typ == Misc:
		return lawHeadFit(g, fw)
	case f.typ == Location:
		// "Newcastle" → "Newcastle upon Tyne".
		if g.typ == Location && len(fw) == 3 && g.key == fw[0] && names.PlaceJoiners[fw[1]] {
			return 1
		}
	}
	return 0
}

// surnameOfCompany reports whether key, one word, is the surname that
// ends fw, the two words of a company named after a person ("lilly" of
// "eli lilly", "sachs" of "goldman sachs"): no generic word or place.
func surnameOfCompany(key string, fw []string) bool {
	if len(fw) != 2 || key != fw[1] || names.MinorWords[key] || orgWord(key) || orgWord(fw[0]) || isPlaceWords(fw[:1]) || isPlaceWords(fw[1:]) {
		return false
	}
	_, dem := names.Tables().DemonymByKey[fw[0]]
	return !dem
}

// clubWords end the names of clubs, and alone in an article name the club
// ("United" for Manchester United).
var clubWords = names.Set{"united": true, "city": true, "town": true, "county": true,
	"rovers": true, "wanderers": true, "athletic": true, "albion": true, "hotspur": true,
	"rangers": true, "celtic": true, "villa": true, "forest": true}

// personFits ranks how a one-word group fits a person's full name fw: see
// shortNameFits.
func personFits(g, f *group, fw []string) int {
	core := names.PersonCore(fw)
	if len(core) == 1 && len(core) < len(fw) && g.key == core[0] {
		return 3 // "Charles" for "Prince Charles"
	}
	// Weak recognizers tag a lone surname as a place too; only by the
	// surname: "Paris" the place is not "Paris Hilton".
	if !names.ShortFitsKeys(g.key, fw, g.surface, Person) {
		// "Hernandez" for "Arturo Hernandez Grisanti".
		if len(core) >= 3 && g.key == core[len(core)-2] && !names.MinorWords[g.key] && g.typ == Person {
			return 2 - hyphenHalf(g.key, f, core) // tail16n
		}
		return 0
	}
	last := core[len(core)-1]
	if g.typ == Location && (g.key != last || writtenAsPlace(g)) { // tail15c: writtenAsPlace
		return 0
	}
	if g.key == last {
		return 2
	}
	return 1 + familyFirst(g, f, core) // tail16n
}

// firstWordFits reports whether key, one word, is the first word of an
// organization's name f (words fw) that the article can shorten to it:
// not a generic word ("National", "Bank"), a place or a people, and the
// name a company's ("Drexel Burnham Lambert Inc", "Harbour Minerals").
func firstWordFits(key string, f *group, fw []string) bool {
	if len(fw) < 2 || key != fw[0] || names.GenericOrgWords[key] || names.MinorWords[fw[1]] {
		return false
	}
	t := names.Tables()
	if _, dem := t.DemonymByKey[key]; dem || t.Country(key, key) >= 0 || t.KnownPlace(key) {
		return false
	}
	if t.CityCountry[key] != "" {
		// A club is called by its town, "Leeds" for Leeds United and
		// "Newcastle" for the Newcastle Falcons; the Liverpool Echo and
		// Newcastle Breweries are not "Liverpool" and "Newcastle".
		nickname := len(fw) == 2 && !names.MediaWords[fw[1]] && !names.CompanyWords[fw[1]] && !names.OrgHeads[fw[1]] &&
			!names.CorpSuffixes[fw[1]] && !names.PlaceTails[fw[1]] && !unitWords[fw[1]]
		return nickname || !slices.ContainsFunc(fw[1:], func(w string) bool { return !clubWords[w] })
	}
	// A company's name, not a product's: "Microsoft Xbox" is no Microsoft.
	return slices.ContainsFunc(fw[1:], func(w string) bool { return names.CompanyWords[w] || names.OrgHeads[w] || names.CorpSuffixes[w] }) ||
		slices.ContainsFunc(f.own, func(m *mention) bool { return names.CorpSuffixes[m.words[len(m.words)-1]] })
}

// partnersFirm reports whether key, a one-word name typed as a person,
// is the first of the two names of a firm named after its partners
// ("Merrill" of Merrill Lynch, "Goldman" of Goldman Sachs): two words, the
// second no place nor a word of the word lists (a title, a body's head, a
// tenure, a unit, a company word), and never after "the": "the Reagan
// Administration", "the Baker Plan" and "the Kennedy Center" are no firms
// of partners, whose names take no article. A firm of two partners joined
// by "and" is shortened the same way: "Turner" of "Turner and Newall Plc".
// The firm's name says nothing
// of a company itself, so only a person-typed surname is taken this way,
// where no person of the article fits it; an organization-typed first word
// still needs [firstWordFits] (Microsoft of "Microsoft Xbox").
func partnersFirm(key string, f *group, fw []string) bool {
	second := 1
	if len(fw) == 3 && fw[1] == "and" {
		second = 2
	}
	if len(fw) != second+1 || key != fw[0] || names.GenericOrgWords[key] || isPlaceWords(fw[:1]) {
		return false
	}
	w := fw[second]
	if names.MinorWords[w] || names.GenericOrgWords[w] || names.Titles[w] || names.TenureWords[w] || names.OrgHeads[w] ||
		names.CompanyWords[w] || names.MediaWords[w] || names.SportWords[w] || names.PlaceTails[w] || unitWords[w] ||
		clubWords[w] || names.CorpSuffixes[w] || isPlaceWords(fw[second:]) {
		return false
	}
	// "the" before it, or the second name an acronym ("Hutton LBO", a
	// unit of E.F. Hutton).
	return !slices.ContainsFunc(f.own, func(m *mention) bool {
		sw := strings.Fields(m.Text)
		return m.afterThe || len(sw) == 2 && names.IsAcronym(sw[1]) && strings.ContainsFunc(sw[0], unicode.IsLower)
	})
}

// acronymLetters returns the letters and digits of an acronym, folded:
// "S&P" → "sp", "U.N." → "un".
func acronymLetters(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// initialsFit reports whether letters are the initials of fw, or of fw
// without a last company word: "snb" and "sn" both fit "scottish and
// newcastle breweries".
func initialsFit(letters string, fw []string) bool {
	if names.InitialsMatch(letters, fw) {
		return true
	}
	n := len(fw)
	last := fw[n-1]
	return n > 2 && (names.CompanyWords[last] || names.OrgHeads[last] || names.CorpSuffixes[last]) && names.InitialsMatch(letters, fw[:n-1])
}
