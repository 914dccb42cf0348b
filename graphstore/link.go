package graphstore

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/internal/names"
)

// Canonical returns the id of the node an entity id of an added document
// ended up in after cross-article linking: "person:putin" becomes
// "person:vladimir-putin" when that is the one full name that fits. Other ids
// are returned unchanged.
func (g *Graph) Canonical(id string) string {
	if to, ok := g.finished().remap[id]; ok {
		return to
	}
	return id
}

// fullInfo is what the corpus says about one non-partial id.
type fullInfo struct {
	typ      extract.Type
	names    map[string]bool // keys of the names it was given
	aliases  map[string]int  // keys of the mentions it was linked from, by articles
	articles int
}

// linkPartials maps the id of each partial entity (a lone short name such as
// "Putin") to the id of the one full entity it fits across the corpus, and
// leaves it alone when none or several fit, or when some article uses the
// short name as an entity of its own. It also joins an entity with a name of
// several words that the recognizer typed differently in different articles
// ("Kim Jong Un" as PERSON and as ORG) under its most common type.
func linkPartials(articles []article) map[string]string {
	tallies := map[string]*LinkTally{}
	for _, a := range articles {
		for _, e := range a.entries {
			t := tallies[e.id]
			if t == nil {
				t = &LinkTally{}
				tallies[e.id] = t
			}
			t.add(e)
		}
	}
	return Link(tallies)
}

// Link maps raw entity ids to the ids corpus linking puts them under, as
// the graph does (see [Graph.Canonical]), from what the articles said of
// each id, tallied in the order the articles were added. An id that stays
// itself is left out. A store that keeps the tallies links without reading
// the articles again.
func Link(tallies map[string]*LinkTally) map[string]string {
	full := map[string]*fullInfo{}
	type partialInfo struct {
		typ  extract.Type
		name string
	}
	partial := map[string]partialInfo{}
	articlesOf := map[string]int{}
	typeOf := map[string]extract.Type{}
	for id, t := range tallies {
		if t.HasFull {
			full[id] = &fullInfo{typ: t.FullType, names: t.Names, aliases: t.Aliases, articles: t.FullArticles}
		}
		if t.HasPartial {
			partial[id] = partialInfo{typ: t.PartialType, name: t.PartialName}
		}
		articlesOf[id] = t.Votes
		typeOf[id] = t.VoteType
	}
	remap := map[string]string{}
	ids := make([]string, 0, len(full))
	for id := range full {
		ids = append(ids, id)
	}
	slices.Sort(ids)

	resolve := func(id string) string {
		if to, ok := remap[id]; ok {
			return to
		}
		return id
	}

	// Index full ids by the first and last word of their names and by their
	// aliases, so that each partial looks at a few candidates.
	byWord := map[string][]string{}
	for _, id := range ids {
		f := full[id]
		seen := map[string]bool{}
		add := func(w string) {
			if !seen[w] {
				seen[w] = true
				byWord[w] = append(byWord[w], id)
			}
		}
		for k := range f.names {
			ws := strings.Fields(k)
			if len(ws) < 2 {
				continue
			}
			add(ws[0])
			add(ws[len(ws)-1])
			var ini, major strings.Builder
			for _, w := range ws {
				r, _ := utf8.DecodeRuneInString(w)
				ini.WriteRune(r)
				if !names.MinorWords[w] {
					major.WriteRune(r)
				}
			}
			add(ini.String())
			add(major.String())
		}
		for k := range f.aliases {
			if !strings.Contains(k, " ") {
				add(k)
			}
		}
	}
	pids := make([]string, 0, len(partial))
	for id := range partial {
		pids = append(pids, id)
	}
	slices.Sort(pids)
	for _, pid := range pids {
		if _, used := full[pid]; used {
			continue
		}
		p := partial[pid]
		pk := names.Key(p.name)
		var cands []string
		linked := map[string]int{} // articles that linked the short name to each candidate
		for _, fid := range byWord[pk] {
			f := full[fid]
			if f.typ != p.typ {
				continue
			}
			fits := f.aliases[pk] > 0 && !f.names[pk]
			for k := range f.names {
				fits = fits || names.ShortFits(p.name, k, p.typ)
			}
			if fits {
				to := resolve(fid)
				if !slices.Contains(cands, to) {
					cands = append(cands, to)
				}
				linked[to] += f.aliases[pk]
			}
		}
		if len(cands) == 1 {
			remap[pid] = cands[0]
		} else if len(cands) > 1 {
			// Several fit, but the articles that gave the full name nearly
			// all meant one of them ("UN" for "United Nations", once for a
			// misspelt "United Nation").
			best := slices.MaxFunc(cands, func(a, b string) int { return cmp.Or(cmp.Compare(linked[a], linked[b]), cmp.Compare(b, a)) })
			others := 0
			for _, c := range cands {
				if c != best {
					others += linked[c]
				}
			}
			if linked[best] >= 3 && (others == 0 || linked[best] >= 5*others) {
				remap[pid] = best
			}
		}
	}

	// A shorter full name of an organization into the longer one that
	// articles giving both nearly always meant: "Red Sox" → "Boston Red
	// Sox" when the articles that name the club in full also call it "Red
	// Sox", and no other organization is so called as often.
	byAlias := map[string][]string{}
	for _, id := range ids {
		for k := range full[id].aliases {
			if strings.Contains(k, " ") {
				byAlias[k] = append(byAlias[k], id)
			}
		}
	}
	for _, id := range ids {
		f := full[id]
		if f.typ != extract.Org || len(f.names) != 1 {
			continue
		}
		if _, linked := remap[id]; linked {
			continue
		}
		var short string
		for k := range f.names {
			short = k
		}
		sw := strings.Fields(short)
		if len(sw) < 2 {
			continue
		}
		linked := map[string]int{}
		var cands []string
		for _, fid := range byAlias[short] {
			g := full[fid]
			if fid == id || g.typ != f.typ || g.names[short] {
				continue
			}
			fits := false
			for k := range g.names {
				lw := strings.Fields(k)
				fits = fits || len(lw) > len(sw) && (slices.Equal(lw[len(lw)-len(sw):], sw) || slices.Equal(lw[:len(sw)], sw))
			}
			if !fits {
				continue
			}
			to := resolve(fid)
			if to == id {
				continue
			}
			if !slices.Contains(cands, to) {
				cands = append(cands, to)
			}
			linked[to] += g.aliases[short]
		}
		if len(cands) == 0 {
			continue
		}
		best := slices.MaxFunc(cands, func(a, b string) int { return cmp.Or(cmp.Compare(linked[a], linked[b]), cmp.Compare(b, a)) })
		others := 0
		for _, c := range cands {
			if c != best {
				others += linked[c]
			}
		}
		if linked[best] >= 3 && (others == 0 || linked[best] >= 5*others) {
			remap[id] = best
		}
	}

	// One node per name: what is left with the same name under several
	// types (a weak recognizer calls Microsoft a person in one article and a
	// place in the next) goes to the type most articles gave it. Countries
	// keep their own nodes.
	byName := map[string][]string{}
	for _, id := range sortedIDs(articlesOf) {
		if _, linked := remap[id]; linked {
			continue
		}
		prefix, rest, _ := strings.Cut(id, ":")
		if prefix == "country" {
			continue
		}
		byName[rest] = append(byName[rest], id)
	}
	for _, name := range sortedIDs(byName) {
		same := byName[name]
		if len(same) < 2 {
			continue
		}
		best := slices.MaxFunc(same, func(a, b string) int {
			return cmp.Or(cmp.Compare(articlesOf[a], articlesOf[b]), cmp.Compare(typeRank(typeOf[a]), typeRank(typeOf[b])))
		})
		for _, id := range same {
			if id != best {
				remap[id] = best
			}
		}
	}
	// Follow chains: a partial linked to a name that changed type.
	for id, to := range remap {
		for i := 0; i < 4; i++ {
			next, ok := remap[to]
			if !ok || next == to {
				break
			}
			to = next
		}
		remap[id] = to
	}
	return remap
}

func sortedIDs[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
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
