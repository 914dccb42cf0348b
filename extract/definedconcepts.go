package extract

import (
	"strings"

	"github.com/nergraph/nergraph/internal/names"
)

// definedConcept reports whether a mention is a kind of thing defined by
// its acronym in brackets right after it, "Quarbin Burst Packet Access
// (QBPA)", its last word one of [conceptHeads] ("… Access", "… Protocol",
// "… Shares"). [definedSpans] makes that mention MISC, but a bare mention
// of the same name elsewhere in the article ("work together on Quarbin
// Burst Packet Access") kept the recognizer's ORG and gave the name its
// node; asked by [ownedThings], the name's key goes in the whole article.
// Its first question is the two bytes after the mention.
func definedConcept(text string, m *mention) bool {
	if !strings.HasPrefix(text[m.End:], " (") || len(m.words) < 2 || !conceptHeads[last(m.words)] {
		return false
	}
	rest := text[m.End+2:]
	j := strings.IndexByte(rest, ')')
	return j > 1 && j <= 12 && names.IsAcronym(rest[:j])
}
