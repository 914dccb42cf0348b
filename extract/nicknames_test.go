package extract

import (
	"slices"
	"testing"
)

// TestQuotedNicknameSpans checks, on sentences of our own with made-up
// names, that a quoted nickname between a first name and a surname the
// recognizer took for two people makes one person, whatever it took the
// nickname for; and the cases left alone: a firm's quoted letter, a
// nickname of lower-case words, a surname the recognizer did not take for
// a person's.
func TestQuotedNicknameSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a nickname taken for a place",
			marked: "Music\n\n[[Lemmo|PER]] \"[[QB|LOC]]\" [[Rigby|PER]], head of the label, spoke. [[Rigby|PER]] said so.",
			want:   []string{`person:lemmo-qb-rigby PERSON "Lemmo \"QB\" Rigby"`},
		},
		{
			name:   "a nickname of two words in curly quotes, no span",
			marked: "Music\n\nThe band signed with [[Tervane|PER]] “Big Lou” [[Okafor|PER]] in May.",
			want:   []string{`person:tervane-big-lou-okafor PERSON "Tervane “Big Lou” Okafor"`},
		},
		{
			name:   "a firm's quoted letter",
			marked: "Shops\n\n[[Zorbit|ORG]] \"R\" [[Lemmo|ORG]] sold more toys.",
			want:   []string{`org:lemmo ORG "Lemmo" partial`, `org:zorbit ORG "Zorbit" partial`},
		},
		{
			name:   "a nickname of lower-case words",
			marked: "Crime\n\n[[Lemmo|PER]] \"the knife\" [[Rigby|PER]] was jailed.",
			want:   []string{`person:lemmo PERSON "Lemmo" partial`, `person:rigby PERSON "Rigby" partial`},
		},
		{
			name:   "a surname not taken for a person",
			marked: "Music\n\n[[Ann Rigby|PER]] \"Tervane\" [[Quarbin|ORG]] was the show.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`, `person:ann-rigby PERSON "Ann Rigby"`},
		},
	})
}

// TestQuotedNicknameSpansBadSpans checks that spans out of their
// sentence's bounds, empty or reversed, are passed on untouched, with no
// panic.
func TestQuotedNicknameSpansBadSpans(t *testing.T) {
	sents := simpleTokenize(`Lemmo "QB" Rigby spoke.`)
	for _, spans := range [][]Span{
		{{Sentence: 0, Start: 3, End: 0, Type: Person}, {Sentence: 0, Start: 4, End: 5, Type: Person}},
		{{Sentence: 0, Start: 0, End: 1, Type: Person}, {Sentence: 0, Start: 4, End: 40, Type: Person}},
		{{Sentence: 5, Start: 0, End: 1, Type: Person}},
		{{Sentence: 0, Start: 0, End: 99, Type: Person}},
	} {
		want := slices.Clone(spans)
		if got := quotedNicknameSpans(sents, spans); !slices.Equal(got, want) {
			t.Errorf("quotedNicknameSpans(%v) = %v, want it untouched", want, got)
		}
	}
}
