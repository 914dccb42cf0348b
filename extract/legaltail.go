package extract

import "github.com/nergraph/nergraph/internal/names"

// A firm's legal form may follow its company suffix, as the last word of
// its name: the Australian mining company's "No Liability", written "N.L."
// or "NL" ("Tervane Corp N.L."). [corpCut] cuts a name after a suffix
// that a capitalized word follows, and made the form a firm of its own,
// which the corpus then linked to a firm whose name begins with those
// letters (tail13h, issue 10). Only the name's last word: "Tervane Corp
// NL Vell" is left to corpCut.

// legalTails are the legal forms written after a company suffix.
var legalTails = names.Set{"nl": true}

// legalTail reports whether the word after the suffix ws[i] is a legal
// form that ends the name.
func legalTail(ws []word, i int) bool {
	return i == len(ws)-2 && legalTails.Has(ws[i+1].text) || seriesTail(ws, i) // tail15u: seriesTail
}
