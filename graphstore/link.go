package graphstore

import (
	"cmp"
	"slices"
	"sync"

	"github.com/nergraph/nergraph/extract"
)

// Corpus linking decides which entity ids of the articles are one node. An
// article's resolver has already linked the names of one entity within the
// article; across articles the graph links, by rules that each ask for
// evidence (see [LinkRule]):
//
//   - a short name that one article could not link ("Reagan", "D.
//     Beckham", "IFC", "Moody's", "Newcastle") to the one full name of
//     another article it fits, in the article's own context: the full
//     name's articles must name what this article names (its co-mentions,
//     weighted by how rare they are), and clearly more than any other
//     candidate's do;
//   - two spellings of one person's name ("Gorbachov", "Gorbachev"; "Karl
//     Otto Poehl", "Karl Otto Pöhl"; "Nicholas F. Brady", "Nicholas
//     Brady") when their articles name the same things;
//   - two spellings of one organization's full name, its words run
//     together or apart ("Japan Air Lines", "Japan Airlines"; see
//     compactnames.go);
//   - a shorter full name of an organization into the longer one the
//     articles that give both nearly always mean ("Red Sox", "Boston Red
//     Sox");
//   - one name under several types (a company a recognizer called a person
//     in one article) into the type most articles, and the name's own
//     words, give it;
//   - a team sheet's surname that no rule linked, apart from the same
//     surname in other articles that share nothing with its team (see
//     link_lineup.go).
//
// The result depends only on the set of articles, not on their order.

// LinkRule names a rule of corpus linking.
type LinkRule string

// The rules of corpus linking, as [Graph.Links] reports them.
const (
	RuleSurname   LinkRule = "surname"   // a person's surname or given name to a full name
	RuleInitials  LinkRule = "initials"  // an initial and a surname to a full name
	RuleAcronym   LinkRule = "acronym"   // an acronym to the name the corpus defines it as
	RuleShortOrg  LinkRule = "short-org" // a one-word organization name to a full name
	RulePlace     LinkRule = "place"     // "Newcastle" to "Newcastle upon Tyne"
	RuleSpelling  LinkRule = "spelling"  // two spellings of one full name: a person's, an organization's
	RuleMiddle    LinkRule = "middle"    // a full name with and without a middle initial
	RuleLongerOrg LinkRule = "longer-org"
	RuleType      LinkRule = "type" // one name under several types
	// RuleLineup makes a short name of a line-up that fits no full name a
	// node of its article alone (see link_lineup.go).
	RuleLineup LinkRule = "lineup"
)

// Link is one link that corpus linking made: in Article (for the links
// made in one article's context) or in every article (Article ""), the
// entity id From goes to the node To.
type Link struct {
	Rule    LinkRule
	Article string
	From    string
	To      string
	Score   float64 // the context evidence: how much the articles share
}

// linking is how the corpus links entity ids.
type linking struct {
	remap     map[string]string   // id → id, in every article
	inArticle []map[string]string // by article index: id → id, before remap
	links     []Link
}

// to returns the node of entity id in article art (an index, or -1 for
// the links made in every article).
func (l *linking) to(art int, id string) string {
	if l == nil {
		return id // a view made by NewView links nothing
	}
	if art >= 0 && art < len(l.inArticle) {
		if to, ok := l.inArticle[art][id]; ok {
			id = to
		}
	}
	if to, ok := l.remap[id]; ok {
		return to
	}
	return id
}

// Canonical returns the id of the node that an entity id of an added
// document ended up in after the links made in every article: names
// under several types, spellings of one person, shorter names of an
// organization. A short name linked in its own article's context
// ("person:putin" to "person:vladimir-putin") is another article's own
// matter: ask [Graph.CanonicalIn]. Other ids are returned unchanged.
func (g *Graph) Canonical(id string) string {
	return g.finished().link.to(-1, id)
}

// CanonicalIn returns the id of the node that the entity id of the article
// with the given id ended up in after corpus linking: the id extract
// --link writes and the graph's nodes and edges use. Unknown articles and
// ids are returned as [Graph.Canonical] returns them.
func (g *Graph) CanonicalIn(articleID, id string) string {
	f := g.finished()
	i, ok := f.articleIndex[articleID]
	if !ok {
		i = -1
	}
	return f.link.to(i, id)
}

// Links returns the links corpus linking made, sorted by rule, article,
// and id: what [Graph.Canonical] and [Graph.CanonicalIn] follow, with the
// rule that made each, for checking the rules by hand.
func (g *Graph) Links() []Link {
	if l := g.finished().link; l != nil {
		return slices.Clone(l.links)
	}
	return nil
}

// linkCorpus links the entity ids of the articles: see the comment at the
// top of this file. keys is the interner that made the articles' entry keys
// (nil when unknown; a key it did not make is numbered apart, see
// keyNumbers): the corpus's maps by key, id and name are made the size of
// its keys at once rather than grown, which rehashed them again and again.
func linkCorpus(articles []article, keys *keyInterner) *linking {
	nums := numberKeys(articles, keys)
	nKeys := keys.len()
	// The type votes and the index of names read only what the rules
	// before them do not change (the articles; the corpus's full names):
	// they are made on other cores while those rules run.
	var votes typeVoting
	var byName []namedID
	var ix *nameIndex
	var voted, wg sync.WaitGroup
	voted.Go(func() { votes = typeVotes(articles, nKeys, nums) })
	c := newCorpus(articles, nKeys, nums)
	wg.Go(func() {
		ix = c.newNameIndex()
		voted.Wait()
		byName = typeNames(votes)
	})
	// So are the decisions of the rules of organizations' names but for
	// whether an earlier rule linked a name (see orgPrefixLinks): made
	// beside linkSpellings and linkLongerOrgs, recorded in their order
	// after them.
	var prefixes, groups []orgLink
	ps := map[string]profile{}
	var orgs sync.WaitGroup
	orgs.Go(func() {
		prefixes = c.orgPrefixLinks(ps)
		groups = c.groupNameLinks()
	})
	l := &linking{remap: map[string]string{}, inArticle: make([]map[string]string, len(articles))}
	c.linkSpellings(l)
	c.linkGivenNames(l)
	c.linkParticleNames(l)
	c.linkCompactNames(l)
	c.linkAcronymBodies(l)
	c.linkCountryBodies(l)
	c.linkOfCountry(l)
	c.linkLongerOrgs(l)
	orgs.Wait()
	for id, p := range ps {
		if _, ok := c.profiles[id]; !ok {
			c.profiles[id] = p
		}
	}
	c.linkOrgPrefixes(l, prefixes)
	c.linkGroupNames(l, groups)
	c.linkGroupShorts(l)
	c.linkShortsInLong(l)
	c.linkMisspelt(l)
	c.linkAndPrefixes(l)
	wg.Wait()
	lu := c.linkPartials(l, ix)
	c.lu = lu
	c.linkInitialSurnames(l, ix, lu)
	c.linkParticleSurnames(l, lu)
	c.linkMisspeltShorts(l)
	c.linkTypes(l, votes, byName)
	lu.split(c, l) // after the types: a name a type vote moved is no line-up's alone
	c.linkClubTowns(l, lu)
	c.splitFacilities(l)
	c.splitTownStates(l)
	c.splitAcronyms(l)
	c.splitKinds(l, lu)
	l.followChains()
	slices.SortFunc(l.links, func(a, b Link) int {
		return cmp.Or(cmp.Compare(a.Rule, b.Rule), cmp.Compare(a.Article, b.Article), cmp.Compare(a.From, b.From))
	})
	return l
}

// keyNumbers numbers the entry keys of the articles, from 0, for corpus
// linking's tables by key (slices, where maps by pointer cost a hash and a
// probe an entry): a key of the articles' interner by its number there, any
// other (a key withKey made, or one of another interner or none) by one past
// them, from a map made once.
type keyNumbers struct {
	set   *keyInterner
	n     int // the numbers given: the size of a table by key
	other map[*entryKey]int32
}

// numberKeys numbers the entry keys of the articles, those of keys by their
// number there.
func numberKeys(articles []article, keys *keyInterner) *keyNumbers {
	k := &keyNumbers{set: keys, n: keys.len()}
	for _, a := range articles {
		for _, e := range a.entries {
			if keys != nil && e.set == keys {
				continue
			}
			if k.other == nil {
				k.other = map[*entryKey]int32{}
			}
			if _, ok := k.other[e.entryKey]; !ok {
				k.other[e.entryKey] = int32(k.n)
				k.n++
			}
		}
	}
	return k
}

// of returns the number of the entry key e, which must be of the articles
// numberKeys was given.
func (k *keyNumbers) of(e *entryKey) int32 {
	if e.set != nil && e.set == k.set {
		return e.num - 1
	}
	return k.other[e]
}

// link records a link in every article.
func (l *linking) link(rule LinkRule, from, to string, score float64) {
	to = l.resolve(to)
	if _, done := l.remap[from]; done || from == to {
		return
	}
	l.remap[from] = to
	l.links = append(l.links, Link{Rule: rule, From: from, To: to, Score: score})
}

// linkIn records a link in one article.
func (l *linking) linkIn(rule LinkRule, art int, artID, from, to string, score float64) {
	if from == to {
		return
	}
	if l.inArticle[art] == nil {
		l.inArticle[art] = map[string]string{}
	}
	l.inArticle[art][from] = to
	l.links = append(l.links, Link{Rule: rule, Article: artID, From: from, To: to, Score: score})
}

// resolve follows the links made in every article from id.
func (l *linking) resolve(id string) string {
	for i := 0; i < 8; i++ {
		to, ok := l.remap[id]
		if !ok || to == id {
			return id
		}
		id = to
	}
	return id
}

// followChains makes every link in every article point at its end: a
// spelling linked to a name that changed type.
func (l *linking) followChains() {
	for id := range l.remap {
		l.remap[id] = l.resolve(id)
	}
	for i := range l.links {
		l.links[i].To = l.resolve(l.links[i].To)
	}
}

// LinkEntities returns the entities of the article with the given id as
// the graph's nodes hold them: each id replaced by the id of its node
// after corpus linking ([Graph.CanonicalIn]), with the node's type and
// ISO code; entities of one article that went to one node are merged,
// their mentions in text order, and the name of the first that is not
// partial kept. Partial stays set only on an entity left unlinked. The
// result is sorted by ID and shares nothing with ents; ents is not
// changed. This is what "extract --link" writes: the ids of build.
func (g *Graph) LinkEntities(articleID string, ents []extract.Entity) []extract.Entity {
	byID := map[string]int{}
	var out []extract.Entity
	short := map[string]bool{} // ids whose name so far is a partial one's
	for _, e := range ents {
		id := g.CanonicalIn(articleID, e.ID)
		e.Mentions = slices.Clone(e.Mentions)
		wasPartial := e.Partial
		e.Partial = e.Partial && id == e.ID
		e.ID = id
		if n, ok := g.Node(id); ok {
			e.Type, e.ISO = n.Type, n.ISO
		}
		i, ok := byID[id]
		if !ok {
			byID[id], short[id] = len(out), wasPartial
			out = append(out, e)
			continue
		}
		o := &out[i]
		if short[id] && !wasPartial {
			o.Name, short[id] = e.Name, false
		}
		o.Partial = o.Partial && e.Partial
		o.Ambiguous = o.Ambiguous && e.Ambiguous
		o.Unsure = o.Unsure && e.Unsure
		o.Mentions = append(o.Mentions, e.Mentions...)
		slices.SortStableFunc(o.Mentions, func(a, b extract.Mention) int {
			return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
		})
	}
	slices.SortFunc(out, func(a, b extract.Entity) int { return cmp.Compare(a.ID, b.ID) })
	return out
}
