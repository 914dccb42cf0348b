package extract

import (
	"github.com/nergraph/nergraph/internal/names"
)

// variantNouns name a variant or a kind of a product before "of" and its
// name: "a new version of ZorbiPad", "the next generation of
// LemmoStations". A firm is no kind of anything; its products' users and
// owners ("owners of QuarbNet") may be its shareholders, and are left.
var variantNouns = names.Set{"type": true, "types": true, "kind": true, "kinds": true, "version": true,
	"versions": true, "model": true, "models": true, "generation": true, "generations": true}

// variantOwners may stand between "of" and the product's name: "a version
// of the ZorbiPad", "the next generation of its LemmoStations".
var variantOwners = names.Set{"the": true, "its": true, "their": true, "his": true, "her": true}

// camelVariant reports whether a one-word camel-case name typed as an
// organization ([typeByWords] types every such name a firm by its shape)
// is a product by a variant's noun and "of" before it ([variantNouns],
// maybe with "the" or a possessive pronoun between: "a new type of
// ZorbiPad", "a version of its QuarbNet", "the next generation of
// LemmoStations"). A name an alias, a country's or an agency's table
// gave, and a body's initials ("a version of the DfQE"), are left.
func camelVariant(text string, m *mention) bool {
	if len(m.words) != 1 || m.typ != Org || !names.IsCamelCase(m.Name) {
		return false // the usual case, decided at once: no one-word camel-case firm
	}
	if !lowerTail(m.Name) || m.canon != "" || m.forced != "" || m.agency >= 0 || m.country >= 0 {
		return false
	}
	p, ps := prevWordFast(text, m.Start)
	if variantOwners[p] {
		p, ps = prevWordFast(text, ps)
	}
	if p != "of" {
		return false
	}
	k, _ := prevWordFast(text, ps)
	return variantNouns[k]
}
