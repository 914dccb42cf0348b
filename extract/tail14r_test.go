package extract

import (
	"fmt"
	"strings"
	"testing"
)

// The cases of tail14r's rules, on sentences and names of our own. Each
// test holds the positives of one rule and the negatives that guard what
// it must not take; the want lines were read and judged one by one.

// TestCutOpener checks [cutOpenerSpans] through the resolver: a name
// whose first word the recognizer cut off is the firm the article names
// in full with it.
func TestCutOpener(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a headline in capitals cut after its first word",
			marked: "ALLOWAY , EIGHTH [[TERVANE|LOCATION]] SET MERGER\n\n[[Eighth Tervane Corp|ORG]] said it agreed to merge with Alloway.",
			want:   []string{`org:eighth-tervane ORG "Eighth Tervane Corp"`},
		},
		{
			name:   "a sentence that opens with the cut word",
			marked: "Notes\n\nThe notes are underwritten by [[Eighth Tervane Corp.|ORG]] Eighth [[Tervane|LOCATION]] leads the issue.",
			want:   []string{`org:eighth-tervane ORG "Eighth Tervane Corp."`},
		},
	})
}

// TestCutOpenerSpans checks [cutOpenerSpans] on the spans it gives: the
// words it grows a span over, and those it leaves.
func TestCutOpenerSpans(t *testing.T) {
	tests := []struct{ name, marked, want string }{
		{"one word cut", "Eighth [[Tervane|LOCATION]] rose. [[Eighth Tervane Inc|ORG]] said so.", "Eighth Tervane|ORG; Eighth Tervane Inc|ORG"},
		{"two words cut", "OLD EIGHTH [[QUARBIN|LOCATION]] rose. [[Old Eighth Quarbin Ltd|ORG]] said so.", "OLD EIGHTH QUARBIN|ORG; Old Eighth Quarbin Ltd|ORG"},
		{"a span after of", "Bank of [[Quarbin|LOCATION]] rose. [[Bank of Quarbin Ltd|ORG]] said so.", "Quarbin|LOCATION; Bank of Quarbin Ltd|ORG"},
		{"a given name before a person's surname", "Ann [[Quarbin|PERSON]] rose. [[Ann Quarbin Ltd|ORG]] said so.", "Quarbin|PERSON; Ann Quarbin Ltd|ORG"},
		{"a minor word before a place", "The [[Tervane|LOCATION]] plant of [[The Tervane Co|ORG]] closed.", "Tervane|LOCATION; The Tervane Co|ORG"},
		{"a title before a person", "Chairman [[Vell|PERSON]] spoke for [[Chairman Vell Holdings|ORG]].", "Vell|PERSON; Chairman Vell Holdings|ORG"},
		{"a form's tail after the name", "I P [[SHARP|ORG]] rose. [[I P Sharp Associates Ltd|ORG]] said so.", "I P SHARP|ORG; I P Sharp Associates Ltd|ORG"},
		{"a longer name the words only open", "Eighth [[Tervane|LOCATION]] rose. [[Eighth Tervane Bank and Trust Co|ORG]] said so.", "Tervane|LOCATION; Eighth Tervane Bank and Trust Co|ORG"},
		{"no organization opened by the words", "Eighth [[Tervane|LOCATION]] rose, said [[Quarbin Group|ORG]].", "Tervane|LOCATION; Quarbin Group|ORG"},
		{"a place's full name, no organization", "North [[Tervane|LOCATION]] and [[North Tervane Bay|LOCATION]] froze.", "Tervane|LOCATION; North Tervane Bay|LOCATION"},
		{"a name that goes on after the span", "the Official [[UK|COUNTRY]] Singles Chart of [[Official UK Charts Company|ORG]].", "UK|COUNTRY; Official UK Charts Company|ORG"},
		{"a figure before the name", "Unit 7 [[Tervane|LOCATION]] of [[7 Tervane Corp|ORG]] rose.", "Tervane|LOCATION; 7 Tervane Corp|ORG"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body, marks, err := parseMarkup(tt.marked)
			if err != nil {
				t.Fatal(err)
			}
			sents := simpleTokenize(body)
			spans := cutOpenerSpans(sents, spansFor(sents, marks))
			var got []string
			for _, sp := range spans {
				var ws []string
				for _, tk := range sents[sp.Sentence].Tokens[sp.Start:sp.End] {
					ws = append(ws, tk.Text)
				}
				got = append(got, strings.Join(ws, " ")+"|"+string(sp.Type))
			}
			if g := strings.Join(got, "; "); g != tt.want {
				t.Errorf("got %q, want %q", g, tt.want)
			}
		})
	}
}

// TestInitialedSurname checks [initialedSurname]: a surname alone typed a
// person is the firm named after a person with initials that the article
// writes with its suffix, unless the article makes it a person's.
func TestInitialedSurname(t *testing.T) {
	const firm = "QUARBIN UNIT SETS PURCHASE\n\nQuarbin Corp's [[%s Vellmore Co|ORG]] subsidiary said it agreed to acquire Tervane Ltd.\n\n"
	checkMarked(t, []markedCase{
		{
			name:   "a given name and an initial",
			marked: fmt.Sprintf(firm, "Chas P") + "[[Vellmore|PERSON]] said the acquisition is subject to review.",
			want:   []string{`org:chas-p-vellmore ORG "Chas P Vellmore Co"`},
		},
		{
			name:   "two initials",
			marked: fmt.Sprintf(firm, "J P") + "[[Vellmore|PERSON]] said the acquisition is subject to review.",
			want:   []string{`org:j-p-vellmore ORG "J P Vellmore Co"`},
		},
		{
			name:   "a title before the surname",
			marked: fmt.Sprintf(firm, "J P") + "Mr [[Vellmore|PERSON]] said he was glad.",
			want:   []string{`org:j-p-vellmore ORG "J P Vellmore Co"`, `person:vellmore PERSON "Vellmore" partial`},
		},
		{
			name:   "a pronoun after the surname",
			marked: fmt.Sprintf(firm, "J P") + "[[Vellmore|PERSON]] said he was glad.",
			want:   []string{`org:j-p-vellmore ORG "J P Vellmore Co"`, `person:vellmore PERSON "Vellmore" partial`},
		},
		{
			name:   "a person's full name with an initial typed an organization, no suffix",
			marked: "QUARBIN NAMES PRESIDENT\n\nQuarbin Corp named [[James Q. Vellmore|ORG]] president of its unit.\n\n[[Vellmore|PERSON]] joined the company in 1970.",
			want:   []string{`org:james-q-vellmore ORG "James Q. Vellmore"`, `person:vellmore PERSON "Vellmore" partial`},
		},
		{
			name:   "two given names, no initial",
			marked: fmt.Sprintf(firm, "Ann Marie") + "[[Vellmore|PERSON]] said the deal closes soon.",
			want:   []string{`org:ann-marie-vellmore ORG "Ann Marie Vellmore Co"`, `person:vellmore PERSON "Vellmore" partial`},
		},
	})
}
