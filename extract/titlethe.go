package extract

import (
	"slices"
	"strings"
)

// This file (tail10zv) holds cues by which a name the recognizer typed as
// an entity is a work's title (MISC, no node), asked by
// [Resolver.notEntity] through [titleByShape]: a kind cue of the older
// rules with the title's own capitalized "The" between it and the name
// ("its popular game The Zorbs", "games such as The Zorbs"), a possessive
// before a count written as the title's number ("Quarn's Eleven",
// "displacing Quarn's 12."), and an indefinite pronoun's possessive before
// the name ("Someone's Lemmox Tune").

// titleByShape reports whether one of this file's cues makes a mention a
// work.
func titleByShape(text string, m *mention) bool {
	return theBeforeWork(text, m) || possessiveCountTitle(text, m) || pronounPossessiveTitle(text, m)
}

// theBeforeWork reports whether a capitalized "The" inside a sentence
// stands right before a mention and the older cues of a work's kind
// ([kindWorkBefore], [workList]) take the mention read from that "The",
// or a series' noun or "games" follows it: "its popular game The Zorbs",
// "games such as The Zorbs and others", "the best-selling The Zorbs
// games". The
// recognizer leaves "The" out of the name, and the cues, which read the
// word before the name, found "The" there and stopped.
func theBeforeWork(text string, m *mention) bool {
	p, ps := prevWordFast(text, m.Start)
	if p != "The" {
		return false // the usual case, decided at once
	}
	if ps == 0 || text[ps-1] == '\n' || slices.ContainsFunc(m.words, orgWord) {
		return false // a line's opening "The"; a firm's name ("The Tervane Pictures Corp films")
	}
	if q, _ := prevWordFast(text, ps); q == "" || strings.HasSuffix(q, ".") || strings.HasSuffix(q, "!") ||
		strings.HasSuffix(q, "?") || strings.HasSuffix(q, `"`) || strings.HasSuffix(q, ":") {
		return false // "The" opens the sentence or a quotation
	}
	if n, _ := nextWord(text, m.End); n != "" && (seriesNouns[strings.TrimRight(n, ",.;:")] || strings.TrimRight(n, ",.;:") == "games") {
		return true // "the best-selling The Zorbs games"
	}
	wide := *m
	wide.Start = ps
	return kindWorkBefore(text, &wide) || workList(text, &wide)
}

// titleCounts are the numbers written in words that a film's title counts
// by after a possessive: "Quarn's Eleven", "Quarn's Twelve". Smaller ones
// count things too often ("Nesbit's Five Children" is a book by Nesbit).
var titleCounts = map[string]bool{"Eleven": true, "Twelve": true, "Thirteen": true, "Fourteen": true,
	"Fifteen": true, "Sixteen": true, "Seventeen": true, "Eighteen": true, "Nineteen": true, "Twenty": true}

// possessiveCountTitle reports whether a one-word name the recognizer took
// for a person is the first word of a title that ends in a count after its
// possessive: "Quarn's Eleven", or a number of one or two digits that ends
// its clause, "displacing Quarn's 12." A person's possessive before a
// number goes on to what it counts ("Ann Vell's 12 goals") or to a decimal
// ("Quarn's 12.5%").
func possessiveCountTitle(text string, m *mention) bool {
	if m.typ != Person || len(m.words) != 1 {
		return false
	}
	rest, ok := strings.CutPrefix(text[m.End:], "'s ")
	if !ok {
		return false // the usual case, decided at once
	}
	w, _ := nextWord(rest, 0)
	if titleCounts[strings.TrimRight(w, ",.;:")] {
		return true
	}
	n := 0
	for n < len(rest) && n < 3 && isDigit(rest[n]) {
		n++
	}
	if n == 0 || n > 2 {
		return false
	}
	after := rest[n:]
	return after == "" || after == "." || strings.HasPrefix(after, ". ") || strings.HasPrefix(after, ".\n") ||
		strings.HasPrefix(after, ", ")
}

// pronounPossessives are the indefinite pronouns that, capitalized with a
// possessive inside a sentence, begin a title: "Someone's Lemmox Tune".
var pronounPossessives = map[string]bool{"Something's": true, "Somebody's": true, "Someone's": true,
	"Nobody's": true, "Nothing's": true, "Everybody's": true, "Everyone's": true, "Anybody's": true,
	"Anyone's": true}

// pronounPossessiveTitle reports whether a capitalized indefinite
// pronoun's possessive stands right before a mention inside a sentence:
// the two are one title ("seen in Something's Lemmox Tune"), and the
// recognizer kept only the words after the pronoun.
func pronounPossessiveTitle(text string, m *mention) bool {
	p, ps := prevWordFast(text, m.Start)
	if !pronounPossessives[p] {
		return false
	}
	q, _ := prevWordFast(text, ps)
	return q != "" && !strings.ContainsAny(q[len(q)-1:], `.!?"`)
}
