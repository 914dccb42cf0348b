package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// countyAbbrevs are the short forms by which British writers name a
// county after a town: "Quarbin, Glos", "Tervane, North Yorks".
var countyAbbrevs = names.Set{"beds": true, "berks": true, "bucks": true, "cambs": true, "derbys": true,
	"glos": true, "gloucs": true, "hants": true, "herts": true, "lancs": true, "leics": true, "lincs": true,
	"northants": true, "northumb": true, "notts": true, "oxon": true, "salop": true, "staffs": true,
	"warks": true, "wilts": true, "worcs": true, "yorks": true}

// countyAbbrev reports whether a name typed a person or an organization
// is a county's short form ([countyAbbrevs]), maybe after a compass word
// ("North Yorks", "W Yorks"), that follows a capitalized word and a comma
// and ends its phrase: "Quarbin, Glos, in May", a county (LOCATION), as
// [shireAfterTown] reads a county's full name. "the Quarbin Bucks" (a
// side) is left: no comma before it.
func countyAbbrev(text string, m *mention) bool {
	if len(m.words) > 2 || !countyAbbrevs[m.words[len(m.words)-1]] || m.typ != Org && m.typ != Person || m.canon != "" ||
		len(m.words) == 2 && !compassWords[m.words[0]] && !compassLetters[m.words[0]] ||
		m.Start < 3 || text[m.Start-2:m.Start] != ", " || m.End >= len(text) || !strings.ContainsRune(",.;)", rune(text[m.End])) {
		return false
	}
	p, _ := prevWordFast(text, m.Start-2)
	return upperWord(p)
}
