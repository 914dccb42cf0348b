package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// votedBestVerbs open the passive of a prize's vote or a jury's choice
// right after a name: "Lemmo Nights was voted best film", "Zorbit was
// named the best song".
var votedBestVerbs = [...]string{" was ", " were ", " is ", " has been ", " had been "}

// votedBestChoices are the participles of a vote or a jury's choice.
var votedBestChoices = names.Set{"voted": true, "named": true, "crowned": true, "judged": true, "chosen": true,
	"declared": true}

// votedBestKinds are the kinds of a work a vote names best: "best comedy
// film", "the best song of the year", "best new play".
var votedBestKinds = names.Set{"film": true, "films": true, "movie": true, "picture": true, "comedy": true,
	"drama": true, "documentary": true, "song": true, "single": true, "album": true, "record": true,
	"musical": true, "play": true, "show": true, "series": true, "programme": true, "program": true,
	"sitcom": true, "soap": true, "game": true, "novel": true, "book": true, "screenplay": true, "video": true}

// votedBestPeople are words after a kind of [votedBestKinds] that make the
// prize a person's or a body's, not a work's: "best musical actress",
// "best film studio", "best comedy act", "best drama team".
var votedBestPeople = names.Set{"actor": true, "actress": true, "director": true, "act": true, "artist": true,
	"artists": true, "band": true, "group": true, "writer": true, "writers": true, "newcomer": true,
	"performer": true, "presenter": true, "producer": true, "producers": true, "studio": true, "company": true,
	"maker": true, "makers": true, "label": true, "channel": true, "station": true, "network": true, "team": true,
	"star": true, "duo": true, "host": true, "critic": true, "reviewer": true, "website": true, "publisher": true,
	"male": true, "female": true, "composer": true, "singer": true, "player": true}

// votedBestWork reports whether a name the recognizer typed as an entity
// is a work by a vote or a jury's choice of the best of a work's kind
// right after it: "Lemmo Nights was voted best comedy film", "Zorbit has
// been named the best song of the year" ([votedBestVerbs],
// [votedBestChoices], then up to three lower-case words after "best" that
// hold a kind of work, [votedBestKinds]). A firm or a person is voted best
// employer, best actor or best film studio ([votedBestPeople] after the
// kind, or before it: "best musical actress"); a person's name of two
// words or more, or with a title, is left ("Ann Vell was named best new
// play's star"), and so is a name right after "by" ("Zorbit Nights by Ann
// Vell has been named best new play": the maker, not the work), a place,
// a country or a well-known name ([thingNameWords]). An organization's word
// in the name is not asked: the vote is the cue ("Quarbin School of Jazz
// was voted best comedy film" names a film). [bestWork] (tail11w) reads a
// win's verb before "best" and a category only a work wins; this rule
// reads the passive of a vote, where the name is the thing chosen, so a
// song, an album, a play, a book and a game are read too. Called beside
// [bestWork] in [ownedThings], a work so found keeps its possessive
// ("Lemmo Skies's writer").
func votedBestWork(text string, m *mention) bool {
	rest := text[m.End:]
	if len(rest) < 16 || rest[0] != ' ' || !strings.Contains(rest[:min(len(rest), 40)], " best ") {
		return false // the cheap first question
	}
	if m.typ != Org && m.typ != Person && m.typ != Location || m.canon != "" || m.forced != "" || m.agency >= 0 ||
		m.country >= 0 || len(m.words) == 0 || len(m.words) > 6 || m.typ == Person && (len(m.words) > 1 || m.Title != "") {
		return false
	}
	if !votedBestAt(rest) {
		return false
	}
	if p, _ := prevWordFast(text, m.Start); p == "by" || p == "By" {
		return false
	}
	return thingNameWords(m, m.words)
}

// votedBestAt reports whether rest, the text right after a name, opens
// with a verb of [votedBestVerbs], a choice of [votedBestChoices], "best"
// (or "the best") and a kind of work within three lower-case words.
func votedBestAt(rest string) bool {
	i := -1
	for _, v := range votedBestVerbs {
		if strings.HasPrefix(rest, v) {
			i = len(v)
			break
		}
	}
	if i < 0 {
		return false
	}
	w, i := nextWord(rest, i)
	if !votedBestChoices[w] {
		return false
	}
	w, i = nextWord(rest, i)
	if w == "the" {
		w, i = nextWord(rest, i)
	}
	if w != "best" {
		return false
	}
	for n := 0; n < 3; n++ {
		var raw string
		raw, i = nextWord(rest, i)
		w = strings.TrimRight(raw, ",.;:!?\"'")
		if !lowerWord(w) || votedBestPeople[w] {
			return false
		}
		if votedBestKinds[w] {
			if w != raw {
				return true // the phrase ends at the kind
			}
			next, _ := nextWord(rest, i)
			return !votedBestPeople[strings.TrimRight(next, ",.;:!?\"'")]
		}
		if w != raw {
			return false
		}
	}
	return false
}
