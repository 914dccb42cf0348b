package extract

import (
	"cmp"
	"slices"
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// qualifyBodies gives each generic body of the article ("the Finance
// Ministry", "the Treasury", "Central Bank") the id of that body of one
// country, "org:finance-ministry@JP", labelled "Finance Ministry (Japan)".
// The country is the one its own name gives ("Japanese Finance Ministry",
// "Central Bank of the Philippines") or that stands just before it
// ("Brazil's Central Bank", "the U.S. Treasury"). A bare one takes the
// country of those of the same head in the article: the one, or of
// several the nearest named in its paragraph ("The Philippine talks ...
// the Central Bank"); else the dateline's; else the country the article
// names most; else the one country that alone calls it so (the Justice
// Department). A body the article ties to no country is left out.
func (r *Resolver) qualifyBodies(a *article) {
	var bodies []qualBody
	for _, m := range a.ms {
		if m.typ != Org && m.typ != Misc || m.forced != "" || m.canon != "" || m.agency >= 0 || m.country >= 0 {
			continue
		}
		b, ok := names.GenericBody(m.Name)
		if !ok {
			continue
		}
		soft := names.SoftBody(b.Head)
		if soft && ownPartyName(m, b) {
			continue
		}
		if w, e := nextWord(a.text, m.End); !soft && names.IsCapitalized(w) && names.TitleOffices.Has(w) && softGap(a.text[m.End:e-len(w)]) &&
			names.IsCapitalized(nextAfter(a.text, m.End)) {
			// "Treasury" of "Treasury Secretary James Baker" is a title's;
			// "a Finance Ministry spokesman" speaks for the ministry.
			m.removed = true
			continue
		}
		code := ""
		if b.Country >= 0 {
			code = r.t.Countries[b.Country].Alpha2
			if !b.Demonym {
				r.splitCountry(a, m, b.Prefix) // "U.S." of "U.S. Treasury" is the country's own mention
			}
		} else if code = r.justBefore(a, m); code != "" {
			r.absorbDemonym(a, m)
		} else if soft {
			code = r.softNear(a, m)
		}
		bodies = append(bodies, qualBody{m: m, head: b.Head, country: code, own: code != ""})
	}
	for i := range bodies {
		b := &bodies[i]
		if !b.own {
			b.country = r.bareBody(a, bodies, b)
		}
		if b.country == "" && b.head == "treasury" {
			// "Treasury bonds", "Treasury bills": American paper, in a
			// Tokyo story too.
			if w, _ := nextWord(a.text, b.m.End); treasuryPaper[strings.ToLower(strings.Trim(w, ".,;:"))] {
				b.country = "US"
			}
		}
		r.placeBody(a, b)
	}
}

// placeBody gives a generic body the country the article's words around
// it do not: see [Resolver.qualifyBodies]; and its id, or removes it.
func (r *Resolver) placeBody(a *article, b *qualBody) {
	soft := names.SoftBody(b.head)
	switch {
	case b.country != "":
	case soft && b.head == "national-security-council":
		// No dominant country for the council: an American story is
		// about another country as often as not, and its council is
		// America's.
	case soft:
		b.country = r.clearlyMostWith(a, b.head)
	default:
		b.country = r.mostNamedWith(a, b.head)
	}
	if b.country == "" && !soft {
		b.country = names.UsualCountry(b.head)
	}
	switch {
	case soft && (b.country == "" || b.country == names.PlainCountry(b.head)):
		// A party or council the article ties to no country, or to the
		// country the bare name means, is the plain node.
		if b.country != "" && b.m.key != strings.ReplaceAll(b.head, "-", " ") {
			b.m.forced, b.m.canon, b.m.typ = "org:"+b.head, names.BodyLabel(b.head, ""), Org
		}
	case soft && names.KnownParty(b.head, b.country) != "":
		// Australia's "Labour Party" is the Australian Labor Party.
		b.m.canon, b.m.typ = names.KnownParty(b.head, b.country), Org
	case b.country != "":
		b.m.forced, b.m.canon, b.m.typ = "org:"+b.head+"@"+b.country, names.BodyLabel(b.head, b.country), Org
		if b.head == "statistics-office" {
			bodyShortForms(a, b.m)
		}
	default:
		// A body the article ties to no country could be any
		// country's: it names nothing the graph can keep apart.
		b.m.removed = true
	}
}

// bodyShortForms gives the short forms of a qualified body's name in its
// article the body's id: "the Statistics Office" after "the National
// Statistics Office" of a Brussels story is Belgium's, not the short name
// of another country's proper-named "Federal Statistics Office". A short
// form is the last words of the body's own name, at least its head noun.
func bodyShortForms(a *article, b *mention) {
	for _, m := range a.ms {
		if m == b || m.forced != "" || m.canon != "" || m.country >= 0 || m.agency >= 0 || len(m.words) == 0 ||
			len(m.words) >= len(b.words) || !slices.Equal(m.words, b.words[len(b.words)-len(m.words):]) {
			continue
		}
		m.forced, m.canon, m.typ = b.forced, b.canon, Org
	}
}

// treasuryPaper are the words after "Treasury" that make it the American
// Treasury's paper when nothing else says whose.
var treasuryPaper = names.Set{"bonds": true, "bond": true, "notes": true, "note": true,
	"bills": true, "bill": true, "paper": true, "securities": true, "yields": true,
	"issues": true, "market": true, "debt": true, "refunding": true, "auction": true,
	"auctions": true, "issue": true, "yield": true, "futures": true, "prices": true}

// qualBody is a generic body being qualified.
type qualBody struct {
	m       *mention
	head    string
	country string
	own     bool // its name or the words before it give the country
}

// bareBody returns the country of a body whose name gives none: see
// [Resolver.qualifyBodies].
func (r *Resolver) bareBody(a *article, bodies []qualBody, b *qualBody) string {
	var cands []string
	for _, o := range bodies {
		if o.own && o.head == b.head && !slices.Contains(cands, o.country) {
			cands = append(cands, o.country)
		}
	}
	switch len(cands) {
	case 0:
		home := a.home
		if names.SoftBody(b.head) {
			home = bodyDateline(a)
		}
		if names.HasBody(home, b.head) {
			return home
		}
		return "" // a Tokyo story's "State Department" is America's
	case 1:
		return cands[0]
	}
	if c := r.nearestCountry(a, b.m, b.head, cands); c != "" {
		return c
	}
	return cands[0]
}

// bodyDateline is the article's dateline country when the dateline opens
// its body, else "": a wrapped line of an agency story that begins
// "France, Italy and Canada" is no dateline, and a party or council must
// not take its country from one.
func bodyDateline(a *article) string {
	var first *mention
	for _, m := range a.ms {
		if m.Start > a.titleEnd && (first == nil || m.Start < first.Start) {
			first = m
		}
	}
	if a.givenHome {
		return a.home // the input's dateline stands before the body
	}
	if first == nil || strings.TrimSpace(a.text[max(a.titleEnd, 0):first.Start]) != "" { // -1: no title
		return ""
	}
	return a.home
}

// splitCountry cuts the first words of a body's mention that name its
// country into a mention of the country: "U.S. Treasury" is "U.S." and
// "Treasury", as "the U.S. and its Treasury" would be.
func (r *Resolver) splitCountry(a *article, m *mention, words int) {
	ws := splitWords(a.text, m.Start, m.End)
	if words <= 0 || words >= len(ws) {
		return
	}
	c := r.build(a.text, ws[:words], m.Sentence, Location)
	rest := r.build(a.text, ws[words:], m.Sentence, m.typ)
	if c == nil || rest == nil {
		return
	}
	c.Name = names.StripPossessive(c.Name)
	c.key = names.Key(c.Name)
	if c.country = r.t.Country(c.Name, c.key); c.country < 0 {
		return
	}
	c.typ, c.headline = Country, m.headline
	rest.typ, rest.typed, rest.headline, rest.Role = m.typ, m.typed, m.headline, m.Role
	*m = *rest
	a.ms = append(a.ms, c)
}

// absorbDemonym takes a demonym just before a body into the body's
// mention: "the Japanese Finance Ministry" is one name.
func (r *Resolver) absorbDemonym(a *article, m *mention) {
	for _, o := range a.ms {
		if o == m || o.End > m.Start || !softGap(a.text[o.End:m.Start]) {
			continue
		}
		if _, ok := r.t.DemonymByKey[o.key]; ok && o.country < 0 {
			m.Start, m.Text, m.Name = o.Start, a.text[o.Start:m.End], o.Name+" "+m.Name
			o.removed = true
		}
	}
}

// justBefore returns the country named just before a body, in the words
// before its mention: "Brazil's Central Bank", "the U.S. Treasury", "the
// Brazilian Central Bank".
func (r *Resolver) justBefore(a *article, m *mention) string {
	for _, o := range a.ms {
		if o == m || o.End > m.Start || !softGap(a.text[o.End:m.Start]) {
			continue
		}
		if code := r.countryCode(a, o); code != "" {
			return code
		}
	}
	w, ws := prevWord(a.text, m.Start)
	if !softGap(a.text[ws+len(w) : m.Start]) {
		return ""
	}
	// "... in Northern Iraq. State Department spokesman": a period that
	// ends a sentence, not an abbreviation's ("U.S.").
	if t, ok := strings.CutSuffix(w, "."); ok && !strings.Contains(t, ".") {
		return ""
	}
	w = names.StripPossessive(strings.Trim(w, `"'(`))
	k := names.Key(w)
	if c := r.t.Country(w, k); c >= 0 {
		return r.t.Countries[c].Alpha2
	}
	if c, ok := r.t.DemonymByKey[k]; ok {
		return r.t.Countries[c].Alpha2
	}
	return ""
}

// nearestCountry returns the country, one of cands, of the nearest
// mention before m in its paragraph that names a country, a demonym, a
// city or a body of the same head qualified by a country, or "".
func (r *Resolver) nearestCountry(a *article, m *mention, head string, cands []string) string {
	par := strings.LastIndex(a.text[:m.Start], "\n\n") + 1
	best, code := -1, ""
	for _, o := range a.ms {
		if o == m || o.End > m.Start || o.Start < par || o.Start <= best {
			continue
		}
		c := ""
		if o.forced != "" && strings.HasPrefix(o.forced, "org:"+head+"@") {
			c = strings.TrimPrefix(o.forced, "org:"+head+"@")
		} else if !strings.Contains(o.forced, "@") {
			c = r.countryCode(a, o)
		}
		if c != "" && slices.Contains(cands, c) {
			best, code = o.Start, c
		}
	}
	return code
}

// mostNamedWith is mostNamed among the countries that have a body of the
// head: a "Finance Ministry" in a story that names the United States most is
// another country's.
func (r *Resolver) mostNamedWith(a *article, head string) string {
	count := r.countries(a)
	best, bestN := "", 0
	for _, c := range count.order {
		if n := count.n[c]; n > bestN && names.HasBody(c, head) {
			best, bestN = c, n
		}
	}
	return best
}

// clearlyMostWith is mostNamedWith when the article names that country
// at least twice and more than twice as often as any other, else "": a
// party is left its plain name rather than given a country the article
// only leans to.
func (r *Resolver) clearlyMostWith(a *article, head string) string {
	count := r.countries(a)
	// Counted in the article's time: a 1987 story's Ukraine is the Soviet
	// Union's, its Germany West Germany.
	n := map[string]int{}
	var order []string
	for _, c := range count.order {
		t := r.ofTime(a, c)
		if n[t] == 0 {
			order = append(order, t)
		}
		n[t] += count.n[c]
	}
	best, bestN, second := "", 0, 0
	for _, c := range order {
		n := n[c]
		if !names.HasBody(c, head) {
			second = max(second, n)
			continue
		}
		if n > bestN {
			best, second, bestN = c, max(second, bestN), n
		} else {
			second = max(second, n)
		}
	}
	if bestN < 2 || bestN <= 2*second {
		return ""
	}
	return best
}

// ownPartyName reports whether a party's name with a country in it is
// the party's proper name: a name the well-known names hold ("Australian
// Labor Party"); a nationalist party's, whose nation is its own name's
// ("British National Party", "Bangladesh Nationalist Party"); one that
// begins with a country's name, not its demonym or possessive ("Japan
// Socialist Party").
func ownPartyName(m *mention, b names.Body) bool {
	if b.Prefix == 0 {
		return false
	}
	return names.IsKnownName(m.key) || b.Head == "national-party" || b.Head == "nationalist-party" ||
		!b.Demonym && !possessiveWord(m.Name, b.Prefix)
}

// possessiveWord reports whether the n-th word of a name ends in a
// possessive: "Japan's Socialist Party" names Japan's party.
func possessiveWord(name string, n int) bool {
	ws := strings.Fields(name)
	return n >= 1 && n <= len(ws) && names.StripPossessive(ws[n-1]) != ws[n-1]
}

// softNear returns the country a party or council is tied to by the words
// around it, looser than justBefore's: a country or demonym before it
// with at most two lower-case words between ("Japan's ruling Liberal
// Democratic Party", "the Canadian opposition Liberal Party"), or one
// after it by "in" or "of" ("the Liberal Democratic Party in Japan").
func (r *Resolver) softNear(a *article, m *mention) string {
	for _, o := range a.ms {
		if o == m || o.country < 0 && !r.isDemonym(o) {
			continue
		}
		if o.End <= m.Start && lowerGap(strings.TrimPrefix(strings.TrimPrefix(a.text[o.End:m.Start], "'s"), "'"), 2) {
			return r.countryCode(a, o)
		}
		if o.Start >= m.End {
			gap := strings.TrimSpace(a.text[m.End:o.Start])
			if (gap == "in" || gap == "of") && strings.TrimSpace(a.text[m.End:o.Start]) != a.text[m.End:o.Start] {
				return r.countryCode(a, o)
			}
		}
	}
	return ""
}

// isDemonym reports whether a mention is a country's demonym.
func (r *Resolver) isDemonym(m *mention) bool {
	_, ok := r.t.DemonymByKey[m.key]
	return ok
}

// lowerGap reports whether the text between two names is blank or at most
// n lower-case words on one line.
func lowerGap(gap string, n int) bool {
	if strings.Contains(gap, "\n\n") {
		return false
	}
	ws := strings.Fields(gap)
	if len(ws) > n {
		return false
	}
	for _, w := range ws {
		if gapWords[w] {
			return false // "Brazil and the Liberal Party" are two
		}
		for _, c := range w {
			if c < 'a' || c > 'z' {
				if c != '-' {
					return false
				}
			}
		}
	}
	return true
}

// gapWords are the lower-case words that part a country from the party
// after them: "Brazil and the Liberal Party", "Japan said the LDP".
var gapWords = names.Set{"and": true, "or": true, "the": true, "of": true, "in": true, "to": true,
	"with": true, "by": true, "for": true, "said": true, "says": true, "at": true, "on": true,
	"from": true, "a": true, "an": true, "than": true, "as": true, "but": true, "nor": true,
	"while": true, "whose": true, "that": true, "which": true, "is": true, "was": true, "not": true}

// mostNamed returns the country the article names most often, the first
// named on a tie, or "" when it names none. Countries, their demonyms,
// their cities and the well-known names of one country ("NHS", "Tories")
// count.
func (r *Resolver) mostNamed(a *article) string {
	count := r.countries(a)
	best, bestN := "", 0
	for _, c := range count.order {
		if n := count.n[c]; n > bestN {
			best, bestN = c, n
		}
	}
	return best
}

// countryCount is how often an article names each country, and in which
// order it first named them.
type countryCount struct {
	n     map[string]int
	order []string
}

// countries counts the countries an article names: see mostNamed.
func (r *Resolver) countries(a *article) countryCount {
	cc := countryCount{n: map[string]int{}}
	ms := slices.Clone(a.ms)
	slices.SortFunc(ms, func(x, y *mention) int { return x.Start - y.Start })
	for _, m := range ms {
		c := r.countryCode(a, m)
		if k, ok := names.Known(m.Name); c == "" && ok && (!k.OrgOnly || m.typ == Org) {
			c = cmp.Or(k.Where, k.Of)
		}
		if c == "" || strings.Contains(m.forced, "@") {
			continue
		}
		if cc.n[c] == 0 {
			cc.order = append(cc.order, c)
		}
		cc.n[c]++
	}
	return cc
}
