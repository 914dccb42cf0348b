package extract

import (
	"slices"
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// classify applies alias rules, the country and agency tables, and decides
// whether the mention credits a source.
func (r *Resolver) classify(text string, m *mention) {
	if a, ok := r.aliases[m.key]; ok {
		if a.Type != "" {
			m.typ = a.Type
		}
		if id, ok := parseID(a.Canonical); ok {
			m.forced = id
			if strings.HasPrefix(id, "country:") {
				m.country = r.t.CountryByCode[strings.TrimPrefix(id, "country:")]
				m.forced = ""
			}
		} else if c, ok := names.LookupCountry(a.Canonical); ok && (a.Type == "" || a.Type == Country) {
			m.country = r.t.CountryByCode[c.Alpha2]
		} else {
			m.canon = a.Canonical
		}
		if m.country >= 0 {
			m.typ = Country
		}
	}
	state := false
	if m.forced == "" && m.canon == "" && m.country < 0 {
		if st := stateAfterCity(text, m); st != "" {
			m.canon, m.typ, m.typed, state = st, Location, true, true
		}
	}
	if m.forced == "" && m.canon == "" && m.country < 0 {
		if c := r.t.Country(m.Name, m.key); c >= 0 && (!r.t.Countries[c].Weak || m.typ == Location) {
			m.country, m.typ = c, Country
		} else if r.t.Places[m.key] && m.typ != Location {
			// A capital or a big city the recognizer took for a person or
			// organization ("Pyongyang said").
			m.typ, m.typed = Location, true
		} else if names.OtherDemonyms[m.key] && m.typ != Person {
			m.typ = Misc
		} else if c, ok := r.t.DemonymByKey[m.key]; ok && m.typ != Person {
			if r.opts.Demonyms {
				m.country, m.typ = c, Country
			} else if m.typ != Org {
				m.typ = Misc
			}
		} else if a := r.t.Agency(m.Name, m.key); a >= 0 && (m.typ != Person || names.Agencies[a].Strong) {
			m.agency, m.typ = a, Org
		}
	}
	if m.country < 0 && m.agency < 0 && m.forced == "" && !state {
		switch {
		case names.MiscByWords(m.words):
			m.typ, m.typed = Misc, true
		case looksLikeOrg(m):
			m.typ, m.typed = Org, true
		case len(m.words) == 1 && names.IsCamelCase(m.Name) && m.canon == "" && !r.t.Places[m.key]:
			m.typ, m.typed = Org, true
		case (m.typ == Location || m.typ == Misc) && slices.ContainsFunc(strings.Fields(m.Name), names.IsCamelCase):
			// "Channel NewsAsia": people's names with inner capitals are
			// tagged as people ("Matt LaFleur"), places' never have one.
			m.typ, m.typed = Org, true
		}
	}
	if m.typ == Person && m.Title == "" {
		m.Title = titleBefore(text, m.Start)
	}
	if m.typ == Org {
		outlet := m.agency >= 0 || names.IsOutletName(m.key)
		if creditRole(text, m.Start, m.End, outlet) {
			m.Role = RoleSource
		}
	}
}

// looksLikeOrg reports whether a mention's words make it an organization
// whatever the recognizer said: a company suffix, an institution's head
// word, or an acronym that is no country.
func looksLikeOrg(m *mention) bool {
	if m.acronym {
		return m.typ == Location || m.typ == Misc
	}
	return names.OrgByWords(m.words)
}

// titleBefore returns the title words just before a person's name that the
// recognizer left out of the span: "President" in "Russian President
// Vladimir Putin", "leader" in "North Korea leader Kim Jong Un".
func titleBefore(text string, start int) string {
	var title []string
	for i := start; len(title) < 5; {
		w, ws := prevWord(text, i)
		k := names.Key(w)
		if w == "of" && len(title) > 0 {
			if p, _ := prevWord(text, ws); names.Titles.Has(p) && !names.TitleOnly.Has(p) {
				title = append(title, w)
				i = ws
				continue
			}
		}
		if w == "" || !names.Titles[k] || strings.ContainsAny(w, ",;:()\"") {
			break
		}
		if k != "former" {
			title = append(title, w)
		}
		i = ws
	}
	slices.Reverse(title)
	for len(title) > 0 && (names.TitleOnly.Has(title[0]) || title[0] == "of") {
		title = title[1:]
	}
	return strings.Join(title, " ")
}

// stateAfterCity returns the state an abbreviation names when it follows a
// city and a comma, as in a dateline ("SANTA MARIA, Calif. -"), or "".
func stateAfterCity(text string, m *mention) string {
	st, ok := names.StateAbbrevs[m.key]
	if !ok || len(m.words) != 1 {
		return ""
	}
	before := strings.TrimRight(text[:m.Start], " ")
	if !strings.HasSuffix(before, ",") {
		return ""
	}
	p, _ := prevWord(text, len(before)-1)
	if !names.IsCapitalized(p) {
		return ""
	}
	return st
}
