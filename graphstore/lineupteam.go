package graphstore

// A surname that stands in a line-up links to a full name that another
// sports story gives (see sportsPerson) only when its article shares
// something with the full name's articles besides countries and people's
// surnames (a club, a town, a competition: see apart), or when the corpus
// knows no other full name it fits: a Hearts line-up's "Wallace" is not
// the Irish flanker David Wallace because both are sportsmen, where the
// graph holds other Wallaces too; a Newcastle line-up's "Ameobi", the one
// Ameobi of the corpus, is still Shola Ameobi. Unlinked, the name is a
// node of the line-ups that share its team ([RuleLineup], see split).

// teamless reports whether the short name of o stands in a line-up of its
// article, fits more than one full name of the corpus, and the evidence e
// for one of them holds no more than countries.
func (lu *lineups) teamless(o *occurrence, e evidence) bool {
	if e.things > 0 || !lu.inList[o.art][o.pid] {
		return false
	}
	n := 0
	for _, x := range o.cands {
		if !x.barred {
			n++
		}
	}
	return n >= 2
}
