package extract

import (
	"slices"
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
		m.End >= len(text) || !lineGap(text, m.End) && text[m.End] != ':' {
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

// titleJoins are the small words that join the capitalized words of a
// work's title inside it: "Hide and Seek", "Return of the Mack", "Tom &
// Lemmo".
var titleJoins = names.Set{"and": true, "of": true, "the": true, "&": true}

// titleOpeners begin a title that is a question or a phrase, with no name
// of its own: "What's" of "What's Eating Ann Rigby", "Who Framed Lemmo".
var titleOpeners = names.Set{"what's": true, "what": true, "who": true, "whose": true, "how": true, "why": true,
	"where": true, "when": true, "the": true, "a": true}

// titlePlatforms are the broadcasters and consoles a programme or a game
// is "on" right after its title: "Zorbit Nights on BBC Three", "Lemmo and
// Quarbin on PS2" ([channelNames] and the consoles).
var titlePlatforms = append(channelNames[:len(channelNames):len(channelNames)], "PS2", "PS3", "PlayStation", "Xbox",
	"GameCube", "PSP", "Nintendo DS", "N-Gage")

// titleWord reports whether w, a word with no punctuation, may stand in a
// work's title written in Title Case: a capitalized word or a number.
func titleWord(w string) bool {
	return w != "" && (upperWord(w) || isDigit(w[0]) && strings.Trim(w, "0123456789") == "") && !strings.ContainsAny(w, `,.;:!?"()[]`)
}

// titleRun returns the bounds of the title in Title Case around a mention:
// the capitalized words and numbers on its line right before and after
// it, with the small words of [titleJoins] between them ("Ann Rigby and
// Lemmo Show", "What's Eating Ann Rigby"). The run stops at punctuation,
// at a possessive right after the mention ("Quarbin's Lemmo Show" is the
// firm's) and at "and" before "the" or "a" ("Quarbin and the Lemmo Show":
// two phrases). left reports whether the words before the mention hold a
// join or open a title ([titleOpeners]) only: a plain name right before it
// is another name ("the film Zorbit Ann Rigby starred in").
func titleRun(text string, m *mention) (rs, re int, left bool) {
	rs, left = titleStart(text, m)
	if m.End < len(text) && text[m.End] != ' ' {
		return rs, m.End, left
	}
	return rs, titleEnd(text, m.End), left
}

// titleStart returns where the title around a mention begins, and whether
// the words before the mention hold a join or open a title ([titleRun]).
func titleStart(text string, m *mention) (rs int, left bool) {
	rs = m.Start
	joined, opener := false, true
	for i := m.Start; ; {
		w, ws := prevWordFast(text, i)
		if w == "" || i == m.Start && ws+len(w) == i || strings.IndexByte(text[ws+len(w):i], '\n') >= 0 {
			break // glued to the mention, or on the line before
		}
		if titleJoins[w] {
			b, bs := prevWordFast(text, ws)
			if w == "the" && b == "of" {
				b, bs = prevWordFast(text, bs) // "Return of the Lemmo"
			} else if w == "the" {
				break // "and the", "Quarbin the": a new phrase
			}
			if !titleWord(b) || strings.IndexByte(text[bs:ws], '\n') >= 0 {
				break
			}
			joined, i = true, bs+len(b)
			continue
		}
		if !titleWord(w) {
			break
		}
		if p, _ := prevWordFast(text, ws); p == "and" && (w == "The" || w == "A") {
			break
		}
		opener = opener && titleOpeners[strings.ToLower(w)]
		rs, i = ws, ws
	}
	return rs, rs < m.Start && (joined || opener)
}

// titleEnd returns where the title that goes on after byte i ends
// ([titleRun]).
func titleEnd(text string, i int) int {
	re := i
	for {
		w, we := nextWord(text, i)
		if strings.IndexByte(text[i:we-len(w)], '\n') >= 0 || w == "" {
			return re
		}
		if titleJoins[w] {
			n, ne := nextWord(text, we)
			if w == "of" && n == "the" {
				n, _ = nextWord(text, ne) // "Return of the Lemmo"
				we = ne
			} else if w == "the" || w == "and" && (n == "The" || n == "A") {
				return re
			}
			if !titleWord(n) {
				return re
			}
			i = we
			continue
		}
		if t := strings.TrimRight(w, ",.;:"); t != w && titleWord(t) {
			return we - (len(w) - len(t)) // "The Lemmo Show, from ...": the title's last word
		}
		if !titleWord(w) {
			return re
		}
		re, i = we, we
	}
}

// workTitle reports whether a mention is a piece of a work's title in
// Title Case ([titleRun]) that the words around the whole title show to be
// a work, so no entity of its own, whatever the recognizer took it for:
//   - a kind of work right before the title, after a join or a title's
//     opening word, which the mention alone does not follow ("the downbeat
//     film What's Eating Ann Rigby", "the comedy Lemmo and Ann Rigby Get
//     Lost"; [workCue] and [genreCues] say which words);
//   - a title that ends in "Show" ("The Lemmo and Ann Show"), unless the
//     mention is an acronym (a broadcaster's show: "the QBC Lemmo Show");
//   - a title right before "on" and a broadcaster or a console
//     ([platformAfter]: "Zorbit Nights on BBC Three"), for a name the
//     recognizer did not take for a person ("Ann Rigby on BBC One" speaks)
//     and not after "v" or "against" (a match);
//   - a title with a number in it right before "chart" ("the Quarbin Hot
//     40 chart").
//
// Names that stand in a title without being its words are left alone
// ([titleOwner]). A country, a known place or a well-known name never gets
// here ([Resolver.notEntity] asks them first).
func workTitle(text string, m *mention) bool {
	if m.country >= 0 || m.agency >= 0 || m.forced != "" || len(m.words) == 0 {
		return false
	}
	if p, _ := prevWordFast(text, m.Start); !titleWord(p) && !titleJoins[p] {
		if m.End >= len(text) || !lineGap(text, m.End) {
			return false
		}
		if n, _ := nextWord(text, m.End); !titleWord(n) && !titleJoins[n] && n != "on" && n != "chart" {
			return false // the usual case, decided at once
		}
	}
	rs, re, left := titleRun(text, m)
	return titleCue(text, m, rs, re, left) && !titleOwner(text, m)
}

// titleCue reports whether the words around the title [rs, re) of a
// mention show a work ([workTitle]); left is [titleRun]'s.
func titleCue(text string, m *mention, rs, re int, left bool) bool {
	if left {
		c := *m
		c.Start = rs
		p, ps := prevWordFast(text, rs)
		if strings.IndexByte(text[ps:rs], '\n') < 0 && (workCue(text, &c) || genreCues[p]) {
			return true
		}
	}
	acronym := m.acronym || upperLetters(strings.TrimRight(m.Name[:strings.IndexByte(m.Name+" ", ' ')], "'s"))
	if (re > m.End || rs < m.Start) && strings.HasSuffix(text[rs:re], " Show") && !acronym {
		return true
	}
	next, ne := nextWord(text, re)
	switch strings.TrimRight(next, ",.;:") {
	case "on":
		p, _ := prevWordFast(text, rs)
		return m.typ != Person && !acronym && p != "v" && p != "vs" && p != "against" && p != "versus" && platformAfter(text, ne)
	case "chart":
		return !acronym && strings.ContainsAny(text[rs:re], "0123456789")
	}
	return false
}

// titleOwner reports whether a mention stands beside a title's words as a
// name of its own: a broadcaster ([titlePlatforms]: "the drama Lemmo and
// Channel 4's Zorbit"), a person's full name after "of" ("The Diary of Ann
// Rigby" is named after her), an owner's possessive before a lower-case
// word or after a person's full name ("the film Zorbit and Ann Rigby's
// drama Lemmo"; "Bill and Lemmo's Great Day" is the title's).
func titleOwner(text string, m *mention) bool {
	if slices.Contains(titlePlatforms, m.Name) {
		return true
	}
	if p, _ := prevWordFast(text, m.Start); p == "of" && m.typ == Person && len(m.words) >= 2 {
		return true
	}
	if possessiveAt(text, m.End) {
		skip := len("'s")
		if text[m.End] != '\'' {
			skip = len("’s")
		}
		n, _ := nextWord(text, m.End+skip)
		return m.typ == Person && len(m.words) >= 2 || !titleWord(n)
	}
	return false
}

// platformAfter reports whether a broadcaster or a console
// ([titlePlatforms]) begins after the space at i, as a whole word: "on
// BBC Three", "on PS2.".
func platformAfter(text string, i int) bool {
	rest, ok := strings.CutPrefix(text[i:], " ")
	if !ok {
		return false
	}
	for _, c := range titlePlatforms {
		if r, ok := strings.CutPrefix(rest, c); ok && (r == "" || !isLowerASCII(r[0]) && !isDigit(r[0]) && !upperWord(r)) {
			return true
		}
	}
	return false
}
