package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// suffixedApart reports whether k, the folded words after the "and" of a
// name that [Resolver.andHalves] would cut, end in a company suffix and
// name without it a firm the article names alone elsewhere ([knownApart]):
// "the combined sales of Tervane Chemical and Quarbin Corp" where the
// article says "when Tervane Chemical bought Quarbin" (tail16n). The
// suffix closes the whole span, so the second firm is written with it
// and the article's short name of it lacks it. The words before "and",
// before, are two or more: a firm named after its partners has one
// surname there ("Vell and Okafor Inc", "Vell and Vell Co"), and the
// article calls it by the first ("Vell said"), so that one word named
// alone tells nothing. A right half of suffixes alone is left
// ([suffixOnly] asked before), and a name the article writes whole stays
// one ([Resolver.andHalves]).
func suffixedApart(text, k string, ms []*mention, m *mention, before string) bool {
	if !strings.Contains(before, " ") {
		return false // the cheap question first: one word before "and"
	}
	bare := names.OrgKey(k)
	if bare == k || bare == "" || strings.HasSuffix(bare, " and") {
		return false // no suffix to take off
	}
	return knownApart(text, bare, ms, m, before, "")
}
