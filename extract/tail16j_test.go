package extract

import (
	"strings"
	"testing"
)

// The cases of tail16j's rule, on sentences and names of our own:
// positives and the negatives that guard what it must not take; the want
// lines were read and judged one by one.

// TestTimeOwnedEvent checks [timeOwnedEvent]: a name typed as an
// organization right after a time's possessive ("last year's", "this
// Saturday's", "January's") is an event or an award, unless a noun,
// a capitalized word or a number follows it, a day's possessive stands
// alone, or the name is a body's.
func TestTimeOwnedEvent(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "an award after this year's, a full stop after",
			marked: "Films\n\nIts release made it a contender for this year's [[Quarbins|ORG]].",
			want:   []string{},
		},
		{
			name:   "an event after last year's, a past tense after",
			marked: "Sport\n\nThe row at last year's [[Zorbit Quane|ORG]] landed the channel with a fine.",
			want:   []string{},
		},
		{
			name:   "a meeting after a weekday's possessive with last, in after",
			marked: "Sport\n\nTeams were picked after last Saturday's [[Lemmovals|ORG]] in Tarn.",
			want:   []string{},
		},
		{
			name:   "a meeting after a month's possessive alone, its bare mention later",
			marked: "Sport\n\nShe won January's [[Tervane Indoor|ORG]] in Vell. [[Tervane Indoor|ORG]] drew a crowd.",
			want:   []string{},
		},
		{
			name:   "a noun after the name: the body's vote",
			marked: "Politics\n\nThey back the plan ahead of next week's [[Quarbin Council|ORG]] vote.",
			want:   []string{`org:quarbin-council ORG "Quarbin Council"`},
		},
		{
			name:   "a noun after a name with no body's word",
			marked: "Films\n\nShe walked the carpet at this year's [[Zorbit|ORG]] ceremony.",
			want:   []string{`org:zorbit ORG "Zorbit" partial`},
		},
		{
			name:   "a day's possessive alone: a newspaper's issue",
			marked: "News\n\nThe story ran in Friday's [[Lemmo Herald|ORG]], it said.",
			want:   []string{`org:lemmo-herald ORG "Lemmo Herald"`},
		},
		{
			name:   "a span with no last, this or next",
			marked: "Deal\n\nHe paid for a year's [[Quarbin Vale|ORG]] in advance.",
			want:   []string{`org:quarbin-vale ORG "Quarbin Vale"`},
		},
		{
			name:   "a number after: the name goes on",
			marked: "Sport\n\nHe is fit for this season's [[Vell Quane|ORG]] 6 Cup.",
			want:   []string{`org:vell-quane ORG "Vell Quane"`},
		},
		{
			name:   "a body's head word in the name",
			marked: "Politics\n\nIt was agreed at last month's [[Tarn Union|ORG]] in Vell.",
			want:   []string{`org:tarn-union ORG "Tarn Union"`},
		},
		{
			name:   "an acronym",
			marked: "Politics\n\nIt was agreed at last year's [[ZQV|ORG]] in Vell.",
			want:   []string{`org:zqv ORG "ZQV" partial`},
		},
		{
			name:   "a month that is a given name",
			marked: "Music\n\nThey heard April's [[Quarbin Vale|ORG]] in Tarn.",
			want:   []string{`org:quarbin-vale ORG "Quarbin Vale"`},
		},
		{
			name:   "a possessive after the name",
			marked: "Sport\n\nAt last year's [[Zorbit Quane|ORG]]'s end the fans left.",
			want:   []string{`org:zorbit-quane ORG "Zorbit Quane"`},
		},
	})
}

// TestTimeEventEnds checks [timeEventEnds] on the words after a name
// (the name ends at the "|"): the words that end an event's name after a
// time's possessive, and those that make it go on or a modifier.
func TestTimeEventEnds(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"at last year's Zorbit Quane|.", true},
		{"at last year's Zorbit Quane|", true},
		{"at last year's Zorbit Quane|, she said", true},
		{"at last year's Zorbit Quane| in Vell", true},
		{"at last year's Zorbit Quane| landed a fine", true},
		{"at last year's Zorbit Quane| Grand Vale in Vell", false},
		{"at last year's Zorbit Quane| 6 Cup", false},
		{"at last year's Zorbit Quane| vote", false},
		{"at last year's Zorbit Quane| red carpet", false},
		{"at last year's Zorbit Quane|'s end", false},
		{"at last year's Zorbit Quane|-backed show", false},
	}
	for _, tt := range tests {
		end := strings.Index(tt.text, "|")
		text := tt.text[:end] + tt.text[end+1:]
		if got := timeEventEnds(text, end); got != tt.want {
			t.Errorf("timeEventEnds(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestBookAppositionKindName checks tail16j's guard of [bookApposition]
// ([kindThingName] for [thingName]): a describing word of an
// organization's ("World", "National") in a title that an owned kind of
// book or film names in an apposition is no firm's, but a body's head at
// the end or "of" still is.
func TestBookAppositionKindName(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a book's title with a describing word",
			marked: "Law\n\nIn his new book, [[Quarbin World|ORG]], he suggests it was so.",
			want:   []string{},
		},
		{
			name:   "a body's head at the end",
			marked: "Law\n\nIn his new book, [[Quarbin Council|ORG]], he suggests it was so.",
			want:   []string{`org:quarbin-council ORG "Quarbin Council"`},
		},
		{
			name:   "a name with of",
			marked: "Law\n\nIn his new book, [[World of Quarbe|ORG]], he suggests it was so.",
			want:   []string{`org:world-of-quarbe ORG "World of Quarbe"`},
		},
	})
}
