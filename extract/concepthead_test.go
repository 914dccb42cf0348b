package extract

import "testing"

// TestConceptHeadDefinitions checks, on sentences of our own, that an
// acronym defined by a name whose head is a kind of thing ("... Shares",
// "... Domain Name", "... Added Tax") is no organization, while one
// defined by a body's name stays an organization. The resolver leaves
// MISC entities out by default, so a concept is not listed.
func TestConceptHeadDefinitions(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a security",
			marked: "Savers\n\nMembers who hold [[Quarbin Interest Bearing Shares|ORG]] (QIBS) may lose out, [[Marlow Building Society|ORG]] said.",
			want:   []string{`org:marlow-building-society ORG "Marlow Building Society"`},
		},
		{
			name:   "a standard",
			marked: "Web\n\nThe [[Tervish Domain Name|ORG]] (TDN) system lets sites use other scripts. The TDN problem is known, [[Quarbin Registry|ORG]] said.",
			want:   []string{`org:quarbin-registry ORG "Quarbin Registry"`},
		},
		{
			name:   "a body keeps its type",
			marked: "Web\n\nThe [[Tervish Domain Names Agency|ORG]] (TDNA) runs the system. The TDNA said so.",
			want:   []string{`org:tervish-domain-names-agency ORG "Tervish Domain Names Agency"`},
		},
	})
}
