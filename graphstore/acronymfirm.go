package graphstore

import (
	"slices"
	"strings"
)

// An acronym that begins a firm's name ("QVT" of QVT Video Corp) stands
// for the firm in an article that writes both, and the resolver links it
// there; another article's lone acronym of those letters is as often
// something else that the letters name (a treaty, a chip, another firm
// spelled out elsewhere). The one article that linked it is no definition
// the corpus gives, as "Quarbin Video Tervane (QVT)" is: the lone acronym
// follows such a firm, when no other article links the acronym to
// anything, only when its article's context is enough for a link. Else
// it stays apart, unless its article names a body that spells the acronym out
// ("American Motors Corp" beside "AMC", which its resolver did not link):
// then the context weighs every candidate, as where no article links it
// (tail13a, issue 10).

// firstWordFirmOf reports, for an acronym's occurrence o, whether the
// candidate id is a firm the acronym only begins the name of
// (firstWordFirm).
func (c *corpus) firstWordFirmOf(o *occurrence, id string) bool {
	return o.rule == RuleAcronym && c.firstWordFirm(acronymLetters(c.entryOf(o.art, o.pid).name), id)
}

// firstWordOnly decides for an acronym whose one known candidate is the
// firm to, which the acronym only begins the name of, and whose context e
// is not enough: apart, unless its article
// names the firm itself (linked there), or a candidate that spells the
// acronym out (contextOnly).
func (c *corpus) firstWordOnly(o *occurrence, to string, e evidence) (string, evidence, bool, bool) {
	if c.names(o.art, to) {
		return to, e, true, true // "PPG Industries" in its article: the firm
	}
	look := acronymLetters(c.entryOf(o.art, o.pid).name)
	for _, x := range o.cands {
		if f := c.full[x.id]; f != nil && c.names(o.art, x.id) && slices.ContainsFunc(f.words, func(fw []string) bool { return spellsOut(look, fw) }) {
			return c.contextOnly(o)
		}
	}
	return to, e, false, true
}

// contextOnly is decideKnown where no article's own link counts: the
// context alone may pick a candidate, enough and twice any other's
// (enoughAlone), and then decideAmong weighs them all.
func (c *corpus) contextOnly(o *occurrence) (to string, e evidence, ok, done bool) {
	if !c.enoughAlone(o, o.cands) {
		return "", evidence{}, false, true // no article says so: only the context may
	}
	return "", evidence{}, false, false
}

// firstWordFirm reports whether the full entity id is a firm that the
// acronym letters look begin the name of, as a word followed by more words
// ("qvt video corp"), written in capitals where the firm is first named
// ("Visa International" is a word's firm, not an acronym's), and that no
// name of it spells the acronym out.
func (c *corpus) firstWordFirm(look, id string) bool {
	f := c.full[id]
	if f == nil || look == "" || !capsFirst(f.first) {
		return false
	}
	first := false
	for _, fw := range f.words {
		if spellsOut(look, fw) {
			return false
		}
		if len(fw) > 1 && fw[0] == look {
			first = true
		}
	}
	return first
}

// capsFirst reports whether the first word of name is written in capitals
// as an acronym is: "QVT Video Corp", not "Visa International".
func capsFirst(name string) bool {
	w, _, _ := strings.Cut(strings.TrimSpace(name), " ")
	return isAcronym(w)
}
