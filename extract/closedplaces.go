package extract

import "github.com/nergraph/nergraph/internal/names"

// closedPlace (tail14w) reports whether a one-word name is a place the
// tables know under two words written as one, the older spelling of a
// place of two words: "Srilanka" for Sri Lanka, "HongKong" with an inner
// capital. The word is split once, each half of two letters or more, and
// the split's two words are asked of the tables; a word of letters only,
// of six to twenty. Asked by [Resolver.pairPlace] only, where the word
// stands before "and" and a firm opening with a second place.
func (r *Resolver) closedPlace(w string) bool {
	if len(w) < 6 || len(w) > 20 || !upperWord(w) || allCaps(w) {
		return false
	}
	k := names.Key(w)
	if len(k) != len(w) {
		return false
	}
	for i := range len(k) {
		if k[i] < 'a' || k[i] > 'z' {
			return false
		}
	}
	for i := 2; i <= len(k)-2; i++ {
		if r.t.KnownPlace(k[:i] + " " + k[i:]) {
			return true
		}
	}
	return false
}
