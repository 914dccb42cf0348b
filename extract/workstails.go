package extract

import "github.com/nergraph/nergraph/internal/names"

// worksKindTails end the name of a works run as a business, and no
// person's name: "the bankrupt Quarbin Pine Sawmill", "Lemmo Vell
// Laboratory", "the Zorbit Rubber Factory". Kinds that are surnames too
// ("Mill", "Plant", "Field", "Steel", "Press") are left out, as are the
// kinds of a site that [facilitySite] reads as a place ("Ranch", "Mine",
// "Hotel").
var worksKindTails = names.Set{"sawmill": true, "sawmills": true, "factory": true, "laboratory": true,
	"brewery": true, "distillery": true, "foundry": true, "shipyard": true, "shipyards": true,
	"cannery": true, "tannery": true, "creamery": true, "hatchery": true}

// worksKindTail reports whether a name of two words or more the recognizer
// took for a person ends in one of [worksKindTails]: a firm. A name after
// a person's title ("Dr Lemmo Laboratory"), a known name and one after
// "of", "for" or "and" inside it ("Friends of the Brewery") are left
// alone.
func worksKindTail(m *mention) bool {
	n := len(m.words)
	if n < 2 || m.typ != Person || !worksKindTails[m.words[n-1]] {
		return false
	}
	if m.Title != "" || m.canon != "" || m.forced != "" || m.country >= 0 || m.agency >= 0 {
		return false
	}
	p := m.words[n-2]
	return p != "of" && p != "for" && p != "and" && p != "the"
}
