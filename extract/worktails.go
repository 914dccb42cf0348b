package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds the cues after a name that make it a work or a piece of
// software whatever the recognizer typed it: the kind of work after a
// person's possessive pronoun ("his Zorbit Nights single"), the words of
// a film or game series after the name ("the Zorbit Wars films", "the
// Zorbit franchise") and a browser's word ("the Zorbit browser"). They
// are asked by [ownedThings], so that the article's other mentions of the
// name go with the one the cue shows.

// pronounWorks are the kinds of work that follow a work's name after
// "his", "her" or "their": "his Lemmo Nights single", "their Zorbit Days
// album". "Game", "show" and "play" are left out: "their Tervane game"
// is a match, "his BBC show" a broadcaster's.
var pronounWorks = names.Set{"single": true, "album": true, "film": true, "movie": true, "novel": true,
	"song": true, "track": true, "documentary": true, "sitcom": true, "musical": true, "ep": true,
	"biopic": true, "series": true, "book": true, "memoir": true, "opera": true}

// seriesNouns follow the name of a work that has instalments: "the
// Zorbit Wars films", "a third Zorbit film"'s plural, "the Zorbit
// franchise", "the Zorbit sequel". A singular "film" or "game" is left
// out: "the Quarbin film festival", "the Tervane game" (a match), "a
// Quarbin film" (a studio's).
var seriesNouns = names.Set{"films": true, "movies": true, "franchise": true, "sequel": true, "sequels": true,
	"trilogy": true, "series": true, "prequel": true, "spin-off": true}

// seriesNotAfter are the words after a series noun that make the name a
// maker's, a festival's or a sport's rather than the work's: "the
// Quarbin films festival", "the Tervane series opener".
var seriesNotAfter = names.Set{"festival": true, "festivals": true, "award": true, "awards": true, "industry": true,
	"studio": true, "studios": true, "company": true, "companies": true, "unit": true, "division": true,
	"maker": true, "makers": true, "distributor": true, "rights": true, "business": true, "opener": true,
	"decider": true, "win": true, "victory": true, "defeat": true, "title": true, "lead": true}

// browserWords are the software that follows its name without an owner:
// "the Zorbit browser", "the Zorbit 1.0 web browser", "the Zorbit
// operating system".
var browserWords = names.Set{"browser": true, "browsers": true}

// workKindAfter reports whether the words after a mention make it a work
// or a piece of software: a series' noun ([seriesNouns]) after a name
// typed as an organization or a place, a kind of work after "his", "her"
// or "their" ([pronounWorks]), or a browser's word after a name typed as
// a person or a place, maybe with a version number and "web" between
// ([browserAfter]; "the search giant Quarbin ... the Quarbin browser" is
// the firm's). A name of an organization's words, a place, a region, a
// demonym, a country or a well-known name ([thingName]) is left alone,
// and so are an acronym typed as an organization before a series' noun
// ("the QBC series" is a broadcaster's), a name the recognizer took for a
// person there ("the Ann Rigby films" are hers) and the second team of a
// fixture ("the Lemmo Sox-Tervane series").
func workKindAfter(text string, m *mention) bool {
	if m.canon != "" || m.forced != "" || m.agency >= 0 || m.country >= 0 || len(m.words) == 0 || len(m.words) > 5 ||
		m.End >= len(text) || text[m.End] != ' ' && text[m.End] != ':' {
		return false
	}
	if m.typ != Org && m.typ != Person && m.typ != Location {
		return false
	}
	if text[m.End] == ':' {
		return subtitleAfter(text, m) && thingName(m, m.words)
	}
	next, ne := nextWord(text, m.End)
	k := strings.TrimRight(next, ",.;:")
	switch {
	case seriesNouns[k] && m.typ != Person && (m.typ != Org || !upperLetters(m.Name)) && (m.Start == 0 || text[m.Start-1] != '-'):
		if k == next {
			if after, _ := nextWord(text, ne); seriesNotAfter[strings.TrimRight(after, ",.;:")] {
				return false
			}
		}
	case pronounWorks[k]:
		p, _ := prevWordFast(text, m.Start)
		if p != "his" && p != "her" && p != "their" && p != "His" && p != "Her" && p != "Their" {
			return false
		}
	case m.typ == Org || !browserAfter(text, m.End):
		return false
	}
	return thingName(m, m.words)
}

// browserAfter reports whether a browser's word ([browserWords]) follows
// the name that ends at i: right after it, or after a version number
// ("Zorbit 1.0 browser") and "web" ("the Zorbit web browser").
func browserAfter(text string, i int) bool {
	w, we := nextWord(text, i)
	if w != "" && isDigit(w[0]) && strings.Trim(w, "0123456789.") == "" {
		w, we = nextWord(text, we)
	}
	if w == "web" || w == "internet" || w == "net" {
		w, _ = nextWord(text, we)
	}
	return browserWords[strings.TrimRight(w, ",.;:")]
}

// subtitleNot are the capitalized words after a colon that open a clause
// rather than a work's subtitle: "things are looking up for Tervane:
// Because of the rain ...". "The" opens subtitles ("Zorbit Wars: The
// Lemmo Menace") and is not among them.
var subtitleNot = names.Set{"because": true, "but": true, "and": true, "it": true, "he": true, "she": true,
	"they": true, "we": true, "i": true, "in": true, "if": true, "so": true, "this": true, "that": true,
	"there": true, "what": true, "when": true, "a": true, "an": true, "its": true, "his": true, "her": true}

// subtitleAfter reports whether a name typed as an organization or a
// place is a work's title before its subtitle: a colon right after it and
// a capitalized word that opens no clause ([subtitleNot]) after that,
// inside a sentence, after a lower-case word ("to scrap Zorbit Trek:
// Lemmo", "the game Quarbin Wars: Battlefield"). A team sheet ("...
// Rigby. Tervane United: Okafor, Lemmo") and a critic's paper ("- Ann
// Rigby, The Quarbin Times: Film - ...") have punctuation or a capital
// before the name, and a headline ("Quarbin boss: Sales will grow") is
// written in the title, which has no lower-case word before its first name.
func subtitleAfter(text string, m *mention) bool {
	if m.typ == Person || m.headline || m.End+3 >= len(text) || text[m.End+1] != ' ' {
		return false
	}
	p, ps := prevWordFast(text, m.Start)
	if p == "" || text[ps+len(p):m.Start] != " " {
		return false // a dateline after the title's line: "THE HAGUE: ..."
	}
	for i := 0; i < len(p); i++ {
		if !isLowerASCII(p[i]) {
			return false
		}
	}
	w, _ := nextWord(text, m.End+1)
	return len(w) >= 2 && 'A' <= w[0] && w[0] <= 'Z' && isLowerASCII(w[1]) && !subtitleNot[strings.ToLower(strings.TrimRight(w, ",.;:"))]
}
