package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds the works that the phrase before them names by a part in
// them or by another work made from them: "her leading role in Tervane
// Road", "Ann Vell, star of Zorbit", "the sequel to Quarbin Lane", "an
// episode of Lunmark". The name is
// a work (MISC, no node), asked by [ownedThings].

// roleOwners stand before "role in" or "roles in" when the part is an
// actor's: "his role in", "her leading role in", "with roles in". "A key
// role in" and "a bigger role in" speak of a part in a body or a campaign.
var roleOwners = names.Set{"his": true, "her": true, "their": true, "lead": true, "leading": true,
	"supporting": true, "starring": true, "title": true, "latest": true, "cameo": true, "guest": true,
	"oscar-winning": true, "with": true, "onto": true}

// madeFrom are the two words before a work that another work is made from,
// or that a showing of it is: "sequel to", "remake of", "episode of", "film
// version of", "premiere of" (tail13c).
var madeFrom = [...][2]string{{"sequel", "to"}, {"prequel", "to"}, {"remake", "of"}, {"episode", "of"},
	{"episodes", "of"}, {"version", "of"}, {"premiere", "of"}}

// versionKinds stand before "version of" when the version is a work made
// from a work: "the film version of", "a stage version of". "A version of
// the drug" or "the latest version of" a program are no cue.
var versionKinds = names.Set{"film": true, "movie": true, "stage": true, "screen": true, "musical": true}

// kindNext are the nouns after a name that make the name the maker or the
// place of the work the phrase speaks of: "a sequel to Ann Vell comedy",
// "a remake of Hollywood classic", "an episode of Lunmark sketch show".
var kindNext = names.Set{"comedy": true, "musical": true, "classic": true, "sketch": true, "series": true,
	"programme": true, "film": true, "movie": true, "drama": true, "show": true, "novel": true, "opera": true,
	"television": true, "tv": true, "book": true, "game": true, "cartoon": true, "sitcom": true, "soap": true}

// workPhraseBefore reports whether the words before a mention make it a
// work: an actor's part in it ([roleOwners] and "role in", or ", star of"
// after a name), or another work made from it ([madeFrom]). A name with a possessive after it
// ("her role in Ann Vell's film") or a kind of work ([kindNext]) is the
// maker's.
func workPhraseBefore(text string, m *mention) bool {
	p, ps := wordBeforeTitle(text, m.Start) // tail15l: "a remake of The Zorbit Tops"
	if p != "in" && p != "to" && p != "of" {
		return false // the usual case, decided at once
	}
	q, qs := prevWordFast(text, ps)
	if !roleIn(text, p, q, qs) && !madeFromCue(text, p, q, qs) && !starOf(text, p, q, qs) {
		return false
	}
	if possessiveAt(text, m.End) || pluralPossessive(text, m) {
		return false
	}
	next, _ := nextWord(text, m.End)
	return !kindNext[next]
}

// pluralPossessive reports whether a name that ends in "s" has a bare
// apostrophe after it: "Ann Rees' film".
func pluralPossessive(text string, m *mention) bool {
	rest := text[m.End:]
	return strings.HasSuffix(m.Name, "s") && (strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "’"))
}

// roleIn reports whether p and q, the words before a name, are "in" and
// "role" or "roles" that an actor's word of [roleOwners] opens; qs is
// where q begins.
func roleIn(text, p, q string, qs int) bool {
	if p != "in" || q != "role" && q != "roles" {
		return false
	}
	r, _ := prevWordFast(text, qs)
	return roleOwners[strings.ToLower(r)]
}

// starOf reports whether p and q, the words before a name, are "of" and
// "star" in an apposition after a person's name: "Ann Vell, star of
// Tervane Road". "The star of" may be a team's ("the star of Team Quarb").
func starOf(text, p, q string, qs int) bool {
	if p != "of" || q != "star" {
		return false
	}
	r, _ := prevWordFast(text, qs)
	return len(r) > 1 && strings.HasSuffix(r, ",") && upperWord(r)
}

// madeFromCue reports whether p and q, the words before a name, are a
// phrase of [madeFrom]; "version of" only after a kind of [versionKinds].
func madeFromCue(text, p, q string, qs int) bool {
	for _, w := range madeFrom {
		if q == w[0] && p == w[1] {
			if q != "version" {
				return true
			}
			r, _ := prevWordFast(text, qs)
			return versionKinds[strings.ToLower(r)]
		}
	}
	return false
}
