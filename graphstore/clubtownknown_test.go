package graphstore

import (
	"slices"

	"github.com/nergraph/nergraph/extract"
)

// clubTownKnownCases are the corpora of RuleClubTownKnown's tests (run by
// TestClubTown), each with its filler articles: a town's name typed an
// organization in a story that is no sports story goes to a place of the
// name no article gives when the gazetteer knows it as a city, but not a
// name the gazetteer does not know, nor in a story that shares anything
// with the club's, nor in the club's match reports. The town is one of
// the gazetteer's cities (the rule asks the gazetteer), in stories of our
// own; Tervane is a town no table knows.
func clubTownKnownCases() []nodeCase {
	alone := func(id, name string) extract.Entity { return at(id, name, extract.Org, true, 1) }
	filler, common := townFiller()
	with := func(d *extract.Doc) *extract.Doc {
		d.Entities = append(d.Entities, common...)
		return d
	}
	// Two match reports of each club, with their team sheets.
	clubs := func(club string) []*extract.Doc {
		return []*extract.Doc{
			with(sheet("s1", club, "ardo", "vell", "quist", "maron")),
			with(sheet("s2", club, "ardo", "dunmore", "pell", "sarka")),
		}
	}
	town := doc("town", alone("org:nuneaton", "Nuneaton"), firm("org:lunmark-mills"))
	tests := []nodeCase{
		{"a teacher from the town", append(clubs("nuneaton"), town), "town", "org:nuneaton", "location:nuneaton"},
		{"the club keeps its node", append(clubs("nuneaton"), town), "s1", "org:nuneaton", "org:nuneaton"},
		{"a town no table knows", append(clubs("tervane"), doc("town", alone("org:tervane", "Tervane"), firm("org:lunmark-mills"))),
			"town", "org:tervane", "org:tervane"},
		{"a story that names the club's league", append(clubs("nuneaton"),
			doc("town", alone("org:nuneaton", "Nuneaton"), firm("org:quarbin-league"))),
			"town", "org:nuneaton", "org:nuneaton"},
	}
	return withFiller(filler, slices.Clip(tests))
}
