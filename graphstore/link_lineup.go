package graphstore

import (
	"fmt"
	"hash/fnv"
	"slices"
	"strings"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/internal/names"
)

// A lone surname or first name is the weakest name corpus linking reads:
// many people bear it. Two kinds of article make it weaker still.
//
//   - A line-up (a team sheet, a squad list: "Murphy; Rabeni, Smith,
//     Gibson, Healey") names a dozen people by their surnames alone, so
//     the article's context is mostly other bare surnames, and any full
//     name's articles that name a Smith, a Jones or a Williams share them
//     ("~smith" is every Smith): Leicester's "Gibson" scored 12.9 for Mel
//     Gibson on Brooks, Smith and Williams alone. A sports story's clubs
//     (a town's name typed as an organization, "Leicester", or a club's
//     form, "Aston Villa", "Bolton Wanderers") make it one too.
//   - A first name ("her partner, Trevor") fits every full name that
//     begins with it.
//
// So such a name links to a full name only on evidence that is not other
// people's bare surnames (see apart): for a name of a line-up or a sports
// story, linkThreshold of it (a club both name: "Candela" of Bolton's team
// sheet and Vincent Candela's move to Bolton), unless a sports story gives
// the full name (sportsPerson); for a first name, half as much again, or
// the article names the full name's surname too ("Rafa" beside
// "Benitez"). And a name of a line-up that links to no full name is a
// node of the articles that share its team ([RuleLineup]), not one with
// every other article's lone "Jones".

// lineupMin is the number of one-word names of people that make a
// sentence a line-up.
const lineupMin = 4

// togetherIDF is the rarity of a context key two articles must share for
// a line-up's short name to be one node in both (see together): in the
// 2,127 BBC stories, a key in 106 articles at most.
const togetherIDF = 3.0

// togetherPeople is the number of rare surnames two line-ups must share to
// be of one team when they share nothing else: one or two may be
// namesakes (a Smith, a Williams), three are team-mates.
const togetherPeople = 3

// lineups is what the line-up rule knows of the corpus: which articles are
// sports stories, which short names stand in a line-up, and which context
// keys are people's surnames.
type lineups struct {
	sport  []bool            // by article: a line-up or a club in it
	inList []map[string]bool // by article: the short ids that stand in a line-up (nil: none)
	person []bool            // by context key: a person's surname ("~smith")
}

// newLineups reads the line-ups and sports stories of the corpus.
func (c *corpus) newLineups() *lineups {
	lu := &lineups{sport: make([]bool, len(c.articles)), inList: make([]map[string]bool, len(c.articles)),
		person: make([]bool, len(c.idfs))}
	for k, n := range c.ctxNum {
		lu.person[n] = strings.HasPrefix(k, "~")
	}
	// Each article's on its own: on every core.
	inParallel(len(c.articles), 1024, func(lo, hi int) {
		var sents []int
		// Entries repeat across articles: each key is asked once, its
		// answer kept by its number (0: not asked, 1: no, 2: yes).
		club := make([]uint8, c.keyNums.n)
		isClub := func(e entry) bool {
			k := c.keyNums.of(e.entryKey)
			if club[k] == 0 {
				club[k] = 1
				if clubEntry(e) {
					club[k] = 2
				}
			}
			return club[k] == 2
		}
		for i := lo; i < hi; i++ {
			a := &c.articles[i]
			lu.inList[i] = lineupNames(a.entries, &sents, c.orgName)
			lu.sport[i] = lu.inList[i] != nil || slices.ContainsFunc(a.entries, isClub)
		}
	})
	return lu
}

// lineupNames returns the ids of the people named by one word (or an
// initial and a surname) in the sentences of entries that name lineupMin
// such people at least, or nil. A sentence where a quarter of them are
// names of organizations too (firm(id) reports it) is a list of firms the
// recognizer took for people ("Morgan (Stanley), First Boston, Salomon
// (Brothers), Merrill (Lynch)"), not a line-up. sents is a buffer.
func lineupNames(entries []entry, sents *[]int, firm func(id string) bool) map[string]bool {
	per, firms := lineupCounts(entries, sents, firm)
	if per == nil {
		return nil // most articles: no maps made
	}
	var out map[string]bool
	for i := range entries {
		e := &entries[i]
		if !e.partial || !shortPerson(*e) {
			continue
		}
		*sents = e.sentenceList((*sents)[:0])
		if slices.ContainsFunc(*sents, func(s int) bool { return per[s] >= lineupMin && 4*firms[s] < per[s] || besideLineup(per, firms, s) }) {
			if out == nil {
				out = map[string]bool{}
			}
			out[e.id] = true
		}
	}
	return out
}

// lineupCounts returns, by sentence, how many people named by one word
// the entries name there, and how many of them are names of
// organizations too (firm(id) reports it); nil when the entries name
// fewer than lineupMin such people in all. sents is a buffer.
func lineupCounts(entries []entry, sents *[]int, firm func(id string) bool) (per, firms map[int]int) {
	n := 0
	for i := range entries {
		if shortPerson(entries[i]) {
			n++
		}
	}
	if n < lineupMin {
		return nil, nil
	}
	per, firms = map[int]int{}, map[int]int{}
	for i := range entries {
		if shortPerson(entries[i]) {
			f := firm(entries[i].id)
			*sents = entries[i].sentenceList((*sents)[:0])
			for _, s := range *sents {
				per[s]++
				if f {
					firms[s]++
				}
			}
		}
	}
	return per, firms
}

// orgName reports whether the corpus gives the words of the person id
// as an organization's name, in full or alone.
func (c *corpus) orgName(id string) bool {
	_, rest, _ := strings.Cut(id, ":")
	return c.orgArticles("org:"+rest) > 0
}

// shortPerson reports whether e is a person named by one word, or an
// initial and a surname ("M Johnson").
func shortPerson(e entry) bool {
	if e.typ != extract.Person {
		return false
	}
	first, rest, two := strings.Cut(e.name, " ")
	return !two || !strings.Contains(rest, " ") && len(strings.TrimSuffix(first, ".")) == 1
}

// clubWords end the names of clubs: "Bolton Wanderers", "Leicester
// Tigers".
var clubWords = names.Set{"united": true, "rovers": true, "athletic": true, "wanderers": true,
	"albion": true, "hotspur": true, "rangers": true, "tigers": true, "fc": true, "rfc": true}

// clubEntry reports whether e is a club: an organization named by a town
// alone (a sports story's "Leicester"; the resolver types a town a club
// only there), or by a club's form.
func clubEntry(e entry) bool {
	if e.typ != extract.Org || strings.Contains(e.id, "@") {
		return false
	}
	_, rest, _ := strings.Cut(e.id, ":")
	if townName(e.id) {
		return true
	}
	first, _, more := strings.Cut(rest, "-")
	return more && (clubWords[rest[strings.LastIndexByte(rest, '-')+1:]] || clubForms[first])
}

// supports reports whether the evidence lets the short name of o stand
// for the full entity to (see the comment at the top of this file). Other
// rules than a person's short name are not its matter.
func (lu *lineups) supports(c *corpus, o *occurrence, to string) bool {
	if o.rule != RuleSurname {
		return true
	}
	// A first name written in lower case is the front of a full name
	// that a lower-cased text cut ("finance minister domingo cordovez"),
	// not someone called by a first name.
	given := slices.ContainsFunc(o.cands, func(x candidate) bool { return x.id == to && x.rank == 1 }) &&
		names.IsCapitalized(c.entryOf(o.art, o.pid).name) &&
		// An article that names too little else to judge by takes its
		// one candidate still (see sparse): "Kim" of "Kim inspected a
		// tractor factory" is the family name Kim Jong Un begins with.
		!c.sparse(o)
	if !given && !lu.sport[o.art] {
		return true
	}
	e := lu.apart(c, o, to)
	if given {
		return e.score >= 1.5*linkThreshold || lu.namesSurname(c, o.art, to)
	}
	return e.score >= linkThreshold || lu.sportsPerson(c, to, o.art) && !lu.teamless(o, e)
}

// sportsPerson reports whether a sports story other than article art gives
// the full entity id: the Leicester "Gibson" of a team sheet is not Mel
// Gibson of the film pages, but the surnames of a team sheet do name a
// player's team-mates.
func (lu *lineups) sportsPerson(c *corpus, id string, art int) bool {
	f, ok := c.full[id]
	return ok && slices.ContainsFunc(f.articles, func(i int) bool { return i != art && lu.sport[i] })
}

// apart is c.score of o's article for the full entity id, leaving out the
// surnames of people: what the article shares with id's articles that is
// not merely a name many people bear.
func (lu *lineups) apart(c *corpus, o *occurrence, id string) evidence {
	p := c.profile(id)
	self := 0
	if f, ok := c.full[id]; ok {
		if _, in := slices.BinarySearch(f.articles, o.art); in {
			self = 1
		}
	}
	own := c.ctxKey(id)
	var e evidence
	i := 0
	for _, k := range c.ctx[o.art] {
		for i < len(p) && p[i].k < k {
			i++
		}
		if i < len(p) && p[i].k == k && int(p[i].n) > self && k != own && !lu.person[k] {
			e.add(c, k)
		}
	}
	return e
}

// namesSurname reports whether article art names a person by the surname
// of one of the full entity id's names.
func (lu *lineups) namesSurname(c *corpus, art int, id string) bool {
	f, ok := c.full[id]
	if !ok {
		return false
	}
	for _, ws := range f.words {
		if len(ws) < 2 {
			continue
		}
		if k := c.ctxKey("~" + ws[len(ws)-1]); k >= 0 {
			if _, in := slices.BinarySearch(c.ctx[art], k); in {
				return true
			}
		}
	}
	return false
}

// split parts the articles that give a short name of a line-up, which no
// rule linked there, into groups that share something besides people's
// surnames and countries (a club, a town, a competition): two Celtic team
// sheets' "Balde" stay one node, Clyde's "Jones" and a Wales squad's
// "Jones" are two people, and an Aberdeen team sheet's "Foster" is not the
// "Foster" of a brewer's takeover story. The group with an article that is
// no line-up, or else the one of the first article by id, keeps the id;
// each other group is a node of its own ([RuleLineup], see lineupID).
func (lu *lineups) split(c *corpus, l *linking) {
	lists := map[string][]int{} // short id → line-up articles where no rule linked it
	for art, ids := range lu.inList {
		for pid := range ids {
			if _, linked := l.inArticle[art][pid]; !linked && l.remap[pid] == "" {
				lists[pid] = append(lists[pid], art)
			}
		}
	}
	for _, pid := range sortedIDs(lists) {
		var arts []int // every article that gives pid, itself not linked there
		if f, ok := c.full[pid]; ok {
			arts = append(arts, f.articles...)
		}
		for _, art := range c.partial[pid] {
			if _, linked := l.inArticle[art][pid]; !linked {
				arts = append(arts, art)
			}
		}
		slices.Sort(arts)
		arts = slices.Compact(arts)
		// By article id, not by index: which group keeps the id, and the
		// others' ids, must not depend on the order the articles came in.
		slices.SortFunc(arts, func(a, b int) int { return strings.Compare(c.articles[a].id, c.articles[b].id) })
		if len(arts) < 2 {
			continue
		}
		for _, g := range lu.groups(c, pid, arts, lists[pid]) {
			to := lineupID(pid, c.articles[g[0]].id)
			for _, art := range g {
				l.linkIn(RuleLineup, art, c.articles[art].id, pid, to, 0)
			}
		}
	}
}

// groups returns the groups of the articles arts (sorted by id) that give
// pid which do not keep the id (see split), each sorted by id. lists are
// those of them where pid stands in a line-up.
func (lu *lineups) groups(c *corpus, pid string, arts, lists []int) [][]int {
	// Union of the articles that share something: a few articles, so
	// pairs.
	parent := make([]int, len(arts))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			i = parent[i]
		}
		return i
	}
	own := c.ctxKey(contextKeyOfShort(pid))
	isList := func(art int) bool { return slices.Contains(lists, art) }
	for i := range arts {
		for j := i + 1; j < len(arts); j++ {
			// Articles that are no line-ups of the id are one group, the
			// id's own, when they are of one kind (see oneKind).
			if !isList(arts[i]) && !isList(arts[j]) && lu.oneKind(arts[i], arts[j]) || lu.together(c, arts[i], arts[j], own) {
				if a, b := find(i), find(j); a != b {
					parent[max(a, b)] = min(a, b)
				}
			}
		}
	}
	byRoot := map[int][]int{}
	for i, art := range arts {
		byRoot[find(i)] = append(byRoot[find(i)], art)
	}
	roots := make([]int, 0, len(byRoot))
	for r := range byRoot {
		roots = append(roots, r)
	}
	slices.Sort(roots)
	// The group that keeps the id: one with an article that is no
	// line-up, else the first.
	keep := roots[0]
	for _, r := range roots {
		if slices.ContainsFunc(byRoot[r], func(a int) bool { return !isList(a) }) {
			keep = r
			break
		}
	}
	var out [][]int
	for _, r := range roots {
		if r != keep {
			out = append(out, byRoot[r]) // by id, as arts is
		}
	}
	return out
}

// together reports whether articles a and b share a context key that is
// no person's surname, no country and not own, rare enough to speak
// (an idf of 3 at least: a club, a town, a competition, not London or
// "BBC News"), or togetherPeople surnames as rare: two Italy team sheets
// share no club, but Parisse, Bortolami and Masi.
func (lu *lineups) together(c *corpus, a, b int, own int32) bool {
	people := 0
	return anyShared(c.ctx[a], c.ctx[b], func(k int32) bool {
		if k == own || c.country[k] || c.idf(k) < togetherIDF {
			return false
		}
		if !lu.person[k] {
			return true
		}
		people++
		return people >= togetherPeople
	})
}

// anyShared reports whether f holds for a key that both sorted lists ka
// and kb hold, asked in their order until it does.
func anyShared(ka, kb []int32, f func(k int32) bool) bool {
	for i, j := 0, 0; i < len(ka) && j < len(kb); {
		switch {
		case ka[i] < kb[j]:
			i++
		case ka[i] > kb[j]:
			j++
		default:
			if f(ka[i]) {
				return true
			}
			i++
			j++
		}
	}
	return false
}

// contextKeyOfShort is the context key of a short person's id: its
// surname.
func contextKeyOfShort(pid string) string {
	_, rest, _ := strings.Cut(pid, ":")
	if i := strings.LastIndexByte(rest, '-'); i >= 0 {
		rest = rest[i+1:]
	}
	return "~" + rest
}

// lineupID is the id of the node of the short name pid in one article: the
// id and a hash of the article's, so that it depends on the article alone.
func lineupID(pid, artID string) string {
	h := fnv.New32a()
	h.Write([]byte(artID))
	return fmt.Sprintf("%s~%08x", pid, h.Sum32())
}
