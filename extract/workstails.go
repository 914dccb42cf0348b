package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// worksKindTails end the name of a works run as a business, and no
// person's name: "the bankrupt Quarbin Pine Sawmill", "Lemmo Vell
// Laboratory", "the Zorbit Rubber Factory". Kinds that are surnames too
// ("Mill", "Plant", "Field", "Steel", "Press") are left out, as are the
// kinds of a site that [facilitySite] reads as a place ("Ranch", "Mine",
// "Hotel").
var worksKindTails = names.Set{"sawmill": true, "sawmills": true, "factory": true, "laboratory": true,
	"brewery": true, "distillery": true, "foundry": true, "shipyard": true, "shipyards": true,
	"cannery": true, "tannery": true, "creamery": true, "hatchery": true}

// worksKindTail reports whether a name of two words or more the recognizer
// took for a person ends in one of [worksKindTails]: a firm. A name after
// a person's title ("Dr Lemmo Laboratory"), a known name and one after
// "of", "for" or "and" inside it ("Friends of the Brewery") are left
// alone.
func worksKindTail(m *mention) bool {
	n := len(m.words)
	if n < 2 || m.typ != Person || !worksKindTails[m.words[n-1]] {
		return false
	}
	if m.Title != "" || m.canon != "" || m.forced != "" || m.country >= 0 || m.agency >= 0 {
		return false
	}
	p := m.words[n-2]
	return p != "of" && p != "for" && p != "and" && p != "the"
}

// bankenFirm reports whether a name of one word the recognizer took for a
// person ends in "banken", the Scandinavian definite and the German plural
// of "bank": "Quarvikbanken", "Lemmolandsbanken". No given name or surname
// ends so; a sea's bank of that ending ("Tervebanken") is a place's name
// and typed one, which this leaves alone ([foreignFirmEndings] leaves out
// the ending for it).
func bankenFirm(m *mention) bool {
	if m.typ != Person || len(m.words) != 1 || len(m.key) < 9 || !strings.HasSuffix(m.key, "banken") {
		return false
	}
	return m.Title == "" && m.canon == "" && m.forced == "" && m.country < 0 && m.agency < 0
}

// worksFirmName reports whether a name taken for a person is a firm's by
// its last word: [worksKindTail] or [bankenFirm].
func worksFirmName(m *mention) bool { return worksKindTail(m) || bankenFirm(m) }
