package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail10yl) types as firms the names the recognizer took for
// places where a deal's noun and "of" come right before them and the name
// ends its phrase: "the acquisition of Tervane Drug in May", "the sale of
// Quarbin-Amlow, and ...". Places are sold and bought too ("the sale of
// its Velle plant", "the sale of Lunmark real estate"), so every place
// the tables or the model's gazetteer know is left, and so is a name with
// a noun or a place after it.

// dealNouns are the deals whose object follows them after "of".
var dealNouns = names.Set{"acquisition": true, "purchase": true, "takeover": true, "sale": true}

// dealEnds may follow a firm's name that ends its phrase after a deal:
// "the acquisition of Tervane Drug in May", "... for 60 mln dlrs".
var dealEnds = names.Set{"in": true, "for": true, "from": true, "by": true, "last": true, "earlier": true,
	"was": true, "is": true, "would": true, "will": true, "to": true}

// dealFirm reports whether a name typed as a place that no table or
// gazetteer knows follows a word of [dealNouns] and "of", and ends its
// phrase: punctuation right after it (a comma not before a known place)
// or a word of [dealEnds].
func (r *Resolver) dealFirm(text string, m *mention) bool {
	if m.typ != Location || m.canon != "" || m.forced != "" || m.country >= 0 || m.agency >= 0 {
		return false
	}
	p, ps := prevWordFast(text, m.Start)
	if p != "of" {
		return false // the usual case, decided at once
	}
	if d, _ := prevWordFast(text, ps); !dealNouns[strings.ToLower(d)] {
		return false
	}
	if !r.dealPhraseEnd(text, m.End) || r.t.KnownPlace(m.key) || placeGaz().PlaceName(m.words) {
		return false
	}
	return len(m.words) > 1 || !r.knownPlaceKey(m.key)
}

// dealPhraseEnd reports whether a firm's name after a deal ends its phrase
// at byte end: a full stop, semicolon or colon, a comma that no known
// place follows, or a word of [dealEnds].
func (r *Resolver) dealPhraseEnd(text string, end int) bool {
	rest := strings.TrimLeft(text[end:], " ")
	switch {
	case rest == "":
		return true
	case rest[0] == '.' || rest[0] == ';' || rest[0] == ':':
		return true
	case rest[0] == ',':
		w, _ := nextWord(rest, 1)
		return !r.placeWord(w)
	}
	w, _ := nextWord(text, end)
	return dealEnds[w]
}
