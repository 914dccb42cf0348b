package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file holds four cues of the BBC rows that older draws judged
// wrong (tail10zx): a screen or a disc named by its kind after words of
// no name ("Internet TV", "UK TV", "the Lemmox DVD"), a person named
// after a kin noun and a possessive ("his brother Tervane") and a stage
// name that opens with "DJ" ("DJ Quarbin Lantern") or follows a
// performer's kind ("hip-hop performer Q-Vell's").

// screenModifiers are the words that stand before "TV" in a kind of
// television or a country's television, no channel's name: "Internet
// TV", "LCD TV", "UK TV", "Transatlantic TV".
var screenModifiers = names.Set{"internet": true, "protocol": true, "lcd": true, "plasma": true, "hd": true,
	"dlp": true, "rear-projection": true, "transatlantic": true, "digital": true, "mobile": true,
	"us": true, "uk": true, "live": true, "high": true, "definition": true, "high-definition": true,
	"widescreen": true, "flat-screen": true, "satellite": true, "terrestrial": true}

// screenThing reports whether a mention is a kind of screen or disc, no
// entity: a name that ends in "DVD" or "DVDs" (a format or an edition:
// "the Lemmox DVD", "HD DVDs"), or in "TV" or "TVs" after words that are
// all [screenModifiers] ("Internet TV", "US TV", "LCD TVs"). A channel
// that ends in "TV" keeps its name ("Quarbin TV"), and a maker's sets
// keep the maker's ("Tervane TVs"), which has no other mention there.
func screenThing(m *mention) bool {
	n := len(m.words)
	if n < 2 {
		return false
	}
	switch m.words[n-1] {
	case "dvd", "dvds":
		// A format's own hyphenated name before it ("Quar-ray DVD") is
		// left: the article's bare "Quar-ray" joins the longest name
		// that opens with it, which would be a body's ("the Quar-Ray
		// Association") once this one went.
		f := strings.Fields(m.Name)
		return m.canon == "" && (len(f) > 2 || !strings.Contains(f[0], "-"))
	case "tv", "tvs":
	default:
		return false // the usual case, decided at once
	}
	for _, w := range m.words[:n-1] {
		if !screenModifiers[w] {
			return false
		}
	}
	return m.canon == ""
}

// kinNouns are the nouns of kin that stand between a possessive and a
// person's name: "his brother Tervane", "her husband Lemmo".
var kinNouns = names.Set{"brother": true, "sister": true, "wife": true, "husband": true, "son": true,
	"daughter": true, "father": true, "mother": true, "cousin": true, "uncle": true, "aunt": true,
	"nephew": true, "niece": true, "grandson": true, "granddaughter": true, "widow": true, "fiancee": true}

// kinPerson reports whether a name of one or two words that the
// recognizer did not type a person stands right after a possessive
// pronoun and a kin noun: "His brother Tervane, the vice-chairman",
// "his wife Lemmo at the clinic". A country there is left ("his son
// Quarbinia" is rare and a country's name is more often a place), and so
// is a name with an organization's word ("his brother Tervane Holdings")
// and a name of two letters, whose key is an acronym's too ("his father
// Al" would join "AL" of a league).
func kinPerson(text string, m *mention) bool {
	if m.typ == Person || len(m.words) == 0 || len(m.words) > 2 || len(m.Name) < 3 || m.country >= 0 || m.canon != "" {
		return false
	}
	k, ks := prevWordFast(text, m.Start)
	if !kinNouns[k] {
		return false // the usual case, decided at once
	}
	return kinOpens(text, ks) && !looksLikeOrg(m)
}

// djPerson reports whether a name of two to four words opens with the
// word "DJ" and was not typed a person: "DJ Quarbin Lantern", "dance DJ
// Lemmo Da Vell". A DJ's stage name names a person, as a rapper's does.
func djPerson(m *mention) bool {
	n := len(m.words)
	return n >= 2 && n <= 4 && m.typ != Person && strings.HasPrefix(m.Name, "DJ ") && m.canon == "" && !looksLikeOrg(m)
}

// stageKinds are kinds of person that a name follows, which
// [personKinds] leaves out: "hip-hop performer Q-Vell's new single",
// "rap artist Lemmo". A record firm's word in the name is left by
// [looksLikeOrg].
var stageKinds = names.Set{"performer": true, "artist": true}

// stagePerson reports whether a name of one or two words that the
// recognizer did not type a person follows a kind of performer
// ([stageKinds]) and ends its noun phrase ([kindAfterOK]): "hip-hop
// performer Q-Vell's single", "rap artist Lemmo, who". A place the tables
// know and a country are left.
func stagePerson(text string, m *mention) bool {
	if m.typ == Person || len(m.words) == 0 || len(m.words) > 2 || m.country >= 0 || m.canon != "" {
		return false
	}
	k, _ := prevWordFast(text, m.Start)
	if !stageKinds[k] {
		return false // the usual case, decided at once
	}
	return kindAfterOK(text, m.End) && !names.Tables().KnownPlace(m.key) && !looksLikeOrg(m)
}
