package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail11d) reads a town's address shape, "Tervane, N.Y.", in
// two places [townBeforeState] left: a town the recognizer already took
// for a place, whose vote the article's other mentions of the name
// outweighed ("a plant at Tervane, N.Y." beside "the Tervane facility",
// a headline's "QUARBIN SAVINGS TERVANE"); and a town right after a
// firm's name and its comma, as Reuters writes a firm's seat
// ("<Zorbit Group Inc>, Amlow Center, N.Y.").

// addressTown reports whether a name the recognizer took for a place is
// a town by its address shape ([townBeforeState]): its type is then the
// text's word, not a guess, and outweighs the guesses of the article's
// other mentions of the name in the vote ([voteType]).
func addressTown(text string, m *mention) bool {
	return m.typ == Location && !m.typed && townBeforeState(text, m)
}

// firmSeatComma reports whether p, the word before a town's name, ends a
// firm's name with a comma: a company's suffix ("Inc,", "Corp.,") or
// Reuters' closing bracket of a firm's name ("Group Inc>,"). The town
// after it is the firm's seat.
func firmSeatComma(p string) bool {
	w, ok := strings.CutSuffix(p, ",")
	if !ok {
		return false
	}
	if strings.HasSuffix(w, ">") {
		return true
	}
	return names.CorpSuffixes[strings.ToLower(strings.TrimSuffix(w, "."))]
}

// firmSeat reports whether a name of one to three words stands between a
// firm's name with its comma ([firmSeatComma]) and a comma and an American
// state's or a Canadian province's abbreviation or name: "<Zorbit Group
// Inc>, Amlow Center, N.Y." names the firm's seat. The slot is a town's
// even when a word of the name is an organization's ("Center", "Park"),
// which [townShaped] refuses; a company's suffix or "of" in the name
// still leaves it ("<Zorbit Inc>, Quarbin Co, Ohio" is no seat), and so
// does a name the article writes as a firm's elsewhere ([townOnly]).
func firmSeat(text string, m *mention) bool {
	if m.typ == Misc || m.typ == Country || m.canon != "" || m.Title != "" || len(m.words) == 0 ||
		len(m.words) > 3 || m.End >= len(text) || text[m.End] != ',' {
		return false
	}
	if p, _ := prevWord(text, m.Start); !firmSeatComma(p) && !bodySeatComma(p) { // tail16y: bodySeatComma
		return false // the usual case, decided at once
	}
	if !stateAbbrevAt(text, m.End+1) && !stateNameAt(text, m.End+1) {
		return false
	}
	for _, w := range m.words {
		if names.CorpSuffixes[w] || w == "of" {
			return false
		}
	}
	return townOnly(text, m.Name)
}
