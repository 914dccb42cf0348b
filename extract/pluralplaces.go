package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// pluralFeatureTails end the name of a group of natural places, written
// with "the" before it: "the Varnholm Isles", "the Quarbin Highlands",
// "the Lemmo Hills"; and the name of a great building or a monument:
// "the Quarbin Pavilion", "the Golden Temple". "Fields", "Heights" and
// "Keys" are left out: "the Killing Fields" is a film, "Wuthering
// Heights" a novel, "Alicia Keys" a singer; so are "Academy" and
// "Centre", as often a school's or a body's as a hall's, and "Dome": its
// short form "the Dome" keeps the recognizer's type, and the article
// links a short form to its long name only within one type, so it would
// stand apart as a firm.
var pluralFeatureTails = names.Set{"isles": true, "islands": true, "glens": true, "highlands": true,
	"lowlands": true, "dales": true, "moors": true, "fens": true, "wolds": true, "hills": true,
	"mountains": true, "valleys": true, "lakes": true, "plains": true,
	"pavilion": true, "temple": true, "capitol": true}

// pluralFeatureHeads begin such a group's name before "of" ("the Glens of
// Varnholm", "the Isles of Quarbin"), and so do the words for a great
// building ("the Palace of Lemmo", "the Castle of Quarbin"). "Tower",
// "Houses" and "Church" are left out: "Tower of Quarbin" is as often a
// band's name, "the Houses of Parliament" the legislature, "the Church
// of Lemmo" a church's body.
var pluralFeatureHeads = names.Set{"isles": true, "islands": true, "glens": true, "hills": true,
	"mountains": true, "lakes": true, "valleys": true, "palace": true, "castle": true, "cathedral": true,
	"abbey": true, "basilica": true}

// thePluralPlace reports whether a name the recognizer took for an
// organization or a person is a group of natural places or a great
// building: a word of [pluralFeatureTails] ends it, or a word of
// [pluralFeatureHeads] begins it before "of", and "the" stands right
// before it ("in the Varnholm Isles", "belonged to the Glens of Quarbin",
// "a tour of the Palace of Lemmo", "a gala at the Quarbin Pavilion").
// Without "the" a firm's short name keeps its type ("an agreement with
// Lemmo Isles", the firm Lemmo Isles Inc); so does a name with an
// organization's word ("the Lemmo Hills Golf Club"), a name the tables
// know, and a person whose first word is a first name ("the Dennis Hills
// case"). The first questions are two map reads of the name's own words;
// the text is read only for the one word before the name.
func thePluralPlace(text string, m *mention) bool {
	ws := m.words
	n := len(ws)
	if n < 2 || m.typ != Org && m.typ != Person {
		return false
	}
	if !pluralFeatureTails[ws[n-1]] && (n < 3 || ws[1] != "of" || !pluralFeatureHeads[ws[0]]) {
		return false
	}
	if m.canon != "" || m.Title != "" || m.forced != "" || m.agency >= 0 || anyOrgWord(ws) {
		return false
	}
	if p, _ := prevWordFast(text, m.Start); !strings.EqualFold(p, "the") {
		return false
	}
	return m.typ != Person || !placeGaz().FirstName(ws[0])
}
