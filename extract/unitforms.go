package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// formTieNouns name the tie of a unit to its parent when the unit is
// written first: "Quarbin Corp, a U.S. subsidiary of Quarbin AG",
// "Quarbin Corp, which is the general partner of Quarbin L.P.". "parent"
// turns the tie round: "Quarbin AG, parent of Quarbin Corp".
var formTieNouns = names.Set{"subsidiary": true, "unit": true, "affiliate": true, "division": true, "arm": true,
	"partner": true, "parent": true}

// unitForms sets apart the two firms of one name that an article ties to
// each other and writes in two legal forms (tail15f): "Quarbin Corp, a
// U.S. subsidiary of Quarbin AG", "Quarbin Corp said ... guaranteed by its
// parent company, Quarbin Inc", "Quarbin and its unit, Quarbin Inc",
// "Quarbin Corp, which is the general partner of Quarbin L.P.". The two
// names have one key less their suffixes, so [groupByKey] would make them
// one firm; the tie says they are two. The mentions of one form (the
// unit's, when it has a suffix) get an id of their own, with its suffix
// ("org:quarbin-corp"); the other form and the bare name stay the firm of
// the name. The cheap question first: a comma after a name, or
// a tie noun (or "parent company") right before it.
func unitForms(text string, ms []*mention) {
	for i, b := range ms {
		if !formCandidate(b) {
			continue
		}
		var unit, parent *mention
		if b.End < len(text) && text[b.End] == ',' {
			unit, parent = tieAfter(text, ms, i)
		}
		if unit == nil {
			unit, parent = tieBefore(text, ms, i)
		}
		if unit == nil {
			continue
		}
		// Only the unit's form gets an id of its own: a parent's would be a
		// second node of the firm the corpus names ("Quarbin Motor, a unit
		// of Quarbin Motor Ltd"); a unit written bare or cut before "of"
		// ("its subsidiary, Quarbin Holdings of Ardelia") is left.
		keep := unit.key
		if names.OrgKey(keep) == keep || parent.key == keep || strings.HasPrefix(text[unit.End:], " of ") {
			continue
		}
		for _, m := range ms {
			if m.key == keep && formCandidate(m) {
				m.forced = "org:" + slug(keep)
			}
		}
	}
}

// formCandidate reports whether m is a firm's name that no rule or table
// has named yet.
func formCandidate(m *mention) bool {
	return m.typ == Org && m.forced == "" && m.canon == "" && m.agency < 0 && m.country < 0 && !m.acronym && len(m.words) > 0
}

// otherForm reports whether a and b are two forms of one firm's name: one
// key less their suffixes, two keys with them.
func otherForm(a, b *mention) bool {
	return a.key != b.key && formCandidate(b) && names.OrgKey(a.key) == names.OrgKey(b.key)
}

// tieAfter finds the apposition of a tie after ms[i], a name a comma
// follows: ", a U.S. subsidiary of Quarbin AG". It returns the unit and
// its parent, or nils.
func tieAfter(text string, ms []*mention, i int) (unit, parent *mention) {
	a := ms[i]
	// The next name after the comma, past a country or a place inside the
	// apposition: ", a U.S. subsidiary of".
	var b *mention
	for _, n := range ms[i+1:] {
		if n.Start >= a.End && n.country < 0 && n.typ != Location && n.typ != Country {
			b = n
			break
		}
	}
	if b == nil || b.Start-a.End > 80 || !otherForm(a, b) {
		return nil, nil
	}
	noun, ok := formTieBetween(text[a.End:b.Start])
	switch {
	case !ok:
		return nil, nil
	case noun == "parent":
		return b, a
	}
	return a, b
}

// formTieBetween reports whether between, the text between two names, is
// an apposition of a tie (", a wholly owned subsidiary of ", ", which is
// the general partner of "), and its tie noun.
func formTieBetween(between string) (string, bool) {
	rest, ok := strings.CutPrefix(between, ",")
	if !ok {
		return "", false
	}
	rest = strings.TrimSuffix(strings.TrimRight(rest, " "), "<")
	rest, ok = strings.CutSuffix(strings.TrimRight(rest, " "), " of")
	if !ok {
		return "", false
	}
	ws := strings.Fields(rest)
	if len(ws) == 0 || len(ws) > 5 {
		return "", false
	}
	noun := strings.ToLower(ws[len(ws)-1])
	if !formTieNouns[noun] {
		return "", false
	}
	for _, w := range ws {
		if strings.ContainsAny(w, ",;:()\"") {
			return "", false
		}
	}
	return noun, true
}

// tieBefore finds a tie written before ms[i]: "its unit, Quarbin Inc" (the
// name is the unit), "its parent company, Quarbin Inc" (the name is the
// parent); the other form is the nearest one before it in its sentence.
// It returns the unit and its parent, or nils.
func tieBefore(text string, ms []*mention, i int) (unit, parent *mention) {
	b := ms[i]
	lo := max(0, b.Start-60)
	lead := strings.TrimRight(text[lo:b.Start], " <")
	lead = strings.TrimRight(strings.TrimSuffix(lead, ","), " ")
	j := strings.LastIndexAny(lead, " \n")
	if j < 0 {
		return nil, nil
	}
	last := strings.ToLower(lead[j+1:])
	if !formTieNouns[last] && last != "company" {
		return nil, nil // the cheap question first: a tie noun right before the name
	}
	ws := strings.Fields(strings.ToLower(lead))
	isParent := false
	switch {
	case last == "parent" || last == "company" && len(ws) >= 2 && ws[len(ws)-2] == "parent":
		isParent = true // "guaranteed by its parent company, Quarbin Inc"
	case last == "company" || last == "partner":
		return nil, nil
	default:
		// "and its unit, Quarbin Inc", "its wholly owned subsidiary,
		// Quarbin Inc": "its" within the four words before the noun.
		n := len(ws)
		found := false
		for k := n - 2; k >= 0 && k >= n-5; k-- {
			if ws[k] == "its" {
				found = true
				break
			}
		}
		if !found {
			return nil, nil
		}
	}
	var a *mention
	for k := i - 1; k >= 0; k-- {
		if ms[k].Sentence != b.Sentence {
			break
		}
		if otherForm(b, ms[k]) {
			a = ms[k]
			break
		}
	}
	if a == nil {
		return nil, nil
	}
	if isParent {
		return a, b
	}
	return b, a
}
