package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// appositionWorks are the kinds of works an apposition after a title names:
// "Grange Hill, the school-based drama serial", "Quarbin, a BBC comedy
// series".
var appositionWorks = names.Set{"serial": true, "series": true, "sitcom": true, "soap": true, "drama": true,
	"documentary": true, "film": true, "movie": true, "comedy": true, "programme": true, "show": true,
	"album": true, "single": true, "novel": true, "musical": true, "play": true, "game": true,
	"videogame": true, "thriller": true, "cartoon": true, "opera": true, "biopic": true}

// phraseStops end the run of words that describe a work in an apposition:
// what follows them is about another thing ("Paramount Pictures, the studio
// behind the film", "Ann Vell, a spokesman for the show").
var phraseStops = names.Set{"of": true, "and": true, "or": true, "behind": true, "for": true, "from": true,
	"in": true, "on": true, "at": true, "with": true, "about": true, "by": true, "to": true, "into": true,
	"who": true, "whose": true, "the": true, "a": true, "an": true, "his": true, "her": true, "its": true,
	"their": true}

// workApposition reports whether a mention is a work that an apposition
// after it names: ", the" or ", a" and at most five words ending in a kind
// of work ([appositionWorks]) where the phrase ends, at punctuation or
// before "which" or "that" ("Grange Hill, the school-based drama serial,
// ..."). A phrase with "of", another small word ([phraseStops]) or a
// possessive is about something else ("Ann Vell, the director of the
// film", "Ann Vell, the film's star"), and a work noun that goes on ("the
// film director") names a person.
func workApposition(text string, m *mention) bool {
	head, ok := appositionHead(text, m, true, func(next string) bool { return next == "which" || next == "that" })
	return ok && appositionWorks[head]
}

// appositionHead returns the last word of the apposition after a mention:
// ", the", ", a" or ", an" and at most five words, the phrase ending at
// punctuation or before a word that ends says ends it. It finds none when a
// word of the phrase has a possessive or is a small word of [phraseStops],
// or, unless capitals is true, a capital letter; a head word with a
// capital is none either way.
func appositionHead(text string, m *mention, capitals bool, ends func(next string) bool) (string, bool) {
	rest := text[m.End:]
	var after string
	switch {
	case strings.HasPrefix(rest, ", the "):
		after = rest[len(", the "):]
	case strings.HasPrefix(rest, ", a "):
		after = rest[len(", a "):]
	case strings.HasPrefix(rest, ", an "):
		after = rest[len(", an "):]
	default:
		return "", false
	}
	i := 0
	for n := 0; n < 5; n++ {
		w, e := nextWord(after, i)
		if w == "" || strings.ContainsAny(w, "'’") {
			return "", false
		}
		word := strings.TrimRight(w, ",.;:!?)\"")
		lw := strings.ToLower(word)
		if phraseStops[lw] || !capitals && word != lw {
			return "", false
		}
		ended := len(word) < len(w)
		if !ended {
			next, _ := nextWord(after, e)
			ended = ends(next)
		}
		if ended {
			return word, word == lw
		}
		i = e
	}
	return "", false
}

// castAfter reports whether a mention is the work whose cast the word after
// it names: "former Grange Hill actress", "the Quarbin Lane actor". The
// places and known names before such a word (a Hollywood actor) are
// decided before this is asked (see [Resolver.notEntity]).
func castAfter(text string, m *mention) bool {
	rest := text[m.End:]
	for _, w := range [...]string{" actress", " actor"} {
		if strings.HasPrefix(rest, w) {
			r := rest[len(w):]
			return r == "" || !isLowerASCII(r[0]) && !isUpper(r[0])
		}
	}
	return false
}
