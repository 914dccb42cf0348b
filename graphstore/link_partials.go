package graphstore

import (
	"cmp"
	"slices"
	"strings"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/internal/names"
)

// linkThreshold is the context evidence a short name's link needs: what
// its article shares with the full name's articles, each thing weighted by
// the log of how rare it is in the corpus. In 20,000 Reuters stories,
// sharing the United States alone gives 1.7, the United States and Japan
// 4.6, one name found in 100 articles 5.3.
const linkThreshold = 4.0

// linkRounds is how many rounds of linking short names run: each sees
// the context of the articles the earlier ones linked.
const linkRounds = 5

// candidate is a full entity a short name may stand for.
type candidate struct {
	id       string
	rank     int  // how close the fit: see personRank
	evidence int  // articles that linked the short name to it themselves
	barred   bool // the short name may not stand for it, but it competes (see shortOrgMayBe)
}

// occurrence is a short name standing alone in one article, waiting for a
// link.
type occurrence struct {
	art   int
	pid   string
	key   string // the short name's own context key, left out of scores
	rule  LinkRule
	cands []candidate
	// seen: some article holds the short name as an entity of its own
	// (two full names fitted it there), so only context may link it.
	seen bool
}

// linkPartials links, in each article, the short names its resolver left
// alone to the full name of another article that the article's context
// points at. It decides in rounds: each sees the context of the
// articles the first linked, so that a name known in full from one article
// ("Ronald Reagan") gathers the context of the many that say "Reagan".
// There are linkRounds of them. ix is c.newNameIndex(). It returns what
// it learnt of the corpus's line-ups, for lineups.split.
func (c *corpus) linkPartials(l *linking, ix *nameIndex) *lineups {
	// Each short name's candidates read the corpus and the index alone:
	// found on every core, a block of names at a time (all at once, every
	// name's list before the filters below would be live together).
	pids := sortedIDs(c.partial)
	type found struct {
		cands []candidate
		rule  LinkRule
	}
	fits := make([]found, min(len(pids), candidateBlock))
	var occs []occurrence
	for lo := 0; lo < len(pids); lo += candidateBlock {
		block := pids[lo:min(lo+candidateBlock, len(pids))]
		inParallel(len(block), 256, func(lo, hi int) {
			for i := lo; i < hi; i++ {
				cands, rule := ix.candidates(c, c.entryOf(c.partial[block[i]][0], block[i]))
				fits[i] = found{cands, rule}
			}
		})
		for i, pid := range block {
			occs = c.addOccurrences(occs, l, pid, fits[i].cands, fits[i].rule)
			fits[i] = found{}
		}
	}
	// A decision reads, of the corpus that rounds change, only its
	// candidates' profiles and article counts: an occurrence left undecided
	// is decided again only when a candidate of its gained a link in the
	// round before.
	lu := c.newLineups()
	var changed map[string]bool // nil: the first round, which decides all
	for round := 0; round < linkRounds; round++ {
		type decision struct {
			o  *occurrence
			to string
			ev evidence
		}
		// The occurrences to decide, decided on every core: a decision
		// only reads the corpus, once the profiles it reads are made.
		var due []*occurrence
		var cands []string
		for i := range occs {
			o := &occs[i]
			if o.cands == nil || changed != nil && !slices.ContainsFunc(o.cands, func(x candidate) bool { return changed[x.id] }) {
				continue
			}
			due = append(due, o)
			for _, x := range o.cands {
				cands = append(cands, x.id)
			}
		}
		c.makeProfiles(cands)
		decided := make([]decision, len(due))
		c.profilesDone = true
		inParallel(len(due), 256, func(lo, hi int) {
			for i := lo; i < hi; i++ {
				if to, ev, ok := c.decide(due[i]); ok && lu.supports(c, due[i], to) &&
					!c.townBodyApart(due[i], to) {
					decided[i] = decision{due[i], to, ev}
				}
			}
		})
		c.profilesDone = false
		var made []decision
		for _, d := range decided {
			if d.o != nil {
				made = append(made, d)
			}
		}
		changed = map[string]bool{}
		var gained []string // the full ids that gained articles, in the order first met
		arts := map[string][]int{}
		for _, d := range made {
			if !changed[d.to] {
				gained = append(gained, d.to)
			}
			changed[d.to] = true
			l.linkIn(d.o.rule, d.o.art, c.articles[d.o.art].id, d.o.pid, d.to, d.ev.score)
			d.o.cands = nil
			arts[d.to] = append(arts[d.to], d.o.art)
			c.linkedTo[d.to]++
		}
		// The articles' contexts are now the full names' too: each
		// profile made anew once a round.
		for _, to := range gained {
			c.profiles[to] = c.profile(to).withArticles(c, arts[to])
		}
	}
	return lu
}

// candidateBlock is how many short names linkPartials finds the candidates
// of at once.
const candidateBlock = 2048

// addOccurrences appends to occs the occurrences of the short name pid in
// its articles, with its candidates cands (of ix.candidates) less those
// linked into it and one of each node, or none when no candidate is left.
func (c *corpus) addOccurrences(occs []occurrence, l *linking, pid string, cands []candidate, rule LinkRule) []occurrence {
	cands = slices.DeleteFunc(cands, func(x candidate) bool { return l.resolve(x.id) == pid })
	cands = c.oneNodeEach(l, cands)
	if len(cands) == 0 {
		return occs
	}
	_, seen := c.full[pid]
	for _, art := range c.partial[pid] {
		occs = append(occs, occurrence{art: art, pid: pid, key: contextKey(c.entryOf(art, pid)), rule: rule, cands: cands, seen: seen})
	}
	return occs
}

// oneNodeEach keeps one candidate of those that earlier rules linked into
// one node ("George Bush" and "George W Bush", a full name with and
// without its middle initial): the one in most articles, with the best
// rank and all the evidence of the others. Two names of one person must
// not split the context between them so that neither wins.
func (c *corpus) oneNodeEach(l *linking, cands []candidate) []candidate {
	var out []candidate
	at := map[string]int{} // node → index in out
	for _, x := range cands {
		node := l.resolve(x.id)
		i, ok := at[node]
		if !ok {
			at[node] = len(out)
			out = append(out, x)
			continue
		}
		o := &out[i]
		if c.before(x.id, o.id) {
			o.id, o.barred = x.id, x.barred
		}
		o.rank = max(o.rank, x.rank)
		o.evidence += x.evidence
	}
	return out
}

// entryOf returns the entry of id in article art.
func (c *corpus) entryOf(art int, id string) entry {
	es := c.articles[art].entries
	i, _ := slices.BinarySearchFunc(es, id, func(e entry, id string) int { return strings.Compare(e.id, id) })
	return es[i]
}

// decide picks the full name a short name stands for in its article, if
// the evidence is enough: for a person, a candidate whose articles share
// enough context with it (evidence.enough) and twice as much as any
// other's, or the one candidate when the article names too little to judge
// by; for a place, the one candidate whose articles share anything
// with it; for an acronym or a one-word organization, the one candidate
// that articles linked it to themselves (two of them, or one and some
// shared context), or of several such the one five times as many
// articles linked it to, else the context as for a person.
func (c *corpus) decide(o *occurrence) (string, evidence, bool) {
	to, e, ok := c.decideAmong(o)
	if ok && (slices.ContainsFunc(o.cands, func(x candidate) bool { return x.id == to && x.barred }) || c.possessiveApartIn(o, to) || c.ownNamesElsewhere(o, to) ||
		c.placeUnitApart(o, to) || c.armApart(o, to)) {
		return to, e, false
	}
	return to, e, ok
}

// decideAmong is decide with no regard to barred candidates.
func (c *corpus) decideAmong(o *occurrence) (string, evidence, bool) {
	cands := o.cands
	if o.rule == RuleAcronym || o.rule == RuleShortOrg {
		to, e, ok, done := c.decideKnown(o)
		if done {
			return to, e, ok
		}
		if to != "" {
			cands = slices.DeleteFunc(slices.Clone(cands), func(x candidate) bool { return x.evidence == 0 })
		}
	}
	var best, second evidence
	to := ""
	for _, x := range cands {
		e := c.score(o.art, x.id, o.key, o.pid)
		switch {
		case to == "" || e.score > best.score || e.score == best.score && c.before(x.id, to):
			best, second, to = e, best, x.id
		case e.score > second.score:
			second = e
		}
	}
	if o.rule == RulePlace {
		return to, best, len(cands) == 1 && best.score > 0
	}
	if c.sparse(o) && (len(cands) == 1 || c.dominant(to, cands) && best.score >= second.score) {
		return to, best, true
	}
	if to != "" && best.enough() && best.score >= 2*second.score {
		return to, best, true
	}
	// The one the corpus names far most often needs less: linkThreshold
	// from one thing, or half of it, more than a country alone, and twice
	// any other's, or anything shared where no other candidate shares
	// anything: "Reagan" beside the White House, or beside the United
	// States where neither Nancy nor Michael Reagan fits.
	clear := best.score >= linkThreshold && best.score >= second.score || best.score >= linkThreshold/2 && best.score >= 2*second.score ||
		best.score > 0 && second.score == 0
	if to != "" && clear && c.dominant(to, cands) {
		return to, best, true
	}
	// A surname the corpus gives one person fifty times as often as all
	// others, and no other shares anything with the article: "President
	// Reagan" of 1987.
	if to != "" && o.rule == RuleSurname && !o.seen && second.score == 0 && c.overwhelming(to, cands) {
		return to, best, true
	}
	return to, best, false
}

// townName reports whether the node id is of a town's name alone, which
// clubs are called by.
func townName(id string) bool {
	_, rest, _ := strings.Cut(id, ":")
	k := strings.ReplaceAll(rest, "-", " ")
	return names.Tables().CityCountry[k] != ""
}

// decideKnown decides for an acronym or a one-word organization by the
// candidates that articles linked it to themselves (see decide). done says
// it decided; when it did not, a non-empty id says to choose among those
// candidates alone by the context.
func (c *corpus) decideKnown(o *occurrence) (to string, e evidence, ok, done bool) {
	var known []candidate
	for _, x := range o.cands {
		if x.evidence > 0 {
			known = append(known, x)
		}
	}
	switch {
	case len(known) == 1:
		// An acronym one article defines and this one's context
		// shares something with; a one-word name needs more.
		e := c.score(o.art, known[0].id, o.key, o.pid)
		if !e.enough() && c.firstWordFirmOf(o, known[0].id) {
			return c.firstWordOnly(o, known[0].id, e)
		}
		ok := known[0].evidence >= 2 || c.sparse(o) || e.enough() || o.rule == RuleAcronym && e.score > 0
		ok = ok || o.rule == RuleShortOrg && e.things > 0 && c.sharesCompanion(o.art, known[0].id, o.key, o.pid) // tail13h
		if townName(o.pid) {
			// A town names several clubs ("Leeds": Leeds United, the
			// Leeds Rhinos): only the context says which.
			ok = e.enough()
		}
		return known[0].id, e, ok, true
	case len(known) == 0:
		return c.contextOnly(o)
	}
	// Several definitions, but one nearly always: "UN" for the United
	// Nations, once for a misspelt "United Nation".
	slices.SortFunc(known, func(a, b candidate) int { return cmp.Or(b.evidence-a.evidence, strings.Compare(a.id, b.id)) })
	others := 0
	for _, x := range known[1:] {
		others += x.evidence
	}
	if known[0].evidence >= 3 && known[0].evidence >= 5*others {
		return known[0].id, c.score(o.art, known[0].id, o.key, o.pid), true, true
	}
	return known[0].id, evidence{}, false, false
}

// before orders candidates of equal evidence: the one in more articles
// first, then by id.
func (c *corpus) before(a, b string) bool {
	if na, nb := c.articlesOf(a), c.articlesOf(b); na != nb {
		return na > nb
	}
	return a < b
}

// dominant reports whether the full name id is the one the corpus gives
// far most often of the candidates, ten times as many articles as all the
// others together: "Reagan" is Ronald Reagan rather than Nancy Reagan when
// the context fits both and him at least as well.
func (c *corpus) dominant(id string, cands []candidate) bool {
	others := 0
	for _, x := range cands {
		if x.id != id {
			others += c.articlesOf(x.id)
		}
	}
	return c.articlesOf(id) >= 10*max(1, others)
}

// overwhelming reports whether the full name id is in twenty articles at
// least and fifty times as many as all other candidates together.
func (c *corpus) overwhelming(id string, cands []candidate) bool {
	others := 0
	for _, x := range cands {
		if x.id != id {
			others += c.articlesOf(x.id)
		}
	}
	n := c.articlesOf(id)
	return n >= 20 && n >= 50*others
}

// articlesOf is the number of articles of a full entity, those linked to it
// in earlier rounds included.
func (c *corpus) articlesOf(id string) int {
	n := 0
	if f, ok := c.full[id]; ok {
		n = len(f.articles)
	}
	return n + c.linkedTo[id]
}

// firstCand is the candidate of an occurrence in most articles.
func (c *corpus) firstCand(o *occurrence) string {
	best := ""
	for _, x := range o.cands {
		if best == "" || c.before(x.id, best) {
			best = x.id
		}
	}
	return best
}

// enoughAlone reports whether the context alone picks one of the
// candidates of an acronym or a one-word organization that no article
// linked to any: enough evidence, twice any other's.
func (c *corpus) enoughAlone(o *occurrence, cands []candidate) bool {
	var best, second evidence
	for _, x := range cands {
		e := c.score(o.art, x.id, o.key, o.pid)
		if e.score > best.score {
			best, second = e, best
		} else if e.score > second.score {
			second = e
		}
	}
	return best.enough() && best.score >= 2*second.score
}

// sparse reports whether the article of a short name names too little
// else to judge it by (less than twice linkThreshold: "Kim inspected a
// tractor factory", "Xi warned Taiwan"): its one candidate is taken, as
// nothing speaks against it.
func (c *corpus) sparse(o *occurrence) bool {
	if o.seen && !c.dominant(c.firstCand(o), o.cands) {
		return false
	}
	mass := 0.0
	key, pid := c.ctxKey(o.key), c.ctxKey(o.pid)
	for _, k := range c.ctx[o.art] {
		if k != key && k != pid {
			mass += c.idf(k)
		}
	}
	return mass < 2*linkThreshold
}

// nameIndex finds the full entities a short name may stand for.
type nameIndex struct {
	// The full ids by the words and initials of their names and their
	// one-word aliases, as indexes in corpus.fullIDs (and fulls): the
	// candidates' records without looking each up by id.
	byWord map[string][]int32
}

func (c *corpus) newNameIndex() *nameIndex {
	ix := &nameIndex{byWord: make(map[string][]int32, 2*len(c.fullIDs))}
	var keys []string // a buffer: each id's keys, then the next's
	for i := range c.fullIDs {
		f := c.fulls[i]
		keys = keys[:0]
		for _, ws := range f.words {
			if len(ws) < 2 {
				continue
			}
			keys = append(keys, ws[0], ws[len(ws)-1])
			if core := names.PersonCore(ws); len(core) == 1 {
				keys = append(keys, core[0])
			}
			if f.typ == extract.Org {
				keys = append(keys, initials(ws, true), initials(ws, false))
				if n := len(ws); n > 2 && (names.CompanyWords[ws[n-1]] || names.OrgHeads[ws[n-1]]) {
					keys = append(keys, initials(ws[:n-1], true))
				}
			}
		}
		for _, a := range f.aliases {
			if k := a.name; !strings.Contains(k, " ") {
				keys = append(keys, k)
			} else if letters := strings.ReplaceAll(k, " and ", ""); len(letters) <= 4 {
				keys = append(keys, strings.ReplaceAll(letters, " ", ""))
			}
		}
		slices.Sort(keys)
		for _, k := range slices.Compact(keys) {
			ix.byWord[k] = append(ix.byWord[k], int32(i))
		}
	}
	return ix
}

// initials are the first letters of words, with or without the minor ones.
func initials(ws []string, skipMinor bool) string {
	var b strings.Builder
	for _, w := range ws {
		if skipMinor && names.MinorWords[w] {
			continue
		}
		b.WriteByte(w[0])
	}
	return b.String()
}
