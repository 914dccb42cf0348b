package extract

import "testing"

// TestFirmBeforeBare checks, on sentences of our own, that one word in no
// span, "and" and a firm of one word and a suffix make one firm, and that
// a word the article names alone, or a list, stays apart.
func TestFirmBeforeBare(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "at the sentence's start",
			marked: "Offer\n\nGeology and [[Habitat Inc|ORG]] said it would sell shares.",
			want:   []string{`org:geology-and-habitat ORG "Geology and Habitat Inc"`},
		},
		{
			name:   "the word named alone elsewhere",
			marked: "Offer\n\nGeology and [[Habitat Inc|ORG]] said it would sell shares. Geology is a science.",
			want:   []string{`org:habitat ORG "Habitat Inc"`},
		},
		{
			name:   "a list",
			marked: "Offer\n\n[[Lemmo|ORG]], Geology and [[Habitat Inc|ORG]] said so.",
			want:   []string{`org:habitat ORG "Habitat Inc"`, `org:lemmo ORG "Lemmo" partial`},
		},
	})
}
