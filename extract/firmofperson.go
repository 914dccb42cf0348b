package extract

import "slices"

// A firm called by its founder's surname (tail17l). A one-word name the
// article types a firm is linked under the person whose surname it is
// when no firm of the article fits it better ([Resolver.linkShortNames]):
// right for a surname the recognizer took for a firm ("Vell said"), wrong
// for a firm named after its founder, whose head the article names too
// ("Quarnell, the car company, reported ...", "said its chief executive
// Ivo Quarnell"). An apposition that calls the name a firm of some kind
// ([appositionAfter], [firmHead], [appositionFirms]: ", the car company",
// " is a steel firm") says it is the firm: the name's group is taken back
// out of the person's and stays a firm of its own.

// unlinkApposedFirms takes out of a person's entity a one-word group typed
// a firm, none of whose mentions is typed a person and one of whose
// mentions an apposition calls a firm. Only groups
// linked under a person and typed a firm are read, a few in an article;
// each mention's apposition is a prefix test before any word is read.
func unlinkApposedFirms(text string, groups []*group) {
	for _, g := range groups {
		if g.parent == nil || g.isFixed || g.typ != Org || len(g.words) != 1 || g.root().typ != Person ||
			slices.ContainsFunc(g.own, func(m *mention) bool { return m.typ == Person }) {
			continue // a mention typed a person is the person's ("Halbert, Ann Vell and Ivo Quarnsen were named")
		}
		for _, m := range g.own {
			after := appositionAfter(text[m.End:])
			if after == "" {
				continue
			}
			if head, ok := firmHead(skipScope(after)); ok && appositionFirms[head] {
				g.parent = nil
				break
			}
		}
	}
}
