package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds tail14x's list of works after "credits include": "his
// film credits include Zorbit Road, Lemmo and Tervane". [workList] reads
// a list after a plural of works ("films include"); "credits" and
// "releases" name works only after a word of the screen or the stage.

// includeCredits are the plural nouns that name works only after a word
// of the screen or the stage ([includeScreens]): "film credits", "screen
// releases"; "tax credits" are none.
var includeCredits = names.Set{"credits": true, "releases": true}

// includeScreens are the words before [includeCredits] that make them
// works: "film credits", "his stage credits".
var includeScreens = names.Set{"film": true, "movie": true, "screen": true, "stage": true, "television": true,
	"TV": true}

// includeHelpers stand between the plural and "include": "credits have
// included".
var includeHelpers = names.Set{"have": true, "has": true, "had": true, "will": true, "would": true, "also": true}

// includeListed reports whether a name typed as an entity is an item of
// a list right after "include", "includes" or "included" and, before the
// verb, maybe one or two helpers ([includeHelpers]), a plural of
// [includeCredits] after a word of [includeScreens]: "his film credits
// include Zorbit Road, Lemmo and Tervane". A person's name of two words
// opening with a given name is left (a film's player may be named in the
// list), and so is a name of [thingName]'s kinds.
func includeListed(text string, m *mention) bool {
	p, _ := prevWordFast(text, m.Start)
	if !listJoin(p) && !strings.HasSuffix(p, ",") && !strings.HasPrefix(p, "include") {
		return false // the cheap first question
	}
	if !workTyped(m) || m.Start > 0 && text[m.Start-1] == '<' {
		return false
	}
	start, _ := listStart(text, m.Start)
	v, vs := prevWordFast(text, start)
	if v != "include" && v != "includes" && v != "included" {
		return false
	}
	k, ks := prevWordFast(text, vs)
	for n := 0; n < 2 && includeHelpers[k]; n++ {
		k, ks = prevWordFast(text, ks)
	}
	if s, _ := prevWordFast(text, ks); !includeCredits[k] || !includeScreens[s] {
		return false
	}
	if m.typ == Person && len(m.words) > 1 {
		if g := placeGaz(); g == nil || g.FirstName(m.words[0]) {
			return false
		}
	}
	return thingName(m, m.words)
}
