package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// provinceNameAt reports whether the text at i (after one space) is a
// Canadian province's full name ([names.ProvinceAbbrevs]) followed by a
// comma or a full stop: "Quebec, Canada", "Ontario.".
func provinceNameAt(text string, i int) bool {
	if i >= len(text) || !lineGap(text, i) {
		return false
	}
	rest := text[i+1:]
	for _, p := range names.ProvinceAbbrevs {
		if after, ok := strings.CutPrefix(rest, p); ok && after != "" && (after[0] == ',' || after[0] == '.') {
			return true
		}
	}
	return false
}

// provinceSeat reports whether a name of one to three words stands between
// a firm's name with its comma ([firmSeatComma]) and a comma and a Canadian
// province's full name: "Zorbit Systems Ltd, Lemmora, Quebec, Canada",
// the firm's seat (a town), as [firmSeat] reads a state's. A company's
// suffix or "of" in the name, or a name the article writes as a firm's
// elsewhere ([townOnly]), is left.
func provinceSeat(text string, m *mention) bool {
	if m.typ == Misc || m.typ == Country || m.typ == Location || m.canon != "" || m.Title != "" || len(m.words) == 0 ||
		len(m.words) > 3 || m.End >= len(text) || text[m.End] != ',' {
		return false
	}
	if p, _ := prevWord(text, m.Start); !firmSeatComma(p) || !provinceNameAt(text, m.End+1) {
		return false
	}
	for _, w := range m.words {
		if names.CorpSuffixes[w] || w == "of" {
			return false
		}
	}
	return townOnly(text, m.Name)
}
