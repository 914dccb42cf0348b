package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// pressKinds are kinds of paper, broadcaster or society written right
// before its name, read as [bodyKinds] are (tail12w): "the regional paper
// Tervane Tidende", "tabloid Zorbit",
// "performing rights society, Quarbin,". A verb after the name leaves it
// ("the paper Ann Vell edits"), as [kindAfterOK] reads.
var pressKinds = names.Set{"paper": true, "newspaper": true, "tabloid": true, "society": true}

// broadcastMedia are the words that make "station" or "channel" a
// broadcaster's kind: "television station Tervane Plus", "radio station
// Zorbit", "the pay-TV channel Lemmo". A station alone is as often a
// railway's, a place.
var broadcastMedia = names.Set{"television": true, "tv": true, "radio": true, "pay-tv": true, "cable": true,
	"satellite": true}

// broadcastKind reports whether the kind noun k right before a name
// ([kindBefore]) is a broadcaster's (tail12w): "station" or "channel"
// after a word of [broadcastMedia].
func broadcastKind(text string, m *mention, k string) bool {
	if k != "station" && k != "channel" {
		return false
	}
	_, ks := prevWordFast(text, m.Start)
	w, _ := prevWordFast(text, ks)
	return broadcastMedia[strings.ToLower(w)]
}
