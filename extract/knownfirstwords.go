package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// knownFirstWords gives a body's first word, which an article uses alone
// after or before the body's well-known short name of two words, what that
// name stands for: "Tervane Mae said ..., and Tervane's chief" makes the
// one-word "Tervane" the Tervane Mae the table knows, not a person. Only a
// one-word mention the recognizer took for a person, with no name of its
// own, in an article where [Resolver.knownName] resolved a name of two or
// more words that begins with that word.
func knownFirstWords(a *article) {
	var known []*mention // the mentions knownName resolved, usually none
	for _, m := range a.ms {
		if m.canon != "" && len(m.words) >= 2 && m.typ == Org {
			if _, ok := names.Known(m.Name); ok {
				known = append(known, m)
			}
		}
	}
	if len(known) == 0 {
		return
	}
	for _, m := range a.ms {
		if len(m.words) != 1 || m.typ != Person || m.canon != "" || m.forced != "" {
			continue
		}
		for _, k := range known {
			if strings.HasPrefix(k.key, m.key+" ") {
				m.typ, m.typed, m.canon = Org, true, k.canon
				break
			}
		}
	}
}
