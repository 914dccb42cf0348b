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
			name:   "a radio link's access (tail17t)",
			marked: "Phones\n\n[[Quarbin Burst Packet Access|ORG]] (QBPA) will be sold by [[Tervane Mobile|ORG]] next year.",
			want:   []string{`org:tervane-mobile ORG "Tervane Mobile"`},
		},
		{
			name:   "a screen's display (tail17t)",
			marked: "Sets\n\nShops sold [[Lemmo Crystal Display|ORG]] (LCD) sets, [[Tervane Retail|ORG]] said.",
			want:   []string{`org:tervane-retail ORG "Tervane Retail"`},
		},
		{
			name:   "a tongue (tail17t)",
			marked: "Deaf\n\nUsers of [[Quarbish Hand Language|ORG]] (QHL) will get calls relayed, [[Tervane Relay|ORG]] said.",
			want:   []string{`org:tervane-relay ORG "Tervane Relay"`},
		},
		{
			name:   "a body named for a language keeps its type (tail17t)",
			marked: "Deaf\n\nThe [[Quarbish Hand Language Council|ORG]] (QHLC) runs the classes. The QHLC said so.",
			want:   []string{`org:quarbish-hand-language-council ORG "Quarbish Hand Language Council"`},
		},
		{
			name:   "a body keeps its type",
			marked: "Web\n\nThe [[Tervish Domain Names Agency|ORG]] (TDNA) runs the system. The TDNA said so.",
			want:   []string{`org:tervish-domain-names-agency ORG "Tervish Domain Names Agency"`},
		},
	})
}
