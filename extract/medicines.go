package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail13r) makes a medicine of a name the recognizer took for
// a firm or a person, by what the text says it is: "Zorbit, a frequently
// prescribed diuretic", "Lemmox is a monoclonal antibody".

// medicineHeads are the heads of a noun phrase that name a medicine's
// kind. A firm's kind after them ("a drug company", "a vaccine maker")
// makes the firm's noun the head, and so no medicine.
var medicineHeads = names.Set{"drug": true, "vaccine": true, "medicine": true, "medication": true,
	"diuretic": true, "antibiotic": true, "antibody": true, "tranquilizer": true, "tranquillizer": true,
	"sedative": true, "analgesic": true, "anticoagulant": true, "antihistamine": true, "antidepressant": true,
	"painkiller": true, "decongestant": true, "antacid": true, "contraceptive": true, "steroid": true}

// medicineApposition reports whether a name typed as an organization or a
// person is a medicine by the noun phrase after it: ", a" or ", an", or
// "is a" or "is an", then the phrase whose head [thingAppositionHead]
// reads is a word of [medicineHeads]. A phrase that goes on with "of" is
// no medicine's ("Quarbin, a maker of drugs").
func medicineApposition(text string, m *mention) bool {
	rest, ok := commaRest(text, m.End) // tail16e: or a comma at a line's end
	if !ok {
		if rest, ok = strings.CutPrefix(text[m.End:], " is "); !ok {
			return false // the cheap first question
		}
	}
	if m.typ != Org && m.typ != Person || m.canon != "" || m.forced != "" || m.agency >= 0 || m.country >= 0 ||
		len(m.words) == 0 || len(m.words) > 4 {
		return false
	}
	head, ok := thingAppositionHead(rest)
	return ok && medicineHeads[head] && thingName(m, m.words)
}
