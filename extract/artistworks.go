package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// artsWords are words of a report on the arts: films, books, music,
// paintings and the stage. A maker's possessive before a title is read
// only in such an article ([artistWork]).
var artsWords = []string{"film", "films", "movie", "movies", "novel", "novels", "album", "albums", "opera",
	"operas", "painting", "paintings", "musical", "novelist", "composer", "singer"}

// ownerNouns, in the sentence before a name, make a person's possessive an
// owner's: "companies such as Ann Vell's Lemmo Cow" names a firm.
var ownerNouns = []string{"company", "companies", "firm", "firms", "label", "studio", "studios", "owner", "owns"}

// artistWork reports whether the article's mention ms[i], a name typed as
// an organization, a person or a place, is a work by the person whose
// possessive stands right before it: "Ann Quarbin's Blue Zorbit", "Lemmo
// Vell's Tervane", in an article of the arts ([artsWords]) with no word of
// sport ([sportWords]: "Vell's Quarbin side"). A name of two words or
// more that opens with a given name is a person's ("Ann Vell's Tom
// Quarn", a film's player or a spouse), and is left; so are a name of
// [thingName]'s kinds (a place: "Vell's Quarbin home"), an acronym and a
// name a lower-case noun follows ([nounAfter]: "Vell's Quarbin show"), a
// name in a headline and a name in a sentence that speaks of firms before
// it ([ownerNouns]: "firms including Ann Vell's Lemmo Cow"). It is asked by
// [workCueAt] too, so that a list's other titles go with the work
// ("Quarbin, Lemmo and Ann Vell's Zorbit").
func artistWork(text string, ms []*mention, i int) bool {
	m := ms[i]
	gap := theAfterPossessive(text, m.Start) // tail13s: "Vell's The Zorbit"
	if gap == 0 || i == 0 {
		return false // the cheap first question
	}
	p := ms[i-1]
	if p.End != m.Start-gap || p.typ != Person || p.removed || !workTyped(m) || m.acronym || m.removed || m.headline {
		return false
	}
	if g := placeGaz(); g == nil || len(m.words) > 1 && g.FirstName(m.words[0]) || g.PlaceName(m.words) {
		return false
	}
	if nounAfter(text, m.End) || !thingName(m, m.words) || firmSentence(text, p.Start) || roleOpposite(text, p.Start) { // tail14n: roleOpposite
		return false
	}
	return anyWordIn(text, artsWords) && (!anyWordIn(text, sportWords) || artsSentence(text, m.Start, m.End)) // tail14n: artsSentence
}

// nounAfter reports whether the word after a name, at i, is a lower-case
// noun that the name modifies: "Vell's Quarbin show", "Vell's Lemmo home",
// "Vell's Tervane government". Words that end a noun phrase
// ([headNotModifier]: "is", "which"; [afterTitleWords]: "in", "last"), and
// verbs in -s or -ed ("Vell's Zorbit tells", "entered") are no such noun.
func nounAfter(text string, i int) bool {
	if i+1 >= len(text) || !lineGap(text, i) || !isLowerASCII(text[i+1]) {
		return false
	}
	w, _ := nextWord(text, i)
	w = strings.TrimRight(w, ",.;:!?)'\"")
	return lowerWord(w) && !headNotModifier[w] && !afterTitleWords[w] && !strings.HasSuffix(w, "s") &&
		!strings.HasSuffix(w, "ed")
}

// afterTitleWords follow a title and end its phrase: "Vell's Zorbit in
// Paris", "Vell's Lemmo last week".
var afterTitleWords = names.Set{"in": true, "at": true, "on": true, "of": true, "and": true, "or": true, "last": true,
	"this": true, "next": true, "into": true, "about": true, "became": true, "won": true, "led": true, "set": true,
	"took": true, "made": true, "beat": true, "went": true}

// firmSentence reports whether the sentence going on at i holds a word of
// [ownerNouns] before i.
func firmSentence(text string, i int) bool {
	s := strings.LastIndexAny(text[:i], ".!?\n")
	return anyWordIn(strings.ToLower(text[s+1:i]), ownerNouns)
}
