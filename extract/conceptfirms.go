package extract

import (
	"slices"

	"github.com/nergraph/nergraph/internal/names"
)

// acronymOpensFirm reports whether another mention of the article, of
// several words with a company's suffix ([names.CorpSuffixes]), opens with
// m's key: "VLSI Quarbin Inc ... VLSI plans" makes the acronym of
// [names.ConceptAcronyms] the firm's short name (tail15g). A body's name
// without a suffix ("the IPTV World Forum") is left, as is an acronym
// that the firm's next word follows (a name cut at a line's end, "PC
// Acquisition"), which stays the fragment it was, and one whose letters
// another name's initials spell ([nameInitials]): the resolver would link
// it to that name ("Purolator Courier" for the bidder "PC Acquisition").
func acronymOpensFirm(text string, ms []*mention, m *mention) bool {
	if nameInitials(ms, m) || slices.ContainsFunc(ms, func(o *mention) bool { return bareInitials(o) == m.key }) {
		return false // "Purolator Courier ... PC Acquisition Inc ... PC": the initials link it elsewhere
	}
	return slices.ContainsFunc(ms, func(o *mention) bool {
		if len(o.words) < 2 || o.words[0] != m.key || !slices.ContainsFunc(o.words[1:], func(w string) bool { return names.CorpSuffixes[w] }) {
			return false
		}
		w, _ := nextWord(text, m.End)
		return names.Key(w) != o.words[1]
	})
}

// nameHoldsKind reports whether the last word of m's name, in the plural,
// follows it within three words: "Hunter Helicopter builds helicopters",
// a maker named for what it makes, not a model of [productPluralNouns]
// (tail15g).
func nameHoldsKind(text string, m *mention) bool {
	if len(m.words) < 2 {
		return false
	}
	kind := last(m.words) + "s"
	e := m.End
	for n := 0; n < 3; n++ {
		w, we := nextWord(text, e)
		if w == "" {
			return false
		}
		if names.Key(w) == kind {
			return true
		}
		e = we
	}
	return false
}

// bareInitials returns the initials of a name of two words or more, small
// words and a company's suffix left out: "pc" of "Purolator Courier Corp".
func bareInitials(o *mention) string {
	if len(o.words) < 2 {
		return ""
	}
	var b []byte
	for _, w := range o.words {
		if !names.MinorWords[w] && !names.CorpSuffixes[w] {
			b = append(b, w[0])
		}
	}
	return string(b)
}
