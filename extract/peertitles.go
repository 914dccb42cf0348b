package extract

import "github.com/nergraph/nergraph/internal/names"

// peerTitles are the titles of peers and knights: a name that opens with
// one and goes on is a person's ("Lord Vellan", "Baroness Orme", "Sir Tom
// Quarbin"), never a firm's, whatever pronoun follows. "Dr" and "Mrs" are
// left out: firms bear them ("Dr Pepper", "Mrs Fields").
var peerTitles = names.Set{"lord": true, "lady": true, "baroness": true, "baron": true, "earl": true,
	"viscount": true, "sir": true, "dame": true}

// peerNamed reports whether m is a person's name after a peer's or a
// knight's title, which the weak cue of a firm's "its" after the name does
// not overrule: "disgraced peer Lord Vellan to rejoin its ranks" is the
// party's ranks.
func peerNamed(m *mention) bool {
	return m.typ == Person && len(m.words) >= 2 && peerTitles[m.words[0]]
}
