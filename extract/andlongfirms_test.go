package extract

import "testing"

// TestFirmAtBareLong checks, on sentences of our own, that a firm of three
// words, "and", one bare word and a suffix make one firm, and that a first
// firm with its own suffix, or one named alone, stays apart.
func TestFirmAtBareLong(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "three words and a bare word with a suffix",
			marked: "Results\n\nNOTE: [[Quarbin Consolidated Drilling|ORG]] and Exploration Corp of Lemmox.",
			want:   []string{`org:quarbin-consolidated-drilling-and-exploration ORG "Quarbin Consolidated Drilling and Exploration Corp"`},
		},
		{
			name:   "the first firm has its own suffix",
			marked: "Deal\n\n[[Quarbin Drilling Holdings Corp|ORG]] and Tervel Inc agreed to merge.",
			want:   []string{`org:quarbin-drilling ORG "Quarbin Drilling Holdings Corp"`},
		},
		{
			name:   "the first firm named alone",
			marked: "Deal\n\n[[Quarbin Consolidated Drilling|ORG]] and Tervel Inc agreed to merge. Quarbin Consolidated Drilling shares rose.",
			want:   []string{`org:quarbin-consolidated-drilling ORG "Quarbin Consolidated Drilling"`},
		},
	})
}

// TestFirmBeforeBareLong checks, on sentences of our own, that one word in
// no span, "and" and a firm of several words and a suffix make one firm,
// and that a rating, a title's word or a list stays apart.
func TestFirmBeforeBareLong(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "at the sentence's start",
			marked: "Symbol\n\nField and [[Meadow Lamp Fittings Corp|ORG]] said its symbol changed.",
			want:   []string{`org:field-and-meadow-lamp-fittings ORG "Field and Meadow Lamp Fittings Corp"`},
		},
		{
			name:   "after a note's colon",
			marked: "Results\n\nNOTE: Field and [[Meadow Lamp Fittings Corp|ORG]] said so.",
			want:   []string{`org:field-and-meadow-lamp-fittings ORG "Field and Meadow Lamp Fittings Corp"`},
		},
		{
			name:   "a rating before the firm",
			marked: "Rating\n\nIt was rated Baa-2 and [[Quarbin Lamp Fittings Corp|ORG]] said so.",
			want:   []string{`org:quarbin-lamp-fittings ORG "Quarbin Lamp Fittings Corp"`},
		},
		{
			name:   "a title's word before the firm",
			marked: "People\n\nHe was named Director and [[Vice Chairman of Quarbin Inc|ORG]] yesterday.",
			want:   []string{`org:vice-chairman-of-quarbin ORG "Vice Chairman of Quarbin Inc"`},
		},
		{
			name:   "a list",
			marked: "Deal\n\n[[Lemmo|ORG]], Field and [[Meadow Lamp Fittings Corp|ORG]] said so.",
			want:   []string{`org:lemmo ORG "Lemmo" partial`, `org:meadow-lamp-fittings ORG "Meadow Lamp Fittings Corp"`},
		},
	})
}

// TestFirmAtLong checks, on sentences of our own, that a firm of three
// words, "and" and a span of one common word and a suffix make one firm,
// and that a span of a name and a suffix stays apart.
func TestFirmAtLong(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a common word and a suffix after and",
			marked: "Results\n\nNOTE: [[Quarbin Consolidated Drilling|ORG]] and [[Development Corp|ORG]] of Lemmox.",
			want:   []string{`org:quarbin-consolidated-drilling-and-development ORG "Quarbin Consolidated Drilling and Development Corp"`},
		},
		{
			name:   "a name and a suffix after and",
			marked: "Deal\n\n[[Quarbin Consolidated Drilling|ORG]] and [[Tervel Corp|ORG]] agreed to merge.",
			want:   []string{`org:quarbin-consolidated-drilling ORG "Quarbin Consolidated Drilling"`, `org:tervel ORG "Tervel Corp"`},
		},
	})
}
