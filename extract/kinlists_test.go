package extract

import "testing"

func TestKinLists(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "the first of three children typed a place",
			marked: "Obituary\n\nShe is survived by three children [[Zorva|LOC]], [[Quella|PER]] and [[Lemmo|PER]].",
			want:   []string{`person:lemmo PERSON "Lemmo" partial`, `person:quella PERSON "Quella" partial`, `person:zorva PERSON "Zorva" partial`},
		},
		{
			name:   "the last child after ages",
			marked: "Politics\n\nTheir two sons [[Tom|PER]], 16, and [[Quarvel|LOC]], 14, were pleased.",
			want:   []string{`person:quarvel PERSON "Quarvel" partial`, `person:tom PERSON "Tom" partial`},
		},
		{
			name:   "a child typed a firm",
			marked: "People\n\nHis daughters [[Zorbita|ORG]] and [[Ann|PER]] came too.",
			want:   []string{`person:ann PERSON "Ann" partial`, `person:zorbita PERSON "Zorbita" partial`},
		},
		{
			name:   "a headline's last word is no list's opener",
			marked: "Quarbin cuts ads for children\n\n[[Quarbin|ORG]] plans to cut its advertising.",
			want:   []string{`org:quarbin ORG "Quarbin" partial`},
		},
		{
			name:   "a preposition between the kin noun and the name",
			marked: "World\n\nAid reached children in [[Zorvale|LOC]] on Monday.",
			want:   []string{`location:zorvale LOCATION "Zorvale" partial`},
		},
		{
			name:   "a body's word in the name",
			marked: "Health\n\nThe children [[Quarbin Trust|ORG]] opened a ward.",
			want:   []string{`org:quarbin-trust ORG "Quarbin Trust"`},
		},
	})
}
