package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// gradeQualities end the name of a crude oil grade named for its field:
// "Tervane Sour", "Light Quarbin Sweet", "West Lunmark Intermediate".
var gradeQualities = names.Set{"sour": true, "sweet": true, "intermediate": true}

// gradeWeights open the name of a crude grade: "Light Quarbin Sweet".
var gradeWeights = names.Set{"light": true, "heavy": true, "medium": true}

// crudeGrade reports whether a name is a crude oil grade named by a place
// and its quality ("Light Quarbin Sweet", "West Tervane Sour", "Lunmark
// Southwest Sweet") or by a weight word and a place ("Light Quarbin"): a
// price's commodity, no entity. The place, with its
// weight word and compass words taken off, must be one the tables know, so
// a person of that surname ("Dora Sweet") is not taken.
func (r *Resolver) crudeGrade(m *mention) bool {
	n := len(m.words)
	if n < 2 || m.typ == Person {
		return false
	}
	if gradeWeights[m.words[0]] && !gradeQualities[m.words[n-1]] {
		// "The Light Quarbin grade": the weight word alone says a grade.
		return r.knownPlaceName(strings.Join(m.words[1:], " "))
	}
	if !gradeQualities[m.words[n-1]] {
		return false
	}
	ws := m.words[:n-1]
	if gradeWeights[ws[0]] {
		ws = ws[1:]
	}
	if len(ws) > 1 && compassWords[ws[0]] {
		ws = ws[1:]
	}
	if len(ws) > 1 && (compassWords[ws[len(ws)-1]] || gradeCompass[ws[len(ws)-1]]) {
		ws = ws[:len(ws)-1]
	}
	return len(ws) > 0 && r.knownPlaceName(strings.Join(ws, " "))
}

// gradeCompass are the compass words that follow a field's place in a
// grade's name ("Lunmark Southwest Sweet") and that [compassWords] lacks.
var gradeCompass = names.Set{"southwest": true, "southeast": true, "northwest": true, "northeast": true}

// judicialDistrict reports whether a name typed ORG is a judicial district
// of a court's name: a compass word, "District of" and a place the tables
// know ("the court for the Southern District of Tervane"). The district is
// a place, as "the District of Columbia" of a court's name was judged.
func (r *Resolver) judicialDistrict(m *mention) bool {
	n := len(m.words)
	if n < 4 || m.typ != Org || m.words[1] != "district" || m.words[2] != "of" {
		return false
	}
	return (compassWords[m.words[0]] || m.words[0] == "middle") && r.knownPlaceName(strings.Join(m.words[3:], " "))
}
