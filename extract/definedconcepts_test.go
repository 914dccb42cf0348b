package extract

import "testing"

// TestDefinedConcept checks, on sentences of our own with made-up names,
// that a kind of thing defined by its acronym in brackets takes its bare
// mentions elsewhere in the article with it ([definedConcept]), and what
// stays: a body's name defined by its acronym, a firm of a concept's word
// with no acronym after it, a concept's name with words in brackets.
func TestDefinedConcept(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "a bare mention before the definition",
			marked: "Phones\n\nTwo firms agreed to work on [[Quarbin Burst Packet Access|ORG]]. " +
				"The firm chose technology based on the [[Quarbin Burst Packet Access|ORG]] ([[QBPA|ORG]]) standard.",
			want: nil,
		},
		{
			name: "a body defined by its acronym",
			marked: "Phones\n\nTwo firms agreed to work with [[Quarbin Burst Packet Council|ORG]]. " +
				"The [[Quarbin Burst Packet Council|ORG]] ([[QBPC|ORG]]) met on Monday.",
			want: []string{`org:quarbin-burst-packet-council ORG "Quarbin Burst Packet Council"`},
		},
		{
			name:   "a firm of a concept's word, no acronym",
			marked: "Phones\n\nShares in [[Tervane Access|ORG]] (Lunmark) rose on Monday.",
			want:   []string{`org:tervane-access ORG "Tervane Access"`},
		},
	})
}
