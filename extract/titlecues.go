package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds two cues of a work's title that the recognizer cut or
// typed as an entity (the family of kindworks.go, asked by
// [ownedThings]): a capitalized possessive pronoun inside a sentence that
// begins the title ("Ann Vell's His Quarbin Years", the span left
// "Quarbin Years"), and a genre before "hit" ("the country hit Zorbit
// Nights"). The name is a work (MISC, no node) in every mention of its
// article.

// titlePronouns begin a title when capitalized inside a sentence: "His
// Quarbin Years", "My Tervane Summer".
var titlePronouns = names.Set{"His": true, "Her": true, "My": true, "Our": true, "Their": true, "Your": true}

// pronounTitle reports whether a name follows a capitalized possessive
// pronoun ([titlePronouns]) that does not begin a sentence: the pronoun is
// the first word of a title the span lost ("Tervane's His Quarbin Years",
// "(His Quarbin Years and ...)", "a His Quarbin Years fans' site"). A
// pronoun after a period, a quote or a line's start begins a sentence
// ("... awards. His Tervane nominations").
func pronounTitle(text string, m *mention) bool {
	if m.Start < 4 || text[m.Start-1] != ' ' || !strings.ContainsRune("sry", rune(text[m.Start-2])) {
		return false // cheap: every pronoun ends in "s", "r" or "y"
	}
	return pronounBefore(text, m)
}

// pronounBefore is [pronounTitle] past its cheap test.
func pronounBefore(text string, m *mention) bool {
	if !workTyped(m) {
		return false
	}
	p, ps := prevWordFast(text, m.Start)
	p = strings.TrimLeft(p, "(")
	if !titlePronouns[p] || sentenceStart(text, ps) || ps > 0 && text[ps-1] == '\'' {
		return false
	}
	return thingName(m, m.words)
}

// workTyped reports whether a mention is an entity no table or user
// settled, of a type a work may be mistaken for.
func workTyped(m *mention) bool {
	return (m.typ == Org || m.typ == Person || m.typ == Location) && m.canon == "" && m.forced == "" && m.agency < 0 &&
		m.country < 0 && len(m.words) > 0 && len(m.words) <= 5
}

// hitGenres are the genres and media written before "hit" that make it a
// noun, a successful work: "the country hit", "cartoon hit".
var hitGenres = names.Set{"country": true, "pop": true, "rock": true, "dance": true, "soul": true, "disco": true,
	"rap": true, "reggae": true, "punk": true, "indie": true, "novelty": true, "chart": true, "cartoon": true,
	"comedy": true, "sitcom": true, "film": true, "movie": true, "musical": true, "stage": true, "summer": true,
	"smash": true, "surprise": true, "cult": true, "box-office": true, "number-one": true, "hip-hop": true}

// genreHit reports whether a name follows "hit" with a genre before it
// ([hitGenres]): "the country hit Zorbit Nights", "cartoon hit The
// Quarbins". Without a genre "hit" is as often a verb ("prices hit
// Quarbin's profits"), left.
func genreHit(text string, m *mention) bool {
	if m.Start < 4 || !strings.HasSuffix(text[:m.Start], "hit ") || !workTyped(m) {
		return false
	}
	p, ps := prevWordFast(text, m.Start)
	if p != "hit" {
		return false
	}
	g, _ := prevWordFast(text, ps)
	return hitGenres[g] && thingName(m, m.words)
}

// insideThing reports whether a mention is the last words of a thing's
// name written whole around it ([ownedThings]' keys): "Fire" of a
// headline's "Zorbit of Fire hit", cut by the recognizer, when the
// article shows "Zorbit of Fire" a work.
func insideThing(text string, m *mention, things []string) bool {
	for _, k := range things {
		s := m.End - len(k)
		if len(k) > len(m.key) && s >= 0 && strings.HasSuffix(k, " "+m.key) && strings.EqualFold(text[s:m.End], k) {
			return true
		}
	}
	return false
}

// hitsList reports whether a name stands in a list of two titles or more
// after "hits" with a genre or a medium before it: "box office hits
// Zorbit, Quarbin Girls and Lemmo Love", "film and TV hits Day of the
// Tervo and Lemmo". Back to "hits" only capitalized words, commas and the
// small words of titles ([titleWords]) stand. Without a genre "hits" is
// as often a verb ("Weak sales hits Quarbin"), left.
func hitsList(text string, m *mention) bool {
	if !workTyped(m) {
		return false
	}
	listed := strings.HasPrefix(text[m.End:], ",") || strings.HasPrefix(text[m.End:], " and ")
	i := m.Start
	for n := 0; n < 16; n++ {
		w, ws := prevWordFast(text, i)
		switch {
		case w == "hits":
			return listed && genreBefore(text, ws) && thingName(m, m.words)
		case w == "" || strings.ContainsAny(strings.TrimSuffix(w, ","), ".;:()\"!"):
			return false
		case titleWords[strings.ToLower(strings.TrimSuffix(w, ","))] || upperWord(w):
			listed = listed || w == "and" || strings.HasSuffix(w, ",")
			i = ws
		default:
			return false
		}
	}
	return false
}

// genreBefore reports whether the word before i is a genre or a medium
// of [hitGenres], "TV", or "office" of "box office".
func genreBefore(text string, i int) bool {
	g, gs := prevWordFast(text, i)
	if g == "office" {
		b, _ := prevWordFast(text, gs)
		return b == "box"
	}
	return hitGenres[g] || g == "TV"
}
