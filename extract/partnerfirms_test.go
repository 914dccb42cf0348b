package extract

import (
	"slices"
	"testing"

	"github.com/nergraph/nergraph/extract/text"
)

// TestPartnerFirmSpans checks, on sentences of our own, that a
// partnership's name that lists surnames with commas before "and Co" is one
// firm, while a firm's suffix, a day, a place or a firm's name of two words
// before the list keeps the names apart.
func TestPartnerFirmSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "three partners and Co",
			marked: "Audit\n\nThe books were checked by the accounting firm of [[Kelmar|ORG]], [[Dorvane|PER]], [[Tessing|PER]] and Co, it said.",
			want:   []string{`org:kelmar-dorvane-tessing ORG "Kelmar, Dorvane, Tessing and Co"`},
		},
		{
			name:   "four partners and Co. after another firm",
			marked: "Deal\n\nThe advisers are [[Halvex Corp|ORG]], [[Quillan|PER]], [[Marlowe|PER]], [[Stennet|ORG]], [[Vayle|PER]] and Co. of Boston.",
			want:   []string{`org:halvex ORG "Halvex Corp"`, `org:quillan-marlowe-stennet-vayle ORG "Quillan, Marlowe, Stennet, Vayle and Co."`},
		},
		{
			name:   "a day, a place, a two-word firm",
			marked: "Deal\n\nOn Monday, [[Kelmar|ORG]] and Co bid. [[Halvex Lynn|ORG]], [[Tessing|ORG]] and Co and [[Boston|LOC]], [[Dorvane|ORG]] and Co agreed.",
			want:   []string{`location:boston LOCATION "Boston" partial`, `org:dorvane ORG "Dorvane" partial`, `org:halvex-lynn ORG "Halvex Lynn"`, `org:kelmar ORG "Kelmar" partial`, `org:tessing ORG "Tessing" partial`},
		},
	})
}

// TestPartnerFirmPeople checks that a word in capitals, the end of a list
// of names or the surname of a person the article names in full does not
// begin a partnership's name.
func TestPartnerFirmPeople(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a product in capitals",
			marked: "Drugs\n\nThe firm that makes [[QXR|ORG]], [[Tessing|ORG]] and Co and others agreed.",
			want:   []string{`org:qxr ORG "QXR" partial`, `org:tessing ORG "Tessing" partial`},
		},
		{
			name:   "a list's end before a firm of the last name",
			marked: "Deal\n\nUnder the pact between [[Kelmar|ORG]] and [[Dorvane|PER]], [[Kelmar and Co|ORG]] would hold stock.",
			want:   []string{`org:kelmar-and ORG "Kelmar and Co"`, `person:dorvane PERSON "Dorvane" partial`},
		},
		{
			name:   "a person's surname",
			marked: "Deal\n\nUnder the deal between [[Kelmar|ORG]] and [[Ann Dorvane|PER]], [[Kelmar|ORG]] and Co would hold her stock. [[Dorvane|PER]], [[Kelmar|ORG]] and Co agreed.",
			want:   []string{`org:kelmar ORG "Kelmar" partial`, `person:ann-dorvane PERSON "Ann Dorvane"`},
		},
	})
}

// TestWithSpans checks that a span running into a partnership's name from
// before is cut before the name and its comma, and goes when only a day is
// left, and that spans inside the name give way to it.
func TestWithSpans(t *testing.T) {
	sents := text.Tokenize("Foo\n\nOn Monday, Kelmar, Dorvane and Co bid.")
	toks := func(int) []text.Token { return sents[1].Tokens }
	// On(0) Monday(1) ,(2) Kelmar(3) ,(4) Dorvane(5) and(6) Co(7)
	spans := []Span{{Sentence: 1, Start: 1, End: 4, Type: Org}, {Sentence: 1, Start: 5, End: 6, Type: Person}}
	add := []Span{{Sentence: 1, Start: 3, End: 8, Type: Org}}
	got := withSpans(toks, spans, add)
	want := []Span{{Sentence: 1, Start: 3, End: 8, Type: Org}}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	// A name before the comma stays, cut there.
	sents = text.Tokenize("Foo\n\nHalvex Lynn Kelmar, Dorvane and Co bid.")
	// Halvex(0) Lynn(1) Kelmar(2) ,(3) Dorvane(4) and(5) Co(6)
	spans = []Span{{Sentence: 1, Start: 0, End: 3, Type: Org}}
	add = []Span{{Sentence: 1, Start: 2, End: 7, Type: Org}}
	got = withSpans(toks, spans, add)
	want = []Span{{Sentence: 1, Start: 0, End: 2, Type: Org}, {Sentence: 1, Start: 2, End: 7, Type: Org}}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}
