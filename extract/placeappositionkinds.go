package extract

import "strings"

// This file (tail16q) holds the cue by which a name the recognizer took
// for a person or a firm is a place: a preposition of place before it and
// an apposition after it that says what kind of place it is ("what
// happened in Tervane, a 40-family community", "attacked near Quarbin
// Vell, a town 30 km from the border").

// appositionPlaceKinds are the singular kinds of place an apposition
// names after ", a" or ", an" with up to two words between.
var appositionPlaceKinds = map[string]bool{"town": true, "village": true, "hamlet": true, "township": true,
	"resort": true, "seaport": true, "port": true, "community": true, "suburb": true, "district": true}

// appositionPrepositions stand before a place's name: "in", "at", "near",
// "from".
var appositionPrepositions = map[string]bool{"in": true, "at": true, "near": true, "from": true}

// placeKindApposition reports whether a name typed a person or a firm,
// with no title and no organization's word, stands after a preposition of
// [appositionPrepositions] and before ", a" or ", an", up to two lower-case or
// numeric words, and a kind of [appositionPlaceKinds] that ends its word:
// a place. "A town's lawyer" ("in Ann Vell, a town lawyer") is left, as
// is a kind that goes on ("a community group"): after the kind, only
// punctuation or a lower-case word that is no noun of a body ("with",
// "of", "in", "where", "that", a number: "a town 30 km from"). Cost: one byte test after the
// mention, then the word before it, then at most four words after it.
func placeKindApposition(text string, m *mention) bool {
	if m.End+4 >= len(text) || text[m.End] != ',' || !strings.HasPrefix(text[m.End:], ", a") {
		return false // the cheap first question: ", a" after the name
	}
	if m.typ != Person && m.typ != Org || m.canon != "" || m.forced != "" || m.Title != "" || m.country >= 0 ||
		m.agency >= 0 || anyOrgWord(m.words) {
		return false
	}
	if p, _ := prevWordFast(text, m.Start); !appositionPrepositions[p] {
		return false
	}
	w, i := nextWord(text, m.End+1)
	if w != "a" && w != "an" {
		return false
	}
	for n := 0; n < 3; n++ {
		w, i = nextWord(text, i)
		k := strings.TrimRight(w, ",.;:)")
		if appositionPlaceKinds[k] {
			if k != w {
				return true
			}
			next, _ := nextWord(text, i)
			return appositionKindEnds[strings.TrimRight(next, ",.;:")] || next != "" && isDigit(next[0])
		}
		if k != w || k == "" || !isLowerASCIIWord(strings.ReplaceAll(k, "-", "")) && !isDigit(k[0]) {
			return false
		}
	}
	return false
}

// appositionKindEnds may follow the kind of place in [placeKindApposition]:
// "a town of 5,000", "a village with no road", "a suburb where", "a town
// 30 km from".
var appositionKindEnds = map[string]bool{"of": true, "with": true, "in": true, "on": true, "near": true,
	"where": true, "that": true, "which": true, "whose": true, "some": true, "about": true, "just": true,
	"north": true, "south": true, "east": true, "west": true, "outside": true}
