package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail15g) drops the end of a junior minister's title that the
// recognizer cut from its office and took for a body: "the Minister of
// State for Trade and Industry", whose "State for Trade and Industry" is
// no organization. [names.SplitTitle] reads the whole title when one span
// holds it with its holder's name.

// stateOffices are the offices that "of State for" a portfolio follows.
var stateOffices = names.Set{"minister": true, "secretary": true, "undersecretary": true, "under-secretary": true}

// stateForTitle reports whether m is "State for" and portfolio words only
// ([names.PortfolioWords], "and", "the") right after an office of
// [stateOffices] and "of": "Minister of State for Finance and Industry".
// A name that goes on past the portfolio (the holder's, glued on) is left.
func stateForTitle(text string, m *mention) bool {
	if len(m.words) < 3 || m.words[0] != "state" || m.words[1] != "for" || m.Start < 4 || text[m.Start-3:m.Start-1] != "of" || !asciiSpace(text[m.Start-1]) {
		return false
	}
	for _, w := range m.words[2:] {
		if !names.PortfolioWords[w] && w != "and" && w != "the" {
			return false
		}
	}
	p, _ := prevWord(text, m.Start-3)
	return stateOffices[strings.ToLower(p)]
}
