package graphstore

import "github.com/nergraph/nergraph/internal/names"

// A label vote may tie between two spellings of one firm's name that are
// also written apart in another way: a hyphen for a space, a legal form
// more ("Quorvath-Bell Industies Inc", "Quorvath Bell Industries"). Word by
// word they differ in more than the misspelt word, so misspeltWords does not
// see the slip, and the tie took the longer name, the misspelling (tail16u's
// Chris-Craft). Read as keys without legal forms (names.OrgKey), the two
// differ in the misspelt word alone. Two real words one letter apart
// ("Philips", "Phillips"; "Hoffman", "Hoffmann") are both written by other
// names: only a word no other name writes is taken for the slip (issue 10,
// tail17a).

// keyTieTakesOther reports whether a label vote tied between best and other,
// which misspeltTie found no slip of, should take other: their keys differ
// in one misspelt word (misspeltKeyWords), best's word is written by no
// other name of the graph and other's by another name at least. words is
// the graph's key words (labelKeyWords), counted at the first tie that asks.
func (acc *accumulator) keyTieTakesOther(best, other string, words *map[string]int) bool {
	a, b, ok := misspeltKeyWords(best, other)
	if !ok {
		return false
	}
	if *words == nil {
		*words = labelKeyWords(acc.nodes)
	}
	return (*words)[a] == 1 && (*words)[b] > 1
}

// misspeltKeyWords is misspeltWords on the two names' organization keys
// (names.Key folds case, hyphens, periods and apostrophes; names.OrgKey
// cuts the legal forms after the name). Names whose keys are the same
// differ in no word and are no misspelling.
func misspeltKeyWords(x, y string) (string, string, bool) {
	return misspeltWords(names.OrgKey(names.Key(x)), names.OrgKey(names.Key(y)))
}

// labelKeyWords counts the distinct keys (names.Key) of the nodes' labels
// that hold each word.
func labelKeyWords(nodes []*nodeAcc) map[string]int {
	return labelWordsBy(nodes, names.Key)
}
