package extract

import "strings"

// This file holds a firm named between "the" and its kind, as a firm
// named after its founder is written: "a partner of the Ann Quell
// Vellmore consultancy", "the Dora Vell firm said". The recognizer types
// such a name a person; a person's name is not read so ("the Vell
// government", "the Vell family" are a person's and take no kind of
// [theFirmKinds]).

// theFirmKinds are the kind nouns of a firm that may follow its name
// after "the". "Partnership" is left out: a pair of players is one ("the
// Vell/Quarbin partnership won").
var theFirmKinds = map[string]bool{"consultancy": true, "firm": true, "company": true, "agency": true,
	"brokerage": true, "consortium": true}

// theFirmKind reports whether a name typed a person stands between "the"
// and a kind of [theFirmKinds] that ends the noun phrase (punctuation or
// the end of the text after it, or a verb of [firmVerbs]): a firm (ORG).
func theFirmKind(text string, m *mention) bool {
	if m.typ != Person || m.End+2 >= len(text) || !lineGap(text, m.End) || m.canon != "" || m.forced != "" {
		return false
	}
	k, e := nextWord(text, m.End)
	bare := strings.TrimRight(k, ",.;:")
	if !theFirmKinds[bare] {
		return false // the cheap first question: the word after the name
	}
	if p, _ := prevWordFast(text, m.Start); p != "the" && p != "The" {
		return false
	}
	if bare != k || e >= len(text) {
		return true
	}
	w, _ := nextWord(text, e)
	return firmVerbs[w] && w != "and" && w != "or" && w != "to"
}
