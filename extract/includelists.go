package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds tail14x's list of works after their kind and "include"
// where [workList] does not read it: a kind that a word of the screen
// makes one of works ("his film credits include Zorbit Road, Lemmo and
// Tervane"), and a helper between the kind and the verb ("whose films have
// included Quarbin Nights and Vell").

// includeKinds are the kinds of work whose examples "include" lists.
// Kinds that a club's fixtures ("games"), a player's wins ("titles") or a
// firm's products ("brands", "drugs") share are left out.
var includeKinds = names.Set{"films": true, "movies": true, "songs": true, "albums": true, "singles": true,
	"novels": true, "books": true, "plays": true, "musicals": true, "sitcoms": true, "dramas": true,
	"documentaries": true}

// includeCredits are the plural nouns that name works only after a word
// of the screen or the stage: "film credits", "screen releases".
var includeCredits = names.Set{"credits": true, "releases": true}

// includeScreens are the words before [includeCredits] that make them
// works: "film credits", "his stage credits".
var includeScreens = names.Set{"film": true, "movie": true, "screen": true, "stage": true, "television": true,
	"TV": true}

// includeHelpers stand between a kind and "include": "films have
// included", "songs will include".
var includeHelpers = names.Set{"have": true, "has": true, "had": true, "will": true, "would": true, "also": true}

// includeListed reports whether a name typed as an entity is an item of
// a list right after "include", "includes" or "included" and, before the
// verb, a kind of work ([includeKinds]) and one or two helpers
// ([includeHelpers]: "films have included Zorbit"), or a plural of
// [includeCredits] after a word of [includeScreens], maybe with helpers
// ("his film credits include Zorbit Road, Lemmo and Tervane"). A person's name of two words opening with a
// given name is left (a film's player may be named in the list), and so
// is a name of [thingName]'s kinds.
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
	helped := false
	for n := 0; n < 2 && includeHelpers[k]; n++ {
		k, ks = prevWordFast(text, ks)
		helped = true
	}
	if s, _ := prevWordFast(text, ks); !(helped && includeKinds[k]) && !(includeCredits[k] && includeScreens[s]) {
		return false // a kind right before the verb is workList's
	}
	if m.typ == Person && len(m.words) > 1 {
		if g := placeGaz(); g == nil || g.FirstName(m.words[0]) {
			return false
		}
	}
	return thingName(m, m.words)
}
