package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// hillBefore are the words before a hill's name that say a place: "on
// Tervane Hill", "a visit to Tervane Hill", "its Tervane Hill mine".
var hillBefore = names.Set{"on": true, "to": true, "at": true, "in": true, "near": true, "from": true, "its": true, "the": true}

// hillSites are lower-case nouns after a hill's name that make it a site:
// "the Quarbin Hill gold deposit", "its Quarbin Hill nuclear plant".
var hillSites = names.Set{"gold": true, "silver": true, "copper": true, "nuclear": true, "power": true, "project": true,
	"property": true, "mine": true, "deposit": true, "plant": true, "facility": true, "facilities": true, "field": true,
	"site": true, "prospect": true, "costs": true}

// hillTable are the first words of hills the news names as a place with no
// cue around them: Capitol Hill, the seat of the United States Congress.
var hillTable = names.Set{"capitol": true}

// hillPlace reports whether a name typed PERSON of two words that ends in
// "Hill" or "Hills" is a place: its first word is no first name (or the
// gazetteer knows the whole name as a place), the article never writes a
// title or a first name before it, and one of its occurrences stands after
// a word of [hillBefore] or a possessive, or before a noun of [hillSites]
// ("on Tervane Hill", "the company's Tervane Hill and Lunmark plants");
// the first words of [hillTable] need no cue. People named Hill keep their
// type: "Mr Hill" (one word, see [hillShort]), "Ann Hill said" (a first
// name).
func hillPlace(text string, m *mention) bool {
	if m.typ != Person || m.canon != "" || m.Title != "" {
		return false
	}
	if len(m.words) == 1 {
		return m.words[0] == "hill" && hillShort(text, m.Start)
	}
	if len(m.words) != 2 {
		return false
	}
	if last := m.words[1]; last != "hill" && last != "hills" {
		return false
	}
	if placeGaz().FirstName(m.words[0]) && !placeGaz().PlaceName(m.words) {
		return false
	}
	if personElsewhere(text, m.Name) {
		return false
	}
	if hillTable[m.words[0]] || hillCue(text, m.Start, m.End) {
		return true
	}
	for s, e := range wholeWords(text, m.Name) {
		if hillCue(text, s, e) {
			return true
		}
	}
	return false
}

// hillCue reports whether the words around a hill's name at text[s:e] say
// a place (see [hillPlace]).
func hillCue(text string, s, e int) bool {
	p, _ := prevWordFast(text, s)
	if hillBefore[strings.ToLower(p)] || strings.HasSuffix(p, "'s") && len(p) > 2 && !upperWord(p) {
		return true
	}
	n, _ := nextWord(text, e)
	return hillSites[n]
}

// hillShort reports whether "Hill" alone at text[s:] is Capitol Hill's
// short form: "on the Hill", or a first word of [hillTable] in brackets
// before it ("on (Capitol) Hill", a quotation's added word).
func hillShort(text string, s int) bool {
	p, ps := prevWordFast(text, s)
	if p == "the" {
		on, _ := prevWordFast(text, ps)
		return on == "on"
	}
	return len(p) > 2 && p[0] == '(' && p[len(p)-1] == ')' && hillTable[strings.ToLower(p[1:len(p)-1])]
}
