package extract

import "testing"

func TestTownPairSeat(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "two towns joined by an ampersand before seat",
			marked: "Politics\n\nIn 2001 [[Ann Quarbin|PER]] won the [[Leeds & York|ORG]] seat by 900 votes.",
			want:   []string{`location:leeds-and-york LOCATION "Leeds & York"`, `person:ann-quarbin PERSON "Ann Quarbin"`},
		},
		{
			name:   "a firm's name after the ampersand",
			marked: "Politics\n\nIn 2001 [[Ann Quarbin|PER]] won the [[Leeds & Quarbin|ORG]] seat on the board.",
			want:   []string{`org:leeds-and-quarbin ORG "Leeds & Quarbin"`, `person:ann-quarbin PERSON "Ann Quarbin"`},
		},
		{
			name:   "a given name's town after the ampersand",
			marked: "Politics\n\nIn 2001 [[Ann Quarbin|PER]] won the [[Leeds & Austin|ORG]] seat on the board.",
			want:   []string{`org:leeds-and-austin ORG "Leeds & Austin"`, `person:ann-quarbin PERSON "Ann Quarbin"`},
		},
		{
			name:   "two towns with no seat after them",
			marked: "Politics\n\nShe works for the [[Leeds & York|ORG]] in the north.",
			want:   []string{`org:leeds-and-york ORG "Leeds & York"`},
		},
	})
}
