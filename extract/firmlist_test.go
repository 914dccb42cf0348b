package extract

import "testing"

// TestFirmList checks that a firm named after its founders, taken for a
// person, is a firm in a list of firms and after "giant", and that a
// person after such a list stays a person.
func TestFirmList(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a list of companies",
			marked: "Show\n\nIt hears speeches from technology companies such as [[Quarbin|ORG]], [[Zorbit|ORG]], and [[Ann Lemmo|PER]] among others.",
			want:   []string{`org:ann-lemmo ORG "Ann Lemmo"`, `org:quarbin ORG "Quarbin" partial`, `org:zorbit ORG "Zorbit" partial`},
		},
		{
			name:   "a giant",
			marked: "Stories\n\nPeople want to tell their stories, says the chief of technology giant [[Ann Lemmo|PER]].",
			want:   []string{`org:ann-lemmo ORG "Ann Lemmo"`},
		},
		{
			name:   "a giant field",
			marked: "Oil\n\nIt keeps its stake in the giant [[Quarbin Field|PER]] in west Tervane.",
			want:   []string{`person:quarbin-field PERSON "Quarbin Field"`},
		},
		{
			name:   "a person after the list",
			marked: "Jobs\n\nFirms such as [[Quarbin|ORG]] hired [[Ann Lemmo|PER]] last year.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`, `person:ann-lemmo PERSON "Ann Lemmo"`},
		},
	})
}
