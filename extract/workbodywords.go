package extract

import "github.com/nergraph/nergraph/internal/names"

// bodyAdjectives are the words of [names.GenericOrgWords] that open a name
// as an adjective ("World", "New", "First", "North") and make it no body's
// by themselves: after a kind of work they open a title ("the video game
// World of Zorbit").
var bodyAdjectives = names.Set{"world": true, "new": true, "first": true, "united": true, "national": true,
	"international": true, "american": true, "royal": true, "general": true, "state": true, "federal": true,
	"central": true, "north": true, "south": true, "east": true, "west": true}

// workBodyWord reports whether a name after a two-word kind of work
// ([compoundKindBefore]) has an organization's word ([orgWord]) that makes
// it a body's ("the quiz show Lemmox Trust"), its first word left out when
// that is an adjective of [bodyAdjectives] and the name has more words:
// "video game World of Zorbit" is a game.
func workBodyWord(words []string) bool {
	for i, w := range words {
		if orgWord(w) && (i > 0 || len(words) == 1 || !bodyAdjectives[w]) {
			return true
		}
	}
	return false
}
