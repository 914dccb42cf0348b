package names

import (
	"strings"
	"testing"
)

// TestStatesKeepPeriod: the state abbreviations the tokenizer keeps whole are
// the dateline abbreviations the resolver reads ("Penn." was one and not
// the other, so "Phoenixville, Penn." gave an organization "Penn").
func TestStatesKeepPeriod(t *testing.T) {
	for k := range statesKeepPeriod {
		if _, ok := StateAbbrevs[k]; !ok {
			t.Errorf("%q keeps its period but is not in StateAbbrevs", k)
		}
		if !Abbreviations[k] {
			t.Errorf("%q is not in Abbreviations", k)
		}
	}
}

// TestListsInKeyForm checks that every list holds words as Key folds them,
// so that indexing a list with a key finds them.
func TestListsInKeyForm(t *testing.T) {
	lists := map[string]Set{"Titles": Titles, "TitleOnly": TitleOnly, "Offices": Offices,
		"NameAbbrevs": NameAbbrevs, "Abbreviations": Abbreviations, "NameSuffixes": NameSuffixes,
		"ConceptAcronyms": ConceptAcronyms, "MiscHeads": MiscHeads, "MiscFirst": MiscFirst,
		"NoExtend": NoExtend, "SayVerbs": SayVerbs, "OtherDemonyms": OtherDemonyms,
		"CorpSuffixes": CorpSuffixes, "CompanyWords": CompanyWords, "GenericOrgWords": GenericOrgWords,
		"GenericOrgHeads": GenericOrgHeads, "OrgHeads": OrgHeads, "OrgFirst": OrgFirst,
		"MediaWords": MediaWords, "PlaceHeads": PlaceHeads, "PersonalNames": PersonalNames,
		"WorldEvents": WorldEvents, "WorkCues": WorkCues, "LooseWorkCues": LooseWorkCues,
		"PeopleNouns": PeopleNouns, "Interrogatives": Interrogatives, "Shires": Shires}
	for name, s := range lists {
		for w := range s {
			if Key(w) != w {
				t.Errorf("%s holds %q, whose key is %q", name, w, Key(w))
			}
		}
	}
	for w := range MinorWords {
		// "&" is kept as written: it is looked up before folding.
		if Key(w) != w && w != "&" {
			t.Errorf("MinorWords holds %q, whose key is %q", w, Key(w))
		}
	}
}

func TestFacilityByWords(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"palisades nuclear plant", true}, {"kelso gas field", true}, {"cowlitz hydroelectric project", true},
		{"power project", false}, {"robert plant", false}, {"frank field", false},
		{"government accountability project", false}, {"mountaineer plant", false},
	}
	for _, tt := range tests {
		if got := FacilityByWords(strings.Fields(tt.name)); got != tt.want {
			t.Errorf("FacilityByWords(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
