package extract

import (
	"slices"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds tail12b's name test for the cues that find a thing by a
// kind noun written right beside its name ("car show Zorbit Maniacs", "the
// Lemmo Gold greatest hits album", "the World Quarbin Tennis event") or
// named by "known as" ("standards known as Systems Zorbit Architecture"):
// [productHead], [productKindBefore], [knownAsThing], [kindWorkBefore] and
// [bareKindBefore] ask it.

// kindThingName reports whether a name that a kind noun beside it shows
// to be a work, a product or an event may name one. It is [thingName]
// with a narrower guard of an organization's words: a word of an
// industry or a describing word ("Motor", "Gold", "World", "National")
// before the name's last word, or as its last word when no body's head
// ([names.OrgHeads], [names.GenericOrgHeads]) it is, says no firm when a
// kind of work or event stands beside the name, as a body's head at the
// end ("the Quarbin Bank event") or a company's legal form anywhere
// ("the Zorbit Gold Ltd album") still does, and so does a name with
// "of", whose head comes first ("the University of Tervane event").
func kindThingName(m *mention, words []string) bool {
	if !anyOrgWord(words) || len(words) < 2 || slices.Contains(words, "of") {
		return thingName(m, words) // "the University of Quarbin event": the head before "of" is a body's
	}
	for _, w := range words {
		if names.CorpSuffixes[w] {
			return false
		}
	}
	if tail := last(words); names.OrgHeads[tail] || names.GenericOrgHeads[tail] {
		return false
	}
	return thingNameWords(m, words)
}

// ownerVerbAfter reports whether a name that an owner's capitalized
// possessive p and a kind noun open may go on with a verb
// ("Quarbin's humanoid robot Lemmox has just got faster"): an owner named
// before the kind makes the name the subject, since a clause describing
// the kind would need no owner ("the robot Ann Vell built"). A pronoun's
// possessive ("its", "his") is left: "his film Ann Vell produced".
func ownerVerbAfter(text, p string, end int) bool {
	if !possessiveEnd(p) || !upperWord(p) || end >= len(text) || !lineGap(text, end) {
		return false
	}
	w, _ := nextWord(text, end)
	return w != "" && isLowerASCII(w[0])
}
