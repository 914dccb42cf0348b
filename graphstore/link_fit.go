package graphstore

import (
	"slices"
	"strings"
	"unicode"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/internal/names"
)

// candidates returns the full entities a short name e may stand for, of
// its type, and the rule that would link it: for a person the full names
// it is the surname of (or, when none, the given name; "Charles" is first
// of all Prince Charles), or whose initial and surname it is; for an
// organization those the articles linked it to and those whose initials
// or words it is; for a place those it begins ("Newcastle upon Tyne").
func (ix *nameIndex) candidates(c *corpus, e entry) ([]candidate, LinkRule) {
	pk := names.Key(e.name)
	pw := strings.Fields(pk)
	var rule LinkRule
	look := pk
	switch {
	case e.typ == extract.Person && len(pw) == 1:
		rule = RuleSurname
	case e.typ == extract.Person && len(pw) >= 2 && len(pw[0]) == 1:
		rule, look = RuleInitials, pw[len(pw)-1]
	case e.typ == extract.Org && isAcronym(e.name):
		rule, look = RuleAcronym, acronymLetters(e.name)
	case e.typ == extract.Org && len(pw) == 1:
		rule = RuleShortOrg
	case e.typ == extract.Location && len(pw) == 1:
		rule = RulePlace
	default:
		return nil, ""
	}
	if names.IsNickname(pk) {
		// "Saints" is Southampton in a story of Southampton, St Helens
		// in one of rugby league: the article's own clubs decide
		// (names.Nickname), never the articles that named another.
		return nil, ""
	}
	var out []candidate
	best := 0
	for _, fi := range ix.byWord[look] {
		id, f := c.fullIDs[fi], c.fulls[fi]
		ev := f.alias(pk)
		// A surname that articles called a company by is the company's
		// short name too, the recognizer's guess aside: "Goldman" for
		// Goldman, Sachs and Co.
		company := rule == RuleSurname && f.typ == extract.Org && ev >= 2
		if f.typ != e.typ && !company || f.hasName(pk) {
			continue
		}
		rank := 0
		for _, fw := range f.words {
			rank = max(rank, fitRank(rule, pk, look, fw))
		}
		if company {
			rank = 2
		}
		// A candidate the name may not stand for still competes: barring
		// it must not leave another the one candidate ("Finance": the
		// Finance Ministry of one country).
		barred := rule == RuleShortOrg && !c.shortOrgMayBe(e.id, pk, f) || rule == RuleAcronym && placeAcronym(look, f.words) ||
			barrelHalf(rule, look, f, ev)
		if rule == RuleAcronym || rule == RuleShortOrg {
			if strings.Contains(id, "@") && ev == 0 {
				continue // "Japan" is no short name of the Finance Ministry (Japan)
			}
			if ev > 0 {
				rank = max(rank, 1)
			}
		}
		if rank == 0 || rank < best {
			continue
		}
		if rank > best {
			best, out = rank, out[:0]
		}
		out = append(out, candidate{id: id, rank: rank, evidence: ev, barred: barred})
	}
	return out, rule
}

// fitRank says how a short name fits the words fw of a full name under a
// rule: 0 not at all; for a person 3 for the given name of a prince or
// pope ("Charles", "Prince Charles"), 2 for the surname or an initial and
// surname, 1 for the given name.
func fitRank(rule LinkRule, pk, look string, fw []string) int {
	if len(fw) < 2 {
		return 0
	}
	switch rule {
	case RuleSurname:
		core := names.PersonCore(fw)
		switch {
		case len(core) == 1 && len(core) < len(fw) && core[0] == pk:
			return 3
		case core[len(core)-1] == pk:
			return 2
		case fw[0] == pk:
			return 1
		}
	case RuleInitials:
		sw := strings.Fields(pk)
		core := names.PersonCore(fw)
		if len(core) > len(sw)-1 && strings.HasPrefix(core[0], sw[0]) && len(core[0]) > 1 &&
			slices.Equal(core[len(core)-len(sw)+1:], sw[1:]) {
			return 2
		}
	case RuleAcronym:
		if len(look) > 2 && (initials(fw, true) == look || initials(fw, false) == look) {
			return 1
		}
		if n := len(fw); n > 2 && len(look) > 1 && (names.CompanyWords[fw[n-1]] || names.OrgHeads[fw[n-1]]) && initials(fw[:n-1], true) == look {
			return 1
		}
	case RuleShortOrg:
		if names.ShortFitsKeys(pk, fw, pk, extract.Org) {
			return 1
		}
	case RulePlace:
		// Three words: "Newcastle-upon-Tyne Central" is a constituency.
		if len(fw) == 3 && fw[0] == pk && names.PlaceJoiners[fw[1]] {
			return 1
		}
	}
	return 0
}

// isAcronym reports whether a name as written is an acronym: "IFC",
// "S&P", "U.N.".
func isAcronym(name string) bool { return names.IsAcronym(strings.TrimSpace(name)) }

// acronymLetters returns the letters and digits of an acronym, folded:
// "S&P" → "sp", "U.N." → "un".
func acronymLetters(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// shortOrgMayBe reports whether the one-word organization name pk (of the
// short entity pid) may stand for the longer organization f, whatever the
// articles that linked it to f in their own text say: those may have
// meant another thing, and a link here carries to every article where the
// name stands alone.
//
//   - A town's name (see placeName) ends only the name of an outlet or a branch named after
//     it ("BBC Radio Leicester", "BBC Newcastle", a glued "BBC Liverpool"
//     of "told the BBC Liverpool were"); the town's clubs begin with it
//     ("Leicester Tigers", "Newcastle United"), but not the bodies of the
//     town ("Blackpool Hotel Association", "Edinburgh University", "Norwich
//     Union"), which the town's name alone does not name.
//   - A word that ends a name only after another organization's name is
//     that other's partner, not the whole (see joinsTwo).
//   - A name common on its own across the corpus (alone in three articles
//     at least and twice as many as f is given in) is a thing of its own,
//     not the part of it that f names ("Sony" and Sony Computer
//     Entertainment America, "Google" and Google News, "Celtic" and the
//     Celtic League): only the firm's or the club's own name takes it (see
//     sameFirm).
func (c *corpus) shortOrgMayBe(pid, pk string, f *fullInfo) bool {
	if c.placeName(pid) {
		// A body's head bars only a town the tables know: a recognizer
		// types "Agriculture" a place now and then.
		town := townName(pid)
		for _, fw := range f.words {
			if fw[0] == pk && !(town && slices.ContainsFunc(fw[1:], func(w string) bool { return names.GenericOrgHeads[w] })) {
				return true
			}
		}
		return false
	}
	if c.joinsTwo(pk, f) {
		return false
	}
	if n := len(c.partial[pid]); n < 3 || n < 2*len(f.articles) {
		return true
	}
	for _, fw := range f.words {
		if c.sameFirm(pk, fw) {
			return true
		}
	}
	return false
}

// joinsTwo reports whether the one word pk ends f's names only after the
// name of another organization the corpus gives in two articles at least:
// "Sony Ericsson" and "Sun Interbrew" join two firms, "BBC Liverpool" glues
// a broadcaster to a club, and "Ericsson" alone is the other firm. A place
// or a person that a recognizer typed as an organization ("West German" of
// the West German Bundesbank, "Reagan" of the Reagan Administration) is no
// other organization.
func (c *corpus) joinsTwo(pk string, f *fullInfo) bool {
	joined := false
	for _, fw := range f.words {
		if fw[0] == pk {
			return false
		}
		if n := len(fw); n >= 2 && fw[n-1] == pk {
			if c.orgArticles("org:"+strings.Join(fw[:n-1], "-")) < 2 || c.placeWords(fw[:n-1]) || c.personName(fw[:n-1]) {
				return false
			}
			joined = true
		}
	}
	return joined
}

// orgArticles is the number of articles that give the organization id,
// in full or alone.
func (c *corpus) orgArticles(id string) int {
	n := len(c.partial[id])
	if f, ok := c.full[id]; ok {
		n += len(f.articles)
	}
	return n
}

// placeName reports whether the one word of the entity id names a town, by
// the tables or by the corpus, which gives it as a place in two articles
// at least ("Leicester").
func (c *corpus) placeName(id string) bool {
	if townName(id) {
		return true
	}
	_, rest, _ := strings.Cut(id, ":")
	loc := "location:" + rest
	n := len(c.partial[loc])
	if f, ok := c.full[loc]; ok {
		n += len(f.articles)
	}
	return n >= 2
}

// sameFirm reports whether the words fw name the organization that the one
// word pk names alone: pk and the words of a firm's form that no unit
// bears ("Samsung Electronics", "Moody's Investors Service", "Lenovo
// Group", "Veritas Party"), or pk after a club's form, the name of a
// place, by the tables or the corpus ("AS Roma", "Glasgow Rangers",
// "Blackburn Rovers"), or a person's ("Reagan Administration").
func (c *corpus) sameFirm(pk string, fw []string) bool {
	n := len(fw)
	if n < 2 {
		return false
	}
	if fw[n-1] == pk {
		front := fw[:n-1]
		return n == 2 && clubForms[fw[0]] || c.placeWords(front) || c.personName(front)
	}
	return fw[0] == pk && !slices.ContainsFunc(fw[1:], func(w string) bool {
		return !firmForms[w] && (unitWords[w] || !names.CompanyWords[w] && !names.CorpSuffixes[w] && !firmWords[w])
	})
}

// personName reports whether the words ws name a person the corpus gives,
// in full or alone: "the Administration" of 1987 news is the Reagan
// Administration.
func (c *corpus) personName(ws []string) bool {
	id := "person:" + strings.Join(ws, "-")
	_, full := c.full[id]
	return full || len(c.partial[id]) > 0
}

// placeWords reports whether the words ws before a name name a place,
// together or each; a country's upper-case code counts ("U.S.
// Treasuries": a name's words are folded, and "us" there is no pronoun).
func (c *corpus) placeWords(ws []string) bool {
	isPlace := func(k string) bool {
		_, code := names.Tables().CountryUpper[k]
		return code || placeWord(k) || c.placeName("location:"+strings.ReplaceAll(k, " ", "-"))
	}
	return isPlace(strings.Join(ws, " ")) || !slices.ContainsFunc(ws, func(w string) bool { return !isPlace(w) })
}

// clubForms begin the names of clubs called by their last word: "AS
// Roma", "FC Porto".
var clubForms = names.Set{"as": true, "ac": true, "fc": true, "afc": true, "sc": true, "cf": true,
	"ss": true, "sv": true, "cd": true, "rc": true}

// firmForms end the full names of firms and parties called by their first
// word alone, besides [names.CompanyWords]: "Sun Microsystems", "Nissan
// Motor", "Veritas Party", "Citibank N.A." (a national association, a U.S.
// bank's legal form).
var firmForms = names.Set{"electronics": true, "motor": true, "motors": true, "microsystems": true,
	"communications": true, "technologies": true, "technology": true, "pharmaceuticals": true,
	"airlines": true, "airways": true, "telecom": true, "telecommunications": true, "bancorp": true,
	"laboratories": true, "labs": true, "software": true, "party": true, "na": true, "group": true}

// placeAcronym reports whether the acronym letters look are the initials
// of a place that begins one of the names (by their words) before its last word: "LA" of
// the Los Angeles Times is the city's, not the paper's.
func placeAcronym(look string, words [][]string) bool {
	for _, fw := range words {
		if n := len(fw); n > 2 && (initials(fw[:n-1], true) == look || initials(fw[:n-1], false) == look) &&
			placeWord(strings.Join(fw[:n-1], " ")) {
			return true
		}
	}
	return false
}
