package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail12p) keeps whole a country's name whose first word
// reads as a person's title: "DR Congo" is the Democratic Republic of the
// Congo, no doctor called Congo.

// titledCountry reports whether a span the recognizer took for a person
// is, whole, a name of a country the tables know, and its first word is a
// title that [names.SplitTitle] would strip ("DR Congo's striker"). The
// span's own words decide, title included, so "Dr Congo" in any case
// the table's alias holds is the country; a title before a country's
// name that is no alias of it ("President Congo") stays a title.
func (r *Resolver) titledCountry(ws []word) bool {
	if len(ws) < 2 || !names.Titles.Has(ws[0].text) {
		return false // the usual case, decided at once
	}
	var b strings.Builder
	for i, w := range ws {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w.text)
	}
	name := b.String()
	return r.t.Country(name, names.Key(name)) >= 0
}
