package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds tail12b's cue for a broadcaster's programme: a name
// the recognizer typed as an organization or a place right after a
// broadcaster's possessive ("told Quarbin Radio 4's Zorbit Hour", "on
// the BBC's Tervane Report"). The broadcaster's people are persons and
// its units carry an organization's word; what else it owns and names
// is a programme, a site or an event it runs: a thing (MISC, no node),
// asked by [ownedThings].

// broadcasterWords are the words that make the name before a possessive
// a broadcaster's: a kind ("Radio", "TV", "Channel") or the initials of
// the British and American networks.
var broadcasterWords = names.Set{"radio": true, "tv": true, "television": true, "channel": true, "bbc": true,
	"itv": true, "itv1": true, "mtv": true, "cnn": true}

// broadcasterWork reports whether a name typed as an organization or a
// place follows a broadcaster's possessive: a word ending in "'s" that,
// with up to three capitalized words or numbers before it, holds a word
// of [broadcasterWords] ("the BBC's", "Quarbin Radio 4's", "Lemmo TV's").
// An acronym and a name of [thingName]'s kinds are left alone: an
// organization's word makes the broadcaster's station or unit ("the
// BBC's World Service", "Quarbin TV's Lemmo Radio").
func broadcasterWork(text string, m *mention) bool {
	if m.typ != Org && m.typ != Location || m.canon != "" || m.forced != "" || m.agency >= 0 || m.country >= 0 ||
		m.acronym || len(m.words) == 0 || len(m.words) > 4 {
		return false // the mention's own fields first: no walk of the text
	}
	p, ps := prevWordFast(text, m.Start)
	return possessiveEnd(p) && ownerBroadcaster(text, p, ps) && thingName(m, m.words)
}

// ownerBroadcaster reports whether the possessive p, which starts at ps,
// and up to three capitalized words or numbers before it name a
// broadcaster ([broadcasterWords]).
func ownerBroadcaster(text, p string, ps int) bool {
	w := strings.TrimSuffix(strings.TrimSuffix(p, "'s"), "’s")
	for n := 0; n < 4; n++ {
		if broadcasterWords[strings.ToLower(w)] {
			return true
		}
		w, ps = prevWordFast(text, ps)
		if w == "" || !upperWord(w) && !isDigit(w[0]) {
			return false
		}
	}
	return false
}
