package extract

import "strings"

// This file (tail12g) cuts a compound adjective's participle off a
// mention's last word: "a Quarbin Aero-designed rocket", "a Drug
// Board-licensed test". The name is the part before the hyphen, the maker
// or licensor the adjective speaks of; the participle is no part of it. [Resolver.build] cuts the whole adjective
// when it opens a span before another name ("Tervane-based Quarbin"); at a
// span's end the adjective's name is all there is.

// makerTails are the participles after a hyphen that make an adjective of
// a maker's, licensor's or backer's name. The adjectives of place and
// ownership ([adjectiveTails]: "-based", "-owned", "-led") are not among
// them: the tokenizer and the rules of spans already part those from a
// name ("Tervane-based Quarbin" keeps the town Tervane), and a word that
// speaks of a shape or a colour ("-shaped") makes no maker of its name.
var makerTails = map[string]bool{"designed": true, "licensed": true, "made": true, "built": true,
	"approved": true, "sponsored": true, "brokered": true, "financed": true, "operated": true,
	"managed": true, "developed": true, "produced": true, "manufactured": true, "engineered": true}

// cutMakerTail cuts a participle of [makerTails] after a hyphen off the
// last of the words ws, two words or more, when a capitalized word with no
// other hyphen is left before it. A word alone ("Quarbin-built") is left
// to the rules that read it as a modifier.
func cutMakerTail(ws []word) []word {
	n := len(ws) - 1
	if n < 1 {
		return ws
	}
	w := ws[n].text
	i := strings.LastIndexByte(w, '-')
	if i <= 0 || i == len(w)-1 || !makerTails[w[i+1:]] || !isUpperASCII(w[0]) || strings.IndexByte(w[:i], '-') >= 0 {
		return ws
	}
	ws[n].text, ws[n].end = w[:i], ws[n].end-(len(w)-i)
	return ws
}
