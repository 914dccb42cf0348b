package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail12g) cuts two kinds of title that [names.SplitTitle]
// leaves on a person's name: a title before a surname that opens with a
// particle ("Mr da Quarbo", "President van Dellen", "Mr Van de Vorst"),
// which the grammar reads as a title before a small word and so before no
// name; and "Rt" ("Right") before a title of the clergy or of a privy
// counsellor ("Rt Rev Ann Vell", "Rt Hon Tom Quist"), a word the grammar
// does not know, so that "Rt Rev Vell" stayed one name.

// surnameParticles are the particles a surname may open with, in lower
// case or capitalized: "da Quarbo", "Van de Vorst", "von Dellen".
var surnameParticles = names.Set{"de": true, "da": true, "di": true, "do": true, "dos": true,
	"das": true, "des": true, "du": true, "del": true, "della": true, "van": true, "von": true,
	"der": true, "den": true, "ter": true, "ten": true, "la": true, "le": true}

// rightTitles are the titles "Rt" stands before.
var rightTitles = names.Set{"rev": true, "revd": true, "reverend": true, "hon": true, "honourable": true}

// particleTitle returns how many words at the start of a person's words
// ws are a title before a surname that opens with a particle: one word, an
// honorific or an office ("Mr", "Dr", "President"; not a peer's or a
// royal title, which stays with the name: "Lord de Vell"), then one or two
// particles and a capitalized word that is no particle ("Mr Van de Vorst").
// 0 when ws are no such words.
func particleTitle(ws []word) int {
	if len(ws) < 3 {
		return 0
	}
	t := names.Key(ws[0].text)
	if !names.IsCapitalized(ws[0].text) || peerTitles[t] || !names.Honorifics[t] && !names.Offices[t] {
		return 0
	}
	for i := 1; i < len(ws) && i <= 3; i++ {
		k := names.Key(ws[i].text)
		if surnameParticles[k] {
			continue
		}
		if i == 1 || !names.IsCapitalized(ws[i].text) || names.MinorWords[k] {
			return 0
		}
		return 1
	}
	return 0
}

// rightTitle returns how many words at the start of a person's words ws
// are "Rt" and the title after it ("Rt Rev", "Rt. Hon."), when a name
// follows: 2, or 0.
func rightTitle(ws []word) int {
	if len(ws) < 3 || strings.TrimSuffix(ws[0].text, ".") != "Rt" || !rightTitles[names.Key(ws[1].text)] ||
		!names.IsCapitalized(ws[2].text) {
		return 0
	}
	return 2
}
