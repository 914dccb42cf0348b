package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// firmHoldings are what a company has and a person has not, after a
// possessive: "Quarbin's shareholders", "Quarbin's stock fell", "Quarbin's
// subsidiary". A person's shares or stake are left out: "Tervane's shares
// in the airline".
var firmHoldings = names.Set{"stock": true, "shareholders": true, "stockholders": true, "subsidiary": true,
	"subsidiaries": true, "directors": true, "earnings": true, "profits": true, "revenues": true,
	"plants": true, "headquarters": true, "board": true}

// firmPossessive reports whether a name taken for a person is followed by
// a possessive and what only a company has ([firmHoldings]): "Quarbin's
// stock rose" makes Quarbin a company. A name with a person's title before
// it ("Mr Quarbin's board") stays a person.
func firmPossessive(text string, m *mention) bool {
	if m.typ != Person || !possessiveAt(text, m.End) {
		return false
	}
	n, ne := nextWord(text, m.End)
	if strings.HasPrefix(n, "’") {
		n = n[len("’s"):]
	} else {
		n = n[len("'s"):]
	}
	if n == "" {
		n, _ = nextWord(text, ne)
	}
	return firmHoldings[strings.TrimRight(n, ",.;:")] && titleBefore(text, m.Start) == ""
}

// firmWhich reports whether a name taken for a person begins its sentence
// and is followed by ", which" and a lower-case word: "Quarbin, which
// floated in 1995, said ...". A person is "who"; a clause "which" refers
// back to follows a verb, not a sentence's first name. A name after a
// title's abbreviation ("Mr. Quarbin, which") or at the start of a
// wrapped line ("analyst\nQuarbin, which") does not begin a sentence.
func firmWhich(text string, m *mention) bool {
	if m.typ != Person || m.End+len(", which ") >= len(text) || !strings.HasPrefix(text[m.End:], ", which ") {
		return false
	}
	if w, k := prevWord(text, m.Start); w != "" && !strings.Contains(text[k+len(w):m.Start], "\n\n") {
		// Not the text's or a paragraph's first word (a wrapped line's
		// first word is no sentence's): the word before ends a sentence.
		stem, period := strings.CutSuffix(w, ".")
		if !period || len(stem) < 2 || names.Abbreviations[strings.ToLower(stem)] || strings.Contains(stem, ".") {
			return false
		}
	}
	n, _ := nextWord(text, m.End+len(", which "))
	return n != "" && n[0] >= 'a' && n[0] <= 'z'
}
