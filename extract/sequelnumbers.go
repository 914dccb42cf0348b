package extract

import (
	"slices"
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds tail16v's sequel's number read in the article: a work
// or a product named with a number after its word, "Zorbit Quest 3 is out
// now", "the Lemmox 64 console", where the recognizer's span ends before
// the number and types the word an organization. A firm is not written
// with a small number after its name; a work's sequel and a maker's model
// are. tail10zq's [sequelWork] asks for a work's word in the sentence;
// this rule asks for one in the article ([sequelKinds]), and keeps bands
// and channels out by their sentence and their neighbours instead.

// sequelKinds are the words of an article about games, films and the
// machines and programs they run on: one of them in the article makes a
// name with a number after it a work or a product.
var sequelKinds = []string{"game", "games", "film", "films", "movie", "movies", "sequel", "console",
	"consoles", "videogame", "videogames", "software", "update"}

// sequelActWords are the words of a sentence about a band or a singer,
// or about a broadcaster's channel: "the band Tervo 5", "a Quarbin 3
// documentary". A band and a channel are organizations with a number in
// their names.
var sequelActWords = []string{"band", "bands", "group", "singer", "singers", "album", "albums", "single", "singles",
	"chart", "charts", "act", "acts", "artist", "artists", "gig", "channel", "channels", "station", "radio",
	"listeners", "documentary", "broadcast", "broadcaster", "tour"}

// sequelOutletWords are the words of a broadcaster's name, whose channels
// are numbered: "Quarbin Radio 2", "Lemmo TV 4".
var sequelOutletWords = names.Set{"bbc": true, "radio": true, "channel": true, "tv": true, "itv": true, "sky": true,
	"movies": true, "fm": true, "network": true, "news": true}

// sequelCountWords are the words a number counts, or that measure it,
// after a name, besides [countNouns]: "Quarbin 20 years ago", "Lemmox 5
// mln". The number is then no part of the name.
var sequelCountWords = names.Set{"year": true, "mln": true, "bn": true, "m": true, "cents": true, "dlrs": true,
	"shares": true, "mm": true, "of": true, "to": true, "or": true, "-": true}

// sequelNumbers makes a thing (MISC, no node) of each mention that
// [sequelInArticle] reads as a work's or a product's name before its
// number.
func sequelNumbers(a *article) {
	for i, m := range a.ms {
		if sequelInArticle(a, i) {
			m.typ, m.typed = Misc, true
		}
	}
}

// sequelInArticle reports whether the mention a.ms[i], a name of one to
// three words only the recognizer typed as an organization, stands right
// before a number of one or two digits from 2 to 99 that ends the phrase
// ("Zorbit Quest 3 is out", "the Lemmox 64 console", "Quarbin 2."), in an
// article with a word of games or films ([sequelKinds]). Left alone: a
// number a longer name goes on after ("Quarbin 6 Nations", a capital
// next), a number that counts or measures ([sequelCountWords]: "Quarbin
// 20 years ago"), a number of a decimal or a range ("Lemmox 2.5", "2-1"),
// "1" (a first channel, "Quarbin 1", as often as a model), a
// broadcaster's name ([sequelOutletWords]), a sentence about a band or a
// channel ([sequelActWords]) or of sport ([sportWords]), a name in a
// list next to a person's name ([sequelListNext]), and a name the article
// writes elsewhere with no number after it ([sequelNameAlone]).
func sequelInArticle(a *article, i int) bool {
	m := a.ms[i]
	text := a.text
	e := m.End
	if e+2 >= len(text) || e < 1 || text[e] != ' ' || !isDigit(text[e+1]) || m.typ != Org {
		return false // the cheap first question: nearly every name has no digit after it
	}
	j := e + 1
	for j < len(text) && isDigit(text[j]) {
		j++
	}
	if n := j - e - 1; n > 2 || text[e+1] == '0' || n == 1 && text[e+1] == '1' {
		return false
	}
	if j < len(text) {
		c := text[j]
		if !strings.ContainsRune(" ,.;:!?)]'\"\n", rune(c)) {
			return false
		}
		if strings.ContainsRune(",.:", rune(c)) && j+1 < len(text) && isDigit(text[j+1]) {
			return false // a decimal or a thousand: "Lemmox 2.5", "Quarbin 2,000"
		}
	}
	if m.ruled() || len(m.words) > 3 || m.acronym || numberedNames[last(m.words)] || slices.ContainsFunc(m.words, orgWord) {
		return false
	}
	for _, w := range m.words {
		if sequelOutletWords[w] {
			return false
		}
	}
	if w, _ := nextWord(text, j); w != "" && j < len(text) && text[j] == ' ' {
		if k := strings.ToLower(strings.TrimRight(w, ",.;:!?)'\"")); upperWord(w) || countNouns[k] || sequelCountWords[k] {
			return false
		}
	}
	if sequelListNext(a, i) || sequelNameAlone(a, m) {
		return false
	}
	from, to := sentenceAround(text, m.Start, e)
	if anyWordIn(strings.ToLower(text[from:to]), sequelActWords) || anyWordIn(text[from:to], sportWords) {
		return false
	}
	return anyWordIn(text, sequelKinds)
}

// sequelListNext reports whether a person's name stands right before or
// after the mention a.ms[i] in a list, joined by a comma or "and" ("Ann
// Vell, Tervo 5 and Tom Quarn" names acts, a band among them), or whether
// a number alone stands between it and the name before or after it, a
// line of results ("Quarbin Town 1 Lemmo City 3").
func sequelListNext(a *article, i int) bool {
	joined := func(gap string) bool {
		gap = strings.TrimSpace(gap)
		return gap == "," || gap == "and" || gap == ", and"
	}
	m := a.ms[i]
	if i > 0 {
		p := a.ms[i-1]
		if p.End <= m.Start && (p.typ == Person && joined(a.text[p.End:m.Start]) || resultGap(a.text[p.End:m.Start])) {
			return true
		}
	}
	if i+1 < len(a.ms) {
		n := a.ms[i+1]
		if n.Start >= m.End && resultGap(a.text[m.End:n.Start]) {
			return true
		}
		if n.typ == Person && n.Start >= m.End && n.Start-m.End < 12 {
			gap := strings.TrimLeft(a.text[m.End:n.Start], " 0123456789")
			return joined(gap)
		}
	}
	return false
}

// sequelNameAlone reports whether the article writes the mention's name
// elsewhere with no digit after it: "Quarbin said sales rose ... the
// Quarbin 64 console" names the maker alone, and the first work of a
// series is named so too ("Zorbit Quest and Zorbit Quest 2"); the name is
// then left to what its other mentions say.
func sequelNameAlone(a *article, m *mention) bool {
	for _, o := range a.ms {
		if o != m && o.key == m.key && !(o.End+1 < len(a.text) && a.text[o.End] == ' ' && isDigit(a.text[o.End+1])) {
			return true
		}
	}
	return false
}

// resultGap reports whether the text between two names is a number alone,
// maybe with a comma or a hyphen: the score between two sides of a line
// of results, " 1 ", " 2, ".
func resultGap(gap string) bool {
	if len(gap) > 12 || strings.IndexFunc(gap, func(r rune) bool { return r >= '0' && r <= '9' }) < 0 {
		return false
	}
	return strings.Trim(gap, " \n0123456789,-") == ""
}
