package extract

import "github.com/nergraph/nergraph/internal/names"

// This file (tail14d) holds the cue by which a name ending in "Project"
// that the recognizer typed as an organization is an undertaking (MISC,
// no node of the graph): a word before "Project" names the works built or
// the resource dug ("the Tervane Metro Rail Project", "the Quarbin Gold
// Project"). A project named otherwise may be a body ("the Quarbin
// Accountability Project said") and is left.

// worksWords name works or resources in a project's name.
var worksWords = names.Set{"rail": true, "railway": true, "railroad": true, "metro": true, "subway": true,
	"pipeline": true, "gas": true, "oil": true, "petroleum": true, "lng": true, "coal": true, "gold": true,
	"silver": true, "copper": true, "zinc": true, "nickel": true, "uranium": true, "iron": true, "bauxite": true,
	"hydro": true, "hydroelectric": true, "dam": true, "geothermal": true, "power": true, "refinery": true,
	"mine": true, "mining": true, "port": true, "harbour": true, "harbor": true, "airport": true, "bridge": true,
	"tunnel": true, "highway": true, "motorway": true, "irrigation": true, "smelter": true, "steel": true}

// worksProject reports whether a name typed as an organization, of three
// to six words with no settled identity, ends in "Project" and holds a
// word of [worksWords] before it.
func worksProject(m *mention) bool {
	n := len(m.words)
	if m.typ != Org || n < 3 || n > 6 || m.words[n-1] != "project" || m.canon != "" || m.forced != "" ||
		m.agency >= 0 || m.country >= 0 {
		return false
	}
	for _, w := range m.words[:n-1] {
		if worksWords[w] {
			return true
		}
	}
	return false
}
