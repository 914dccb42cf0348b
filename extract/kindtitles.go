package extract

import (
	"slices"
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds more cues by which a name the recognizer typed as an
// entity is a work or a product (MISC, no node), asked by
// [Resolver.notEntity] through [kindTitle]: a kind of show or game
// written as two words before it ("the video game Zorbit 2", "a quiz show
// The Lemmox Hour"), a sequel's number after it with a work's word in its
// sentence or a maker before it ("the director behind Zorbit 3"), a year's
// possessive before it ("1911's Quarbin Nights"), "The" after a writer's
// possessive or a colon before a title with "of" ("Ann Vell's The Lives of
// Quarbin"), and a kind of work with a comma before it ("a revue, Lemmox,
// and").

// kindTitle reports whether one of this file's cues makes a mention a work.
func kindTitle(text string, m *mention) bool {
	return compoundKindBefore(text, m) || sequelWork(text, m) || yearPossessiveWork(text, m) ||
		theTitleAfterOwner(text, m) || kindCommaBefore(text, m)
}

// compoundKinds are the kind nouns of works that a lower-case word before
// them makes a work's kind, with those words: "video game", "boxing show".
// Alone, "game" and "show" are a match's and a verb too ("the game
// Arsenal won", "polls show Ann Vell ahead").
var compoundKinds = map[string]names.Set{
	"game": {"video": true, "computer": true, "console": true, "arcade": true, "online": true},
	"show": {"boxing": true, "quiz": true, "talk": true, "chat": true, "game": true, "reality": true,
		"cookery": true, "variety": true, "panel": true, "dating": true, "breakfast": true},
}

// compoundKindBefore reports whether a two-word kind of work
// ([compoundKinds]) stands right before a mention, maybe with the title's
// own capitalized "The" between: "Tervane's video game Zorbit 2", "the
// quiz show The Lemmox Hour".
func compoundKindBefore(text string, m *mention) bool {
	p, ps := prevWordFast(text, m.Start)
	if p == "The" {
		p, ps = prevWordFast(text, ps)
	}
	mods := compoundKinds[p]
	if mods == nil {
		return false // the usual case, decided at once
	}
	q, _ := prevWordFast(text, ps)
	return mods[strings.ToLower(q)] && !slices.ContainsFunc(m.words, orgWord)
}

// sequelWords are the words of a sentence that speak of a work when a name
// in it has a sequel's number: "Zorbit 2 broke video game records", "the
// sequel, Zorbit 2", "titles such as Zorbit 2".
var sequelWords = names.Set{"game": true, "games": true, "film": true, "films": true, "movie": true,
	"movies": true, "sequel": true, "sequels": true, "titles": true, "shooter": true,
	"franchise": true, "gamers": true}

// makerNouns name the maker of a work before "behind" or "of": "the
// director behind Zorbit 3", "the creator of Zorbit 2".
var makerNouns = names.Set{"director": true, "directors": true, "creator": true, "creators": true,
	"maker": true, "makers": true, "producer": true, "producers": true, "writer": true, "author": true,
	"developer": true, "developers": true}

// numberedNames end names whose number is no sequel's: "Radio 2", "Channel
// 4", "Formula 1".
var numberedNames = names.Set{"radio": true, "channel": true, "formula": true, "bbc": true, "itv": true,
	"sky": true, "s4c": true, "unit": true, "group": true, "phase": true, "page": true, "division": true,
	"league": true, "level": true, "class": true, "section": true, "stage": true, "round": true}

// sequelWork reports whether a mention is a work by the sequel's number
// after it ([sequelNumber]) and a maker's noun and "behind" or "of" before
// it ([makerNouns]: "the director behind Zorbit 3"), or a work's word in
// its sentence ([sequelWords]), or beside another sequel in a list
// ([sequelListed]). A name whose number is no sequel's
// ([numberedNames]) or with an organization's word is left.
func sequelWork(text string, m *mention) bool {
	if !sequelNumber(text, m.End) || numberedNames[last(m.words)] || slices.ContainsFunc(m.words, orgWord) {
		return false
	}
	if p, ps := prevWordFast(text, m.Start); p == "behind" || p == "of" {
		if q, _ := prevWordFast(text, ps); makerNouns[strings.ToLower(q)] {
			return true
		}
	}
	if sequelListed(text, m) {
		return true
	}
	s, e := sentenceAround(text, m.Start, m.End)
	for _, w := range strings.FieldsFunc(text[s:e], func(r rune) bool { return r == ' ' || r == '\n' || r == ',' }) {
		if sequelWords[strings.ToLower(strings.Trim(w, `"'.;:()!?`))] {
			return true
		}
	}
	return false
}

// sequelNumber reports whether a sequel's number follows at i: a space,
// one digit from 2 to 9, then the end of the text, a space or punctuation
// that ends no score or figure, and no capitalized word ("Zorbit 2 sold",
// "Zorbit 2." but not "Zorbit 2-1", "Zorbit 2.5", "Zorbit 4 Justice"), and no
// noun a number counts ([countNouns]: "Zorbit 3 games behind").
func sequelNumber(text string, i int) bool {
	if i+2 > len(text) || text[i] != ' ' || text[i+1] < '2' || text[i+1] > '9' {
		return false
	}
	rest := text[i+2:]
	if rest == "" {
		return true
	}
	switch rest[0] {
	case ' ', '\n':
		next, _ := nextWord(text, i+2)
		return next == "" || !upperWord(next) && !isDigit(next[0]) && !countNouns[strings.TrimRight(next, ",.;:")]
	case '.', ',', ';', ':', ')', '"', '!', '?', '\'':
		return len(rest) == 1 || !isDigit(rest[1])
	}
	return false
}

// countNouns follow a number that counts them, no sequel's: "the Tervane
// Sox 3 games behind", "Quarbin 2 points clear".
var countNouns = names.Set{"games": true, "points": true, "goals": true, "runs": true, "wins": true,
	"losses": true, "shots": true, "strokes": true, "laps": true, "seconds": true, "minutes": true,
	"hours": true, "days": true, "weeks": true, "months": true, "years": true, "times": true,
	"percent": true, "pct": true, "per": true, "million": true, "billion": true, "ahead": true,
	"behind": true, "clear": true}

// sequelListed reports whether a mention with a sequel's number stands in
// a list beside another capitalized name with one: "Zorbit 2 and Lemmox
// 3", "Vardo 3, Zorbit 2 and Lemmox 2". Two names numbered so side by side
// are sequels, not a band's or a station's name.
func sequelListed(text string, m *mention) bool {
	p, ps := prevWordFast(text, m.Start)
	if p == "and" {
		p, ps = prevWordFast(text, ps)
	} else if !strings.HasSuffix(p, ",") {
		p = ""
	}
	if n := strings.TrimSuffix(p, ","); len(n) == 1 && n[0] >= '2' && n[0] <= '9' {
		if q, _ := prevWordFast(text, ps); upperWord(q) {
			return true
		}
	}
	rest := text[m.End+2:]
	i := len(text) - len(rest)
	switch {
	case strings.HasPrefix(rest, " and "):
		i += len(" and")
	case strings.HasPrefix(rest, ", "):
		i++
	default:
		return false
	}
	for n := 0; n < 4; n++ {
		w, we := nextWord(text, i)
		if n > 0 && sequelNumber(text, i) {
			return true
		}
		if !upperWord(w) {
			return false
		}
		i = we
	}
	return false
}

// sentenceAround returns the bounds of the sentence that holds [s, e): from
// after the last full stop, question or exclamation mark or line break
// before s to the next one after e.
func sentenceAround(text string, s, e int) (int, int) {
	from := strings.LastIndexAny(text[:s], ".?!\n") + 1
	to := strings.IndexAny(text[e:], ".?!\n")
	if to < 0 {
		return from, len(text)
	}
	return from, e + to
}

// yearPossessiveWork reports whether a year's possessive stands right
// before a mention: "1911's Quarbin Nights", "the author of 1790's Lemmox
// Letters". A year owns works and events, not entities.
func yearPossessiveWork(text string, m *mention) bool {
	if m.Start < 8 || !lineGap(text, m.Start-1) || text[m.Start-2] != 's' {
		return false // the usual case, decided at once
	}
	p, _ := prevWordFast(text, m.Start)
	y, ok := strings.CutSuffix(p, "'s")
	if !ok {
		y, ok = strings.CutSuffix(p, "’s")
	}
	return ok && len(y) == 4 && (strings.HasPrefix(y, "1") || strings.HasPrefix(y, "20")) &&
		strings.Trim(y, "0123456789") == ""
}

// theTitleAfterOwner reports whether a mention with "of" and no
// organization's word follows a capitalized "The" that a possessive of a
// name or a colon stands before: "Ann Vell's The Lives of Quarbin", "Far
// Hills: The Life of Ann Vell". The title's "The" after its writer's or
// its main title's words begins a work's title, whatever type the
// recognizer gave the rest.
func theTitleAfterOwner(text string, m *mention) bool {
	p, ps := prevWordFast(text, m.Start)
	if p != "The" || !slices.Contains(m.words, "of") || slices.ContainsFunc(m.words, orgWord) {
		return false
	}
	q, _ := prevWordFast(text, ps)
	return possessiveEnd(q) && upperWord(q) || strings.HasSuffix(q, ":") && len(q) > 1
}

// commaKinds are the kinds of work a comma after which names the work:
// "appearing in a revue, Lemmox, and", "his biography, Far Hills,".
var commaKinds = names.Set{"revue": true, "biography": true, "memoir": true, "novel": true, "sitcom": true,
	"musical": true, "documentary": true, "pantomime": true, "opera": true, "operetta": true}

// kindCommaBefore reports whether a mention that is no person's follows a
// kind of work ([commaKinds]) after an article or a possessive pronoun,
// and a comma, and is followed by a comma or a full stop: "in a revue,
// Lemmox, and". "The director of the documentary, Ann Vell, said" names
// a person, left.
func kindCommaBefore(text string, m *mention) bool {
	if m.typ == Person || m.Start < 3 || text[m.Start-2] != ',' || m.End >= len(text) ||
		text[m.End] != ',' && text[m.End] != '.' {
		return false
	}
	k, ks := prevWordFast(text, m.Start)
	if !commaKinds[strings.TrimSuffix(k, ",")] {
		return false
	}
	d, _ := prevWordFast(text, ks)
	return workDeterminers[strings.ToLower(d)] && !slices.ContainsFunc(m.words, orgWord)
}
