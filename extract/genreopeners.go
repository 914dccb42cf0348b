package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// filmGenres are the kinds of a film or a show that a chart's line puts
// before a title at a sentence's start, where the capital joins the genre
// to the title: "Comedy Quelby Vane - co-written by Ann Lomm - entered the
// chart".
var filmGenres = names.Set{"comedy": true, "thriller": true, "drama": true, "horror": true, "documentary": true,
	"musical": true, "animation": true, "cartoon": true, "romcom": true}

// genreOpener reports whether a name typed a person of two to four words
// opens a sentence with a genre's word ([filmGenres]): a title with its
// kind glued on, a work and no person.
func genreOpener(text string, m *mention) bool {
	if m.typ != Person || len(m.words) < 2 || len(m.words) > 4 || !filmGenres[m.words[0]] || m.Title != "" || m.canon != "" {
		return false
	}
	p, ps := prevWordFast(text, m.Start)
	return p == "" || paragraphBreak(text[ps:m.Start]) || strings.HasSuffix(p, ".") || strings.HasSuffix(p, "!") || strings.HasSuffix(p, "?")
}
