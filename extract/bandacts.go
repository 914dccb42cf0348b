package extract

import "github.com/nergraph/nergraph/internal/names"

// This file holds the cue of a band named after a music genre and "act":
// "dance act Quarbin Vell", "indie act Tervane Lemmos". A solo singer is
// an act too ("pop act Ann Vell"): a name that begins with a given name
// is left.

// musicGenres are the genres written before "act" in a report on music.
var musicGenres = names.Set{"dance": true, "pop": true, "rock": true, "indie": true, "rap": true, "metal": true,
	"punk": true, "folk": true, "soul": true, "electronic": true, "hip-hop": true, "garage": true, "jazz": true,
	"reggae": true, "techno": true, "grime": true}

// genreAct reports whether a name typed a person follows a music genre
// ([musicGenres]) and "act", and does not begin with a given name: a band
// (an organization, as CoNLL tags bands).
func genreAct(text string, m *mention) bool {
	if m.typ != Person || m.Title != "" || len(m.words) == 0 {
		return false
	}
	p, ps := prevWordFast(text, m.Start)
	if p != "act" {
		return false // the cheap first question
	}
	if g, _ := prevWordFast(text, ps); !musicGenres[g] {
		return false
	}
	return !placeGaz().FirstName(m.words[0])
}
