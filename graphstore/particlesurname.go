package graphstore

import (
	"slices"
	"strings"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/internal/names"
)

// A surname of two words, a particle and a name ("Lo Varto", "De Kessin",
// "Dal Pereo"), stands alone in a team sheet or a report's later lines;
// the article's resolver reads its particle as a given name, and the
// surname is a full name of its own. Its player's full name ("Andrea Lo
// Varto") or initial and surname ("D Dal Pereo") is another node, and no
// rule of short names looks at a full name (tail17g, issue 10: Lo Cicero,
// De Marigny, Dal Maso).

// linkParticleSurnames links a person's full name of two words, a surname's
// particle (surnameParticles, capitalised or not) and a name of four
// letters or more, to the one other person's name of the corpus that ends
// in those two words after a given name or an initial ("Andrea Lo Varto",
// "A Lo Varto", "D Dal Pereo"), when their articles name the same things
// (evidence.enough) and an article of each is of one team with one of the
// other's (lineups.together: a shared club, town or competition, or three
// rare surnames of team-mates): a surname alone is no given name, and two
// players of two teams may bear one rare surname. A full
// name goes into the longer full name; an initial's short name, in each
// article where nothing linked it, into the surname's node (which keeps
// the id: the initial's name is a short name). A surname that two longer
// names end in links to none; "Al" and "Den" are no particles (given
// names: "Al Varto", "Den Varto").
func (c *corpus) linkParticleSurnames(l *linking, lu *lineups) {
	if lu == nil {
		return
	}
	twos := c.particleSurnameIDs()
	if twos == nil {
		return
	}
	longer := c.particleLonger(twos)
	for _, k := range sortedIDs(twos) {
		id := twos[k]
		if id == "" || len(longer[k]) == 0 {
			continue
		}
		to, ok := c.particleTarget(l, id, longer[k])
		if !ok {
			continue
		}
		e := c.sharedAny(id, to, "~"+lastWord(k))
		if !e.enough() || !c.articlesTogether(lu, id, to, c.ctxKey("~"+lastWord(k))) {
			continue
		}
		if _, full := c.full[to]; full {
			l.link(RuleSpelling, id, to, e.score)
			continue
		}
		for _, art := range c.partial[to] {
			if _, linked := l.inArticle[art][to]; !linked {
				l.linkIn(RuleInitials, art, c.articles[art].id, to, id, e.score)
			}
		}
	}
}

// particleTarget returns the one node that the names cands go to (a full
// name's node; a short name's node in each of its articles, the short name
// itself where nothing linked it), when that is not id's node already; false
// when they go to two nodes or more.
func (c *corpus) particleTarget(l *linking, id string, cands []string) (string, bool) {
	to := ""
	take := func(t string) bool {
		if to != "" && to != t {
			return false
		}
		to = t
		return true
	}
	for _, cid := range cands {
		if _, full := c.full[cid]; full {
			if !take(l.resolve(cid)) {
				return "", false
			}
			continue
		}
		for _, art := range c.partial[cid] {
			if !take(l.resolve(l.to(art, cid))) {
				return "", false
			}
		}
	}
	return to, to != "" && to != l.resolve(id)
}

// articlesTogether reports whether an article of the name id and one of the
// name to, two articles, are together (lineups.together), own left out.
func (c *corpus) articlesTogether(lu *lineups, id, to string, own int32) bool {
	for _, a := range c.nameArticles(id) {
		for _, b := range c.nameArticles(to) {
			if a != b && lu.together(c, a, b, own) {
				return true
			}
		}
	}
	return false
}

// nameArticles returns the articles of the id: a full name's, else a short
// name's.
func (c *corpus) nameArticles(id string) []int {
	if f, ok := c.full[id]; ok {
		return f.articles
	}
	return c.partial[id]
}

// particleSurnameIDs returns the people's full names of two words, a
// surname's particle and a name of four letters or more, by their keys:
// the id of each, "" for a key of two ids; nil when there is none.
func (c *corpus) particleSurnameIDs() map[string]string {
	var twos map[string]string
	for i, id := range c.fullIDs {
		f := c.fulls[i]
		if f.typ != extract.Person {
			continue
		}
		for j, ws := range f.words {
			if len(ws) != 2 || !surnameParticles[ws[0]] || len(ws[1]) < 4 || !lettersOnly(ws[1]) {
				continue
			}
			if twos == nil {
				twos = map[string]string{}
			}
			if old, ok := twos[f.keys[j]]; ok && old != id {
				twos[f.keys[j]] = ""
			} else {
				twos[f.keys[j]] = id
			}
		}
	}
	return twos
}

// particleLonger returns, by each key of twos, the ids of the people's
// names of three words, full or short, that end in it ("Andrea Lo Varto",
// "D Dal Pereo").
func (c *corpus) particleLonger(twos map[string]string) map[string][]string {
	longer := map[string][]string{}
	add := func(k, id string) {
		sp := strings.IndexByte(k, ' ')
		if sp < 0 || strings.Count(k, " ") != 2 {
			return
		}
		if _, ok := twos[k[sp+1:]]; ok && !slices.Contains(longer[k[sp+1:]], id) {
			longer[k[sp+1:]] = append(longer[k[sp+1:]], id)
		}
	}
	for i, id := range c.fullIDs {
		if f := c.fulls[i]; f.typ == extract.Person {
			for _, k := range f.keys {
				add(k, id)
			}
		}
	}
	for _, pid := range sortedIDs(c.partial) {
		if _, full := c.full[pid]; full {
			continue
		}
		if e := c.entryOf(c.partial[pid][0], pid); e.typ == extract.Person {
			add(names.Key(e.name), pid)
		}
	}
	return longer
}
