package extract

import (
	"fmt"
	"testing"
)

// TestHomeTowns checks [homeTowns] through the resolver: the one word of
// "Full Name, of X," is where the person lives, a place, and no short name
// of the person.
func TestHomeTowns(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "the town is the person's surname",
			marked: "[[Lemmo Tervane|PERSON]], of [[Tervane|PERSON]], said the vote was close.",
			want:   []string{`location:tervane LOCATION "Tervane" partial`, `person:lemmo-tervane PERSON "Lemmo Tervane"`},
		},
		{
			name:   "the surname town typed a place",
			marked: "[[Lemmo Tervane|PERSON]], of [[Tervane|LOCATION]], said the vote was close.",
			want:   []string{`location:tervane LOCATION "Tervane" partial`, `person:lemmo-tervane PERSON "Lemmo Tervane"`},
		},
		{
			name:   "another town typed a person",
			marked: "[[Dara Quell|PERSON]], of [[Vellmore|PERSON]], said she would vote.",
			want:   []string{`location:vellmore LOCATION "Vellmore" partial`, `person:dara-quell PERSON "Dara Quell"`},
		},
		{
			name:   "an organization after of is left: a body or a firm",
			marked: "[[Dara Quell|PERSON]], of [[Vellmore|ORG]], said she would vote.",
			want:   []string{`org:vellmore ORG "Vellmore" partial`, `person:dara-quell PERSON "Dara Quell"`},
		},
		{
			name:   "no comma after the word: a person's possessive",
			marked: "[[Dara Quell|PERSON]], of [[Vellmore|PERSON]]'s staff, said so.",
			want:   []string{`person:dara-quell PERSON "Dara Quell"`, `person:vellmore PERSON "Vellmore" partial`},
		},
		{
			name:   "a one-word name before: no full name",
			marked: "[[Quell|PERSON]], of [[Vellmore|PERSON]], said so.",
			want:   []string{`person:quell PERSON "Quell" partial`, `person:vellmore PERSON "Vellmore" partial`},
		},
		{
			name:   "the surname elsewhere is still the person's",
			marked: "[[Lemmo Tervane|PERSON]] spoke. Later [[Tervane|PERSON]] said the vote was close.",
			want:   []string{`person:lemmo-tervane PERSON "Lemmo Tervane"`},
		},
	})
}

// TestClubTailJoin checks [clubTailJoin] through the resolver: a place's
// name and the athletics club's word the recognizer cut from it are one
// club's name.
func TestClubTailJoin(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a place of two words and AC",
			marked: "L Quell ([[Tervane Isles|LOCATION]] [[AC|ORG]]) won the race.",
			want:   []string{`org:tervane-isles-ac ORG "Tervane Isles AC"`},
		},
		{
			name:   "a place and Harriers",
			marked: "L Quell ([[Vellmore|LOCATION]] [[Harriers|ORG]]) won the race.",
			want:   []string{`org:vellmore-harriers ORG "Vellmore Harriers"`},
		},
		{
			name:   "a capitalized word after: another club's name begins",
			marked: "Fans of [[Tervane|LOCATION]] [[AC|ORG]] Quell cheered.",
			want:   []string{`org:ac ORG "AC" partial`},
		},
		{
			name:   "not the club's word as written",
			marked: "L Quell ([[Tervane Isles|LOCATION]] [[ac|ORG]]) won the race.",
			want:   []string{`location:tervane-isles LOCATION "Tervane Isles"`, `org:ac ORG "ac" partial`},
		},
	})
}

// TestDigitWordSpans checks [digitWordSpans] through the resolver: a name
// that writes "4" for "for" is one name, and its first half no short name
// of a longer name ending in that word.
func TestDigitWordSpans(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "two halves typed organizations",
			marked: "Protesters from [[Quells|ORG]] 4 [[Tervane|ORG]] were held. Ann Vell, from [[Parents Need Quells|ORG]], spoke.",
			want:   []string{`org:parents-need-quells ORG "Parents Need Quells"`, `org:quells-4-tervane ORG "Quells 4 Tervane"`},
		},
		{
			name:   "two for to, one half an organization",
			marked: "The charity [[Lemmo|ORG]] 2 [[Vell|PERSON]] raised money.",
			want:   []string{`org:lemmo-2-vell ORG "Lemmo 2 Vell"`},
		},
		{
			name:   "another digit: two names",
			marked: "Shares of [[Quarbin|ORG]] 5 [[Tervane|ORG]] rose.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`, `org:tervane ORG "Tervane" partial`},
		},
		{
			name:   "two people: no organization",
			marked: "[[Dara Quell|PERSON]] 2 [[Lemmo Vell|PERSON]] was the score.",
			want:   []string{`person:dara-quell PERSON "Dara Quell"`, `person:lemmo-vell PERSON "Lemmo Vell"`},
		},
	})
}

// TestDigitWordSpansGuards checks what [digitWordSpans] leaves: a score
// and a product's version.
func TestDigitWordSpansGuards(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a score",
			marked: "Last night's results: [[Tervane|ORG]] 2 [[Quell|ORG]] 0, and more.",
			want:   []string{`org:quell ORG "Quell" partial`, `org:tervane ORG "Tervane" partial`},
		},
		{
			name:   "a version's digit before a product's words",
			marked: "Quarbin released [[Zorbit|ORG]] 2 [[Platform Standard Edition|ORG]] this week.",
			want:   []string{`org:platform-standard-edition ORG "Platform Standard Edition"`, `org:zorbit ORG "Zorbit" partial`},
		},
	})
}

// TestFamilyNames checks [familyNames] through the resolver: a surname
// written as a family's name is no mention of the person of that surname.
func TestFamilyNames(t *testing.T) {
	checkSummaries(t, []markedCase{
		{
			name:   "the family under the full name",
			marked: "The show was hosted by the [[Tervane|PERSON]] family. Singers including [[Kim Tervane|PERSON]] performed.",
			want:   []string{"person:kim-tervane 1"},
		},
		{
			name:   "the family's possessive",
			marked: "It is the [[Quell|PERSON]] family's home, said [[Ann Quell|PERSON]].",
			want:   []string{"person:ann-quell 1"},
		},
		{
			name:   "a family's word glued on: familyhood",
			marked: "It is the [[Quell|PERSON]] familyhood, said [[Ann Quell|PERSON]].",
			want:   []string{"person:ann-quell 2"},
		},
		{
			name:   "no the before: a person and her family",
			marked: "[[Ann Quell|PERSON]] spoke. Later [[Quell|PERSON]] family members came.",
			want:   []string{"person:ann-quell 2"},
		},
		{
			name:   "a firm's family: typed a person once, the firm elsewhere",
			marked: "[[Quarbin Corp|ORG]] bought Vell. Workers joined the [[Quarbin|PERSON]] family, [[Quarbin|ORG]] said.",
			want:   []string{"org:quarbin 3"},
		},
		{
			name:   "an organization's family of products",
			marked: "It joins the [[Quarbin|ORG]] family of funds, [[Quarbin|ORG]] said.",
			want:   []string{"org:quarbin 2"},
		},
	}, mentionCounts)
}

// mentionCounts writes each entity of es as its id and its number of
// mentions.
func mentionCounts(es []Entity) []string {
	out := make([]string, 0, len(es))
	for _, e := range es {
		out = append(out, fmt.Sprintf("%s %d", e.ID, len(e.Mentions)))
	}
	return out
}
