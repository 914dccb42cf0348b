package graphstore

import (
	"cmp"
	"slices"
	"strings"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/internal/names"
)

// An acronym that stands alone in many articles is one id in all of them,
// whatever each means by it: "AMC" is American Motors in a car maker's
// sales report and Amalgamated Metal Corporation in a metal group's
// results. An article that gives an organization in full whose initials
// the acronym is says what it means there. When the articles that do so
// give different bodies (not two spellings of one), the body most of them
// give keeps the acronym's node, and in each other article the acronym
// goes to the body its own article spells out ([RuleAcronymSplit]).

// RuleAcronymSplit links an acronym, in an article that spells it out as
// another body than most articles that spell it out do, to that article's
// body (see splitAcronyms).
const RuleAcronymSplit LinkRule = "acronym-split"

// splitAcronyms parts each organization's acronym that stands alone in two
// articles or more by the body each article spells it out as (see
// spelledOut): when two bodies or more are spelled out and not alike (see
// alikeBodies), the articles of the body most articles give (of as many,
// the first by id) keep the acronym's node, and in every other article
// that spells it out as another body the acronym is linked to that body.
// Articles that spell out none, or two, are left as they are, and so is an
// acronym corpus linking has already linked in every article. An article
// whose acronym corpus linking linked by context to a body the article
// does not give, while it spells out another, not alike, goes to its own
// (see spelledElse).
func (c *corpus) splitAcronyms(l *linking) {
	for _, pid := range sortedIDs(c.partial) {
		arts := c.partial[pid]
		if len(arts) < 2 || !strings.HasPrefix(pid, "org:") || l.remap[pid] != "" {
			continue
		}
		e := c.entryOf(arts[0], pid)
		if e.entryKey == nil || !isAcronym(e.name) {
			continue
		}
		look := acronymLetters(e.name)
		if len(look) < 3 {
			continue
		}
		c.splitAcronym(l, pid, look, arts)
	}
}

// splitAcronym parts the articles arts of the acronym pid, whose letters
// are look, as splitAcronyms says.
func (c *corpus) splitAcronym(l *linking, pid, look string, arts []int) {
	byBody := map[string][]int{}
	words := map[string][]string{}
	for _, art := range arts {
		body, ws := c.spelledOut(art, pid, look)
		if body == "" {
			continue
		}
		if to, done := l.inArticle[art][pid]; done {
			if c.spelledElse(art, to, body, ws) {
				l.relinkIn(RuleAcronymSplit, art, c.articles[art].id, pid, body)
			}
			continue
		}
		byBody[body] = append(byBody[body], art)
		words[body] = ws
	}
	if len(byBody) < 2 {
		return
	}
	bodies := sortedIDs(byBody)
	keep := bodies[0]
	for _, b := range bodies[1:] {
		if len(byBody[b]) > len(byBody[keep]) {
			keep = b
		}
	}
	for _, b := range bodies {
		if b == keep || alikeBodies(words[b], words[keep]) {
			continue
		}
		for _, art := range byBody[b] {
			l.linkIn(RuleAcronymSplit, art, c.articles[art].id, pid, b, 0)
		}
	}
}

// spelledOut returns the one organization of article art, other than the
// acronym pid (letters look), given in full under a name whose initials
// are the acronym's (see spellsOut: "American Motors Corp", "Amalgamated
// Metal Corporation Plc"), and the words of that name; ""
// when the article gives none or two.
func (c *corpus) spelledOut(art int, pid, look string) (string, []string) {
	body, bw := "", []string(nil)
	named, nw := "", []string(nil) // a firm named by the acronym and more
	for i := range c.articles[art].entries {
		x := &c.articles[art].entries[i]
		if x.typ != extract.Org || x.partial || x.id == pid {
			continue
		}
		for name := range x.allAliases() {
			fw := strings.Fields(names.Key(name))
			switch {
			case spellsOut(look, fw):
				if body != "" && body != x.id {
					return "", nil
				}
				body, bw = x.id, fw
			case firmOfAcronym(look, fw):
				if named != "" && named != x.id {
					named = "\x00"
				}
				named, nw = cmp.Or(named, x.id), fw
			}
		}
	}
	switch {
	case body == "" && named != "\x00":
		return named, nw
	case named != "":
		return "", nil // "Canadian Tire Corp" and "CTC Dealer Holdings Ltd"
	}
	return body, bw
}

// spelledElse reports whether corpus linking linked an acronym of article
// art, by context, to a body to that the article does not give, while the
// article spells the acronym out as body (words ws), not alike to: the
// article's own words win.
func (c *corpus) spelledElse(art int, to, body string, ws []string) bool {
	f := c.full[to]
	if to == body || f == nil || c.names(art, to) {
		return false
	}
	return !slices.ContainsFunc(f.words, func(fw []string) bool { return alikeBodies(fw, ws) })
}

// relinkIn replaces the link of id made in article art by a link of the
// rule to the id to.
func (l *linking) relinkIn(rule LinkRule, art int, artID, id, to string) {
	l.links = slices.DeleteFunc(l.links, func(k Link) bool { return k.Article == artID && k.From == id })
	delete(l.inArticle[art], id)
	l.linkIn(rule, art, artID, id, to, 0)
}

// firmOfAcronym reports whether the words fw of an organization's name are
// the acronym letters look as a word, more words, and a legal form ("AMC
// Entertainment Inc"): a firm the acronym names alone.
func firmOfAcronym(look string, fw []string) bool {
	n := len(fw)
	return n > 2 && fw[0] == look && names.CorpSuffixes[fw[n-1]]
}

// spellsOut reports whether the words fw of an organization's name spell
// out the acronym letters look, as fitRank reads them, with or without the
// legal form that ends them ("Amalgamated Metal Corporation Plc").
func spellsOut(look string, fw []string) bool {
	n := len(fw)
	if n == 0 {
		return false
	}
	if !names.CorpSuffixes[fw[n-1]] || acronymForms[fw[n-1]] {
		if fitRank(RuleAcronym, look, look, fw) > 0 {
			return true
		}
	}
	return n > 2 && names.CorpSuffixes[fw[n-1]] && fitRank(RuleAcronym, look, look, fw[:n-1]) > 0
}

// acronymForms are the legal forms whose initial an acronym takes ("AMC",
// American Motors Corp; "BIL", Brierley Investments Ltd): of "NV", "AG",
// "Plc" it does not ("Amsterdam-Rotterdam Bank NV" is no "ABN").
var acronymForms = names.Set{"corp": true, "corporation": true, "co": true, "company": true,
	"ltd": true, "limited": true, "inc": true, "incorporated": true}

// alikeBodies reports whether the words of two spelled-out names may name
// one body: the same first word ("International Coffee Organization",
// "International Coffee Organisation"), or half the words of the shorter
// shared ("Cie Generale de Constructions Telephoniques", "Compagnie
// Generale Constructions Telephoniques").
func alikeBodies(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 || a[0] == b[0] {
		return true
	}
	shared := 0
	for _, w := range a {
		if slices.Contains(b, w) {
			shared++
		}
	}
	return 2*shared >= min(len(a), len(b))
}
