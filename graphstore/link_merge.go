package graphstore

import (
	"cmp"
	"slices"
	"strings"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/internal/names"
)

// linkSpellings joins the full names of one person spelled two ways:
// surnames one letter apart with the same given names ("Mikhail
// Gorbachov", "Mikhail Gorbachev"; "Karl Otto Pöhl", "Karl Otto Poehl"),
// or one name with a middle initial and one without ("Nicholas F. Brady",
// "Nicholas Brady") when that is the only such variant. Both need their
// articles to name the same things (evidence.enough): "John Reid" the
// British minister is no "John Reed" the banker. The name in more articles
// wins; a middle initial goes.
func (c *corpus) linkSpellings(l *linking) {
	type name struct{ id, key string }
	byFirst := map[string][]name{} // names of two words or more by their words but the last
	byCore := map[string][]name{}  // names by their words without middle initials
	for i, id := range c.fullIDs {
		f := c.fulls[i]
		if f.typ != extract.Person {
			continue
		}
		for i, k := range f.keys {
			ws := f.words[i]
			if len(ws) < 2 || len(ws[0]) < 2 {
				continue
			}
			front := strings.Join(ws[:len(ws)-1], " ")
			byFirst[front] = append(byFirst[front], name{id, k})
			byCore[strings.Join(withoutInitials(ws), " ")] = append(byCore[strings.Join(withoutInitials(ws), " ")], name{id, k})
		}
	}
	try := func(rule LinkRule, a, b name) {
		if a.id == b.id || l.resolve(a.id) == l.resolve(b.id) {
			return
		}
		if e := c.shared(a.id, b.id, "~"+lastWord(a.key), "~"+lastWord(b.key)); e.enough() {
			from, to := c.keeper(a.id, b.id, rule)
			l.link(rule, from, to, e.score)
		}
	}
	for _, front := range sortedIDs(byFirst) {
		group := byFirst[front]
		for i, a := range group {
			for _, b := range group[i+1:] {
				if spelledAlike(lastWord(a.key), lastWord(b.key)) {
					try(RuleSpelling, a, b)
				}
			}
		}
	}
	for _, core := range sortedIDs(byCore) {
		// The name without initials, and the one name with them.
		var plain, initialled []name
		for _, n := range byCore[core] {
			if n.key == core {
				plain = append(plain, n)
			} else {
				initialled = append(initialled, n)
			}
		}
		if len(plain) == 1 && len(initialled) == 1 {
			try(RuleMiddle, plain[0], initialled[0])
		}
	}
}

// spelledAlike reports whether two surnames may be one spelled two ways:
// one letter apart, five letters long at least, or the same but for an
// umlaut spelled out ("Pöhl", "Poehl").
func spelledAlike(x, y string) bool {
	if x == y {
		return false
	}
	return len(x) >= 5 && len(y) >= 5 && oneEdit(x, y) || umlautEqual(x, y)
}

// umlautEqual reports whether umlautFold(x) == umlautFold(y), without
// making either: the rule compares every pair of a group of names.
func umlautEqual(x, y string) bool {
	i, j := 0, 0
	for i < len(x) && j < len(y) {
		if x[i] != y[j] {
			return false
		}
		i += umlautLen(x, i)
		j += umlautLen(y, j)
	}
	return i == len(x) && j == len(y)
}

// umlautLen is how many bytes of w at i umlautFold writes as the one byte
// w[i]: two for a spelled-out umlaut ("oe", "ae", "ue"), else one.
func umlautLen(w string, i int) int {
	if i+1 < len(w) && w[i+1] == 'e' && (w[i] == 'o' || w[i] == 'a' || w[i] == 'u') {
		return 2
	}
	return 1
}

// withoutInitials drops the one-letter middle words of a name.
func withoutInitials(ws []string) []string {
	out := []string{ws[0]}
	for _, w := range ws[1 : len(ws)-1] {
		if len(w) > 1 {
			out = append(out, w)
		}
	}
	return append(out, ws[len(ws)-1])
}

// oneEdit reports whether two words differ by one letter inserted,
// deleted or replaced.
func oneEdit(a, b string) bool {
	if a == b {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:]
	}
	return a[i:] == b[i+1:]
}

// umlautFold writes the German umlaut spelled out as the plain vowel:
// "poehl" and "pohl" (from Pöhl) fold alike.
func umlautFold(w string) string {
	if !strings.Contains(w, "e") {
		return w
	}
	return umlauts.Replace(w)
}

var umlauts = strings.NewReplacer("oe", "o", "ae", "a", "ue", "u")

func lastWord(k string) string {
	return k[strings.LastIndexByte(k, ' ')+1:]
}

// keeper returns which of two ids of one person goes into which: the one
// without a middle initial stays, else the one in more articles, else the
// smaller id.
func (c *corpus) keeper(a, b string, rule LinkRule) (from, to string) {
	if rule == RuleMiddle {
		if len(c.full[a].first) > len(c.full[b].first) {
			return a, b
		}
		return b, a
	}
	na, nb := len(c.full[a].articles), len(c.full[b].articles)
	if na > nb || na == nb && a < b {
		return b, a
	}
	return a, b
}

// linkLongerOrgs links a shorter full name of an organization into the
// longer one that the articles giving both nearly always meant: "Red Sox"
// → "Boston Red Sox" when the articles that name the club in full also
// call it "Red Sox", three of them at least, and no other organization is
// so called a fifth as often.
func (c *corpus) linkLongerOrgs(l *linking) {
	byAlias := map[string][]string{}
	for i, id := range c.fullIDs {
		for _, a := range c.fulls[i].aliases {
			if k := a.name; strings.Contains(k, " ") {
				byAlias[k] = append(byAlias[k], id)
			}
		}
	}
	for i, id := range c.fullIDs {
		f := c.fulls[i]
		if f.typ != extract.Org || len(f.keys) != 1 || strings.Contains(id, "@") {
			continue
		}
		short, sw := f.keys[0], f.words[0]
		if len(sw) < 2 {
			continue
		}
		linked := map[string]int{}
		var cands []string
		for _, fid := range byAlias[short] {
			g := c.full[fid]
			if fid == id || g.typ != f.typ || g.hasName(short) || !longerName(g.words, sw) {
				continue
			}
			to := l.resolve(fid)
			if to == id {
				continue
			}
			if !slices.Contains(cands, to) {
				cands = append(cands, to)
			}
			linked[to] += g.alias(short)
		}
		if len(cands) == 0 {
			continue
		}
		best := slices.MaxFunc(cands, func(a, b string) int { return cmp.Or(cmp.Compare(linked[a], linked[b]), cmp.Compare(b, a)) })
		others := 0
		for _, x := range cands {
			if x != best {
				others += linked[x]
			}
		}
		if linked[best] >= 3 && (others == 0 || linked[best] >= 5*others) {
			l.link(RuleLongerOrg, id, best, float64(linked[best]))
		}
	}
}

// linkOrgPrefixes links a full name that begins a longer organization's
// name three times as common into it, when the words it lacks are those of
// a company ("Shearson Lehman" and "Shearson Lehman Brothers", "Moody's
// Investors" and "Moody's Investors Service", "Salomon Inc" and "Salomon
// Brothers"), or, of two words or more, five times as common, when the two
// share enough context ("Drexel Burnham" and "Drexel Burnham Lambert", which a
// recognizer may take for a person's name). Parts named after a place or a unit ("Ford Motor Credit", "Merrill Lynch
// Capital Markets") are not the company.
//
// The rule's decisions read the corpus alone, but for whether an earlier
// rule linked the name already: orgPrefixLinks makes them (on a core of its
// own, beside the rules before it), and linkOrgPrefixes records those of the
// names still unlinked, in the same order.
func (c *corpus) linkOrgPrefixes(l *linking, links []orgLink) {
	for _, x := range links {
		if _, done := l.remap[x.from]; !done {
			l.link(RuleLongerOrg, x.from, x.to, x.score)
		}
	}
}

// orgLink is a link a rule of organizations' names would make of a name
// no earlier rule linked.
type orgLink struct {
	from, to string
	score    float64
}

// orgPrefixLinks returns, in the order of c.fullIDs, the links
// linkOrgPrefixes makes of the names no earlier rule links. It reads the
// corpus alone, and profiles through its own cache (ps), not c.profiles:
// other rules run meanwhile.
func (c *corpus) orgPrefixLinks(ps map[string]profile) []orgLink {
	var links []orgLink
	byFirst := map[string][]int32{} // indexes in fullIDs, by the first words of their names
	for i, id := range c.fullIDs {
		if f := c.fulls[i]; f.typ == extract.Org && !strings.Contains(id, "@") {
			for _, fw := range f.words {
				// An id's words are all added in its turn: it is in the
				// list already only as its last.
				if first, ids := fw[0], byFirst[fw[0]]; len(ids) == 0 || ids[len(ids)-1] != int32(i) {
					byFirst[first] = append(ids, int32(i))
				}
			}
		}
	}
	for i, id := range c.fullIDs {
		f := c.fulls[i]
		if f.typ != extract.Org && f.typ != extract.Person || strings.Contains(id, "@") {
			continue
		}
		// One name, with or without its company suffix: "Drexel Burnham",
		// "Drexel Burnham Inc".
		folded := map[string]bool{}
		for _, k := range f.orgKeysOf() {
			folded[k] = true
		}
		if len(folded) != 1 {
			continue
		}
		sw := strings.Fields(firstKey(folded))
		if !slices.ContainsFunc(sw, func(w string) bool { return !names.GenericOrgWords[w] }) || len(sw) == 1 && placeWord(sw[0]) {
			continue
		}
		// Twice five times as common on context; three times on company
		// words alone ("Salomon" of Salomon Inc and Salomon Brothers).
		to, long, ok := c.longerName(i, sw, byFirst[sw[0]], 3)
		if !ok {
			continue
		}
		extra := strings.Fields(long)[len(sw):]
		company := !slices.ContainsFunc(extra, func(w string) bool { return !names.CompanyWords[w] && !names.CorpSuffixes[w] })
		if len(sw) == 1 {
			// One word names many companies: "Continental" is no
			// Continental Airlines; only a firm's own words may follow.
			company = slices.ContainsFunc(extra, func(w string) bool { return firmWords[w] }) &&
				!slices.ContainsFunc(extra, func(w string) bool { return !firmWords[w] && !names.CorpSuffixes[w] })
		}
		e := c.sharedIn(c.profileIn(ps, id), c.profileIn(ps, to), []int32{c.ctxKey(id), c.ctxKey(to)})
		if company || len(sw) > 1 && e.enough() && len(c.full[to].articles) >= 5*len(f.articles) {
			links = append(links, orgLink{id, to, e.score})
		}
	}
	return links
}

// linkGroupNames links the name of a firm's group, its name and "Group",
// into the firm's name three times as common: "Morgan Stanley Group Inc"
// is Morgan Stanley to a reader.
//
// As linkOrgPrefixes, it records the links groupNameLinks made beforehand of
// the names still unlinked.
func (c *corpus) linkGroupNames(l *linking, links []orgLink) {
	for _, x := range links {
		if _, done := l.remap[x.from]; !done {
			l.link(RuleLongerOrg, x.from, x.to, x.score)
		}
	}
}

// groupNameLinks returns, in the order of c.fullIDs, the links
// linkGroupNames makes of the names no earlier rule links: it reads the
// corpus alone.
func (c *corpus) groupNameLinks() []orgLink {
	var links []orgLink
	byName := map[string][]string{}
	for i, id := range c.fullIDs {
		if f := c.fulls[i]; f.typ == extract.Org && !strings.Contains(id, "@") {
			for _, k := range f.orgKeysOf() {
				byName[k] = append(byName[k], id)
			}
		}
	}
	for i, id := range c.fullIDs {
		f := c.fulls[i]
		if f.typ != extract.Org || strings.Contains(id, "@") {
			continue
		}
		for _, k := range f.orgKeysOf() {
			base, ok := strings.CutSuffix(k, " group")
			if !ok || !strings.Contains(base, " ") && placeWord(base) {
				continue
			}
			cands := slices.Compact(slices.Sorted(slices.Values(byName[base])))
			if len(cands) == 1 && cands[0] != id && len(c.full[cands[0]].articles) >= 3*len(f.articles) {
				links = append(links, orgLink{id, cands[0], float64(len(c.full[cands[0]].articles))})
				break
			}
		}
	}
	return links
}

// firmWords end the names of firms called by their first word alone:
// "Salomon Brothers", "Lazard Freres".
var firmWords = names.Set{"brothers": true, "bros": true, "freres": true, "sons": true, "partners": true}

// longerName returns the one candidate of cands that begins with the
// words sw (see prefixOf), at least times as common as the full entity of
// index i, and the name it begins; ok is false when none or several do.
// i and cands are indexes in c.fullIDs.
func (c *corpus) longerName(i int, sw []string, cands []int32, times int) (to, long string, ok bool) {
	n, least := 0, times*len(c.fulls[i].articles)
	for _, gi := range cands {
		if int(gi) == i {
			continue
		}
		g := c.fulls[gi]
		if len(g.articles) < least {
			continue
		}
		if k, fits := prefixOf(sw, g); fits {
			to, long, n = c.fullIDs[gi], k, n+1
		}
	}
	return to, long, n == 1
}

// prefixOf returns the smallest of f's names that begins with the words
// sw and goes on with no place and no unit of a company, if any.
func prefixOf(sw []string, f *fullInfo) (string, bool) {
	for i, k := range f.keys {
		lw := f.words[i]
		if len(lw) > len(sw) && slices.Equal(lw[:len(sw)], sw) &&
			!slices.ContainsFunc(lw[len(sw):], func(w string) bool { return unitWords[w] || placeWord(w) }) {
			return k, true
		}
	}
	return "", false
}

// firstKey returns the smallest key of a set of names.
func firstKey(ns map[string]bool) string {
	ks := sortedIDs(ns)
	return ks[0]
}

// placeWord reports whether a folded word names a country, a people or a
// place the tables know.
func placeWord(w string) bool {
	t := names.Tables()
	_, dem := t.DemonymByKey[w]
	return t.Country(w, w) >= 0 || dem || t.KnownPlace(w) || t.CityCountry[w] != ""
}

// unitWords name the part of a company that bears its name.
var unitWords = names.Set{"capital": true, "markets": true, "securities": true, "finance": true,
	"financial": true, "credit": true, "acceptance": true, "bank": true, "trust": true,
	"leasing": true, "investment": true, "investments": true, "asset": true, "management": true,
	"futures": true, "international": true, "overseas": true, "subsidiary": true, "unit": true,
	"division": true, "holdings": true, "realty": true, "insurance": true, "group": true}

// longerName reports whether one of the names (by their words) begins or
// ends with the words sw and is longer.
func longerName(words [][]string, sw []string) bool {
	for _, lw := range words {
		if len(lw) > len(sw) && (slices.Equal(lw[len(lw)-len(sw):], sw) || slices.Equal(lw[:len(sw)], sw)) {
			return true
		}
	}
	return false
}

// linkTypes gives one node to what is left with the same name under
// several types (a weak recognizer calls Microsoft a person in one
// article and a place in the next): the type most articles give it, a
// name whose own words say its type counting five times, and a full name
// twice a lone short one. Countries keep their own nodes, and a city is no
// club of its name ("Leeds"). tv is typeVotes of the articles, and byName
// typeNames of it.
func (c *corpus) linkTypes(l *linking, tv typeVoting, byName []namedID) {
	votes := func(id string) int { return tv[id].votes }
	typeOf := func(id string) extract.Type { return tv[id].typ }
	nameOf := func(id string) string { return tv[id].name }
	// Grouped by name: the ids sorted by name and id, each run of one name
	// a group, in the order of the names (no map of tens of thousands of
	// lists, nearly all of one id); those linked already left out.
	all := make([]namedID, 0, len(byName))
	for _, x := range byName {
		if _, linked := l.remap[x.id]; !linked {
			all = append(all, x)
		}
	}
	t := names.Tables()
	var same []string
	for i := 0; i < len(all); {
		j := i + 1
		for j < len(all) && all[j].name == all[i].name {
			j++
		}
		name, group := all[i].name, all[i:j]
		i = j
		if len(group) < 2 {
			continue
		}
		same = same[:0]
		for _, x := range group {
			same = append(same, x.id)
		}
		best := slices.MaxFunc(same, func(a, b string) int {
			return cmp.Or(cmp.Compare(votes(a), votes(b)), cmp.Compare(typeRank(typeOf(a)), typeRank(typeOf(b))))
		})
		city := t.CityCountry[names.Key(nameOf(best))] != "" || t.KnownPlace(names.Key(nameOf(best)))
		oneWord := !strings.ContainsAny(name, "- ")
		for _, id := range same {
			clubAndCity := city && (typeOf(id) == extract.Location) != (typeOf(best) == extract.Location) &&
				(typeOf(id) == extract.Org || typeOf(best) == extract.Org)
			clubAndCity = clubAndCity || c.townAndClub(id, best, typeOf(id), typeOf(best))
			if id == best || clubAndCity {
				continue
			}
			// A name of one word under two types is often two things (Judge
			// Greene and the agency Wells, Rich, Greene; Pratt Hotel and
			// Pratt and Whitney): joined only where their articles name the
			// same things, or where the word itself says it is of best's
			// type (OpenAI).
			if typed, ok := names.TypedByName(nameOf(id)); oneWord && (!ok || typed != typeOf(best)) &&
				!c.sharedAny(id, best, "~"+names.Key(nameOf(id)), "~"+names.Key(nameOf(best))).enough() {
				continue
			}
			if c.linkTypeBySection(l, id, best, typeOf(id), typeOf(best), float64(votes(best))) {
				continue
			}
			l.link(RuleType, id, best, float64(votes(best)))
		}
	}
}

// namedID is an id and its name, the id less its type.
type namedID struct{ name, id string }

// typeNames returns the ids of tv but countries' sorted by name, then id:
// what linkTypes groups (before any rule links; it reads tv alone, and is
// made on a core of its own while the rules run).
func typeNames(tv typeVoting) []namedID {
	all := make([]namedID, 0, len(tv))
	for id := range tv {
		prefix, rest, _ := strings.Cut(id, ":")
		if prefix == "country" {
			continue
		}
		all = append(all, namedID{rest, id})
	}
	slices.SortFunc(all, func(a, b namedID) int {
		if c := strings.Compare(a.name, b.name); c != 0 {
			return c
		}
		return strings.Compare(a.id, b.id)
	})
	return all
}

func sortedIDs[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

// typeVoting is, of every id the articles give, the votes on its type
// (see typeVote; an entry given in full counts twice) and its type and name
// in its last full entry, else its first.
type typeVoting map[string]*idVote

// idVote is what typeVoting holds of one id.
type idVote struct {
	votes int
	typ   extract.Type
	name  string
}

// typeVotes counts the type votes of the articles.
func typeVotes(articles []article, nKeys int, nums *keyNumbers) typeVoting {
	// One record an id, and each name's type by its words once: the loop
	// is over every entry of every article.
	byID := make(typeVoting, nKeys/2)
	typed := make(map[string]typedName, nKeys/2)
	// Entries repeat across articles: what a vote needs of an entry but
	// its order is of its key, found once a key.
	type keyVote struct {
		v int // the entry's vote
		r *idVote
	}
	byKey := make([]keyVote, nums.n) // by key number; r nil: not met yet
	// The records are made in blocks: tens of thousands of small objects
	// otherwise.
	var block []idVote
	for _, a := range articles {
		for _, e := range a.entries {
			kn := nums.of(e.entryKey)
			kv := byKey[kn]
			if kv.r == nil {
				tn, ok := typed[e.name]
				if !ok {
					tn.typ, tn.ok = names.TypedByName(e.name)
					typed[e.name] = tn
				}
				kv.v = 1
				if tn.ok && tn.typ == e.typ {
					kv.v = 5 // see typeVote
				}
				if !e.partial {
					kv.v *= 2
				}
				kv.r = byID[e.id]
				if kv.r == nil {
					if len(block) == cap(block) {
						block = make([]idVote, 0, max(64, nKeys/2, 2*cap(block)))
					}
					block = append(block, idVote{typ: e.typ, name: e.name})
					kv.r = &block[len(block)-1]
					byID[e.id] = kv.r
				}
				byKey[kn] = kv
			}
			r := kv.r
			if !e.partial {
				r.typ, r.name = e.typ, e.name
			}
			r.votes += kv.v
		}
	}
	return byID
}

// typedName is what names.TypedByName says of a name.
type typedName struct {
	typ extract.Type
	ok  bool
}

// typeVote is how much an article's entry counts in the vote on a node's
// type: an entry whose own name says its type ("Microsoft Corp.") outweighs
// a recognizer's guesses in several articles.
func typeVote(e entry) int {
	if t, ok := names.TypedByName(e.name); ok && t == e.typ {
		return 5
	}
	return 1
}

// typeRank breaks ties between types: people and organizations are more
// often mistyped as places and MISC than the other way round.
func typeRank(t extract.Type) int {
	switch t {
	case extract.Country:
		return 5
	case extract.Person:
		return 4
	case extract.Org:
		return 3
	case extract.Location:
		return 2
	}
	return 1
}
