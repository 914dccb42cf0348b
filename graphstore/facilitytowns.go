package graphstore

import (
	"slices"
	"strings"

	"github.com/nergraph/nergraph/extract"
	"github.com/nergraph/nergraph/internal/names"
)

// A facility named by generic words alone ("Olympic Stadium", "Central
// Station", "General Hospital") is one building of one town: many towns
// have one. Articles that set it in different towns, each naming its town
// in the facility's own sentence ("the Olympic Stadium in Tervane") and
// none naming the other's town, speak of different buildings, and each
// town's articles are a node of their own ([RuleFacilityTown]).

// RuleFacilityTown makes the articles that set a generically named
// facility in another town than most of its articles do a node of that
// town's facility (see splitFacilities).
const RuleFacilityTown LinkRule = "facility-town"

// facilityModifiers are the words that name no one facility before a
// place's last word ([names.PlaceTails]): "Olympic Stadium", "National
// Stadium", "Central Station", "General Hospital".
var facilityModifiers = names.Set{"olympic": true, "national": true, "central": true, "main": true,
	"general": true, "city": true, "municipal": true, "royal": true, "international": true,
	"memorial": true, "county": true, "civic": true, "grand": true, "union": true, "state": true}

// genericFacility reports whether the words of a folded name are a
// facility's named by generic words alone.
func genericFacility(words []string) bool {
	n := len(words)
	if n < 2 || !names.PlaceTails[words[n-1]] {
		return false
	}
	return !slices.ContainsFunc(words[:n-1], func(w string) bool { return !facilityModifiers[w] })
}

// splitFacilities parts the articles of each place named generically (see
// genericFacility) by the town each names in the facility's own sentence:
// the town of most articles keeps the id (of as many, the first town by
// id), an article that names no town beside the facility goes with the
// one group whose town it names elsewhere, and each other town's articles
// go to a node of their own, when no article of the kept town names that
// town and none of theirs names the kept one.
func (c *corpus) splitFacilities(l *linking) {
	var sents []int
	for i, id := range c.fullIDs {
		f := c.fulls[i]
		if len(f.articles) < 2 || f.typ != extract.Location || l.remap[id] != "" || !slices.ContainsFunc(f.words, genericFacility) {
			continue
		}
		byTown := map[string][]int{}
		var unplaced []int
		for _, art := range f.articles {
			if t := c.townBeside(art, id, &sents); t != "" {
				byTown[t] = append(byTown[t], art)
			} else {
				unplaced = append(unplaced, art)
			}
		}
		if len(byTown) < 2 {
			continue
		}
		towns := sortedIDs(byTown)
		for _, art := range unplaced {
			named := slices.DeleteFunc(slices.Clone(towns), func(t string) bool { return !c.names(art, t) })
			if len(named) == 1 {
				byTown[named[0]] = append(byTown[named[0]], art)
			}
		}
		keep := slices.MaxFunc(towns, func(a, b string) int { return len(byTown[a]) - len(byTown[b]) })
		for _, t := range towns {
			if t == keep || c.anyNames(byTown[keep], t) || c.anyNames(byTown[t], keep) {
				continue
			}
			_, rest, _ := strings.Cut(t, ":")
			for _, art := range byTown[t] {
				l.linkIn(RuleFacilityTown, art, c.articles[art].id, id, id+"~"+rest, 0)
			}
		}
	}
}

// townBeside returns the one place other than id that article art names
// in a sentence of id's, or "" for none or several. sents is a buffer.
func (c *corpus) townBeside(art int, id string, sents *[]int) string {
	e := c.entryOf(art, id)
	own := slices.Clone(e.sentenceList((*sents)[:0]))
	town := ""
	for _, x := range c.articles[art].entries {
		if x.typ != extract.Location || x.id == id {
			continue
		}
		*sents = x.sentenceList((*sents)[:0])
		if !slices.ContainsFunc(*sents, func(s int) bool { return slices.Contains(own, s) }) {
			continue
		}
		if town != "" {
			return ""
		}
		town = x.id
	}
	return town
}

// names reports whether article art gives the id.
func (c *corpus) names(art int, id string) bool {
	es := c.articles[art].entries
	_, ok := slices.BinarySearchFunc(es, id, func(e entry, id string) int { return strings.Compare(e.id, id) })
	return ok
}

// anyNames reports whether any of the articles arts gives the id.
func (c *corpus) anyNames(arts []int, id string) bool {
	return slices.ContainsFunc(arts, func(art int) bool { return c.names(art, id) })
}
