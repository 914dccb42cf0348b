package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// This file (tail12c) reads the Danish and Norwegian legal form "A/S"
// (aktieselskab) as a firm's suffix when the article's names are grouped:
// "Quarvik Industri A/S", its headline's "QUARVIK INDUSTRI" and its short
// "Quarvik" are one firm, as "Quarvik Industri Ltd" and "Quarvik Industri"
// are. [names.CorpSuffixes] holds no "A/S": its key is two words ("a s"),
// and the tables serve the corpus linker too; the form is dropped here, in
// the article's keys and ids, and nowhere else.

// danishKey is the key of the form "A/S" after a name, with its space.
const danishKey = " a s"

// firmKey is [names.OrgKey] of an organization's key k, with a last "a s"
// (the key of "A/S") dropped as a company suffix is, when a word is left
// before it and keep does not hold the name left. keep may be nil.
func firmKey(k string, keep map[string]bool) string {
	k = names.OrgKey(k)
	if b, ok := strings.CutSuffix(k, danishKey); ok && b != "" {
		if b = names.OrgKey(b); !keep[b] {
			return b
		}
	}
	return k
}

// danishApart returns the names, by key, whose form "A/S" the article
// keeps: a firm it also writes with a suffix of the tables is another
// company of one name, its parent or its sister ("Quarvik Plc said its
// Quarvik A/S subsidiary"), and the two stay apart. Nil when the article
// writes no "A/S", the common case, asked first.
func danishApart(ms []*mention) map[string]bool {
	var keep map[string]bool
	for _, m := range ms {
		if m.typ != Org || !strings.HasSuffix(m.key, danishKey) {
			continue
		}
		b := names.OrgKey(strings.TrimSuffix(names.OrgKey(m.key), danishKey))
		for _, o := range ms {
			if o.typ == Org && o.key != b && !strings.HasSuffix(o.key, danishKey) && names.OrgKey(o.key) == b {
				if keep == nil {
					keep = map[string]bool{}
				}
				keep[b] = true
			}
		}
	}
	return keep
}

// danishForm reports whether m, a name of two words or more before it,
// ends in the legal form "A/S" ("Quarvik Industri A/S"): the name is a
// firm's, as one ending in "Ltd" is, whatever the recognizer said
// ([scandinavianSuffix], which [foreignFirm] asks of a person or a place
// alone).
func danishForm(m *mention) bool {
	return scandinavianSuffix(m.Name, m.words)
}

// formAlone reports whether m is the form "A/S" alone, a piece of a firm's
// name that the recognizer cut off ("Quarvik (Norge) A/S"): no entity.
func formAlone(m *mention) bool {
	return len(m.words) == 2 && m.words[0] == "a" && m.words[1] == "s" && m.Name == "A/S"
}

// foreignFirmEndings end a word of a firm's or a bank's name in German,
// Danish or Swedish: a legal form written out ("Aktieselskab",
// "Aktiebolaget", "Handelsgesellschaft") or a kind of bank or institute
// ("Bankverein", "Girozentrale", "Creditanstalt", "Sparkasse"). A sea's
// bank ("Haltenbanken") and a town ("Burbank") end in none.
var foreignFirmEndings = [...]string{"gesellschaft", "aktieselskab", "aktiebolag", "aktiebolaget",
	"bankverein", "girozentrale", "anstalt", "sparkasse"}

// foreignFirmWord reports whether a name the recognizer took for a person
// or a place holds a word, or a hyphened part, that ends in a firm's ending
// ([foreignFirmEndings]): "Quarvik Telefon Aktieselskab", "Zorbit-Bankverein",
// "Lemmo Handelsgesellschaft". A name the tables or an alias rule settle
// is left.
func foreignFirmWord(m *mention) bool {
	if m.typ != Person && m.typ != Location || m.canon != "" || m.forced != "" || m.country >= 0 {
		return false
	}
	for _, w := range m.words {
		for _, e := range foreignFirmEndings {
			if strings.HasSuffix(w, e) {
				return true
			}
		}
	}
	return false
}
