package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// powerMods are the lower-case words between a power station's name and its
// noun, one at least of which says what it makes: "the Skarvo nuclear power
// plant", "the Lunmark coal-fired generating station", "the Velle 2
// commercial nuclear power station", "the Marle crude terminal".
var powerMods = names.Set{"nuclear": true, "atomic": true, "power": true, "generating": true,
	"geothermal": true, "hydroelectric": true, "thermal": true, "coal-fired": true, "oil-fired": true,
	"gas-fired": true, "lignite-fired": true, "commercial": true, "electric": true, "crude": true,
	"oil": true, "export": true}

// powerHeads end a power station's or an oil terminal's noun phrase.
var powerHeads = names.Set{"plant": true, "station": true, "reactor": true, "terminal": true}

// powerStation reports whether a name the recognizer took for an
// organization or a person is a power station's or an oil terminal's, a
// place: the article, "its", "their" or a possessive before it (maybe with
// a plant's size between: "the 900-megawatt Skarvo"), maybe a unit's
// number after it, then one to three words of [powerMods] and a noun of
// [powerHeads], with a word that says what the works makes ("nuclear",
// "power", "generating", ...; "crude", "oil" or "export" before
// "terminal"). A firm's owner is named otherwise ("the Quarbin Power
// plant", "Lemmo Electric Co's nuclear plant": a body's word, [siteName]);
// a name the article gives a person (after a given name or a title) is
// left alone. A short form of a firm the article names with its suffix
// ("Tervaxa Corp ... the Tervaxa nuclear plant") keeps the firm's type by
// the vote of its group.
func powerStation(text string, m *mention) bool {
	if m.End+8 >= len(text) || !asciiSpace(text[m.End]) || m.typ != Org && m.typ != Person {
		return false
	}
	w, we := nextWord(text, m.End)
	if w != "" && (isDigit(w[0]) || len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z') && strings.Trim(w, "0123456789AB") == "" {
		w, we = nextWord(text, we) // a unit's number or letter: "Velle 2", "Marle B"
	}
	makes, fuel := false, false
	for n := 0; ; n++ {
		t := strings.TrimRight(w, ",.;:)")
		if powerHeads[t] { // at once after the name, makes is false: "the Quarbin plant" is the owner's
			if t == "terminal" {
				makes = fuel
			}
			break
		}
		if n == 3 || t != w || !powerMods[t] {
			return false // the usual case: no power word after the name
		}
		switch t {
		case "crude", "oil", "export":
			fuel = true
		case "commercial", "electric":
		default:
			makes = true
		}
		w, we = nextWord(text, we)
	}
	if !makes || m.canon != "" || m.forced != "" || m.agency >= 0 || m.country >= 0 || len(m.words) == 0 || len(m.words) > 4 {
		return false
	}
	return stationDeterminer(text, m.Start) && siteName(m) && !personElsewhere(text, m.Name)
}

// stationDeterminer reports whether the word before i is "the", "its",
// "their" or a possessive, or a size with a hyphen ("1,100-megawatt",
// "900-MW") after one of them.
func stationDeterminer(text string, i int) bool {
	p, ps := prevWordFast(text, i)
	if p != "" && isDigit(p[0]) && strings.Contains(p, "-") {
		p, _ = prevWordFast(text, ps)
	}
	return p == "the" || p == "The" || p == "its" || p == "their" || possessiveEnd(p) && upperWord(p)
}
