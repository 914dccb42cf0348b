package extract

import "testing"

// TestToldOutlet covers the broadcaster after "told" glued to the subject
// of the reported clause ([toldOutlet]).
func TestToldOutlet(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "the outlet's service, then a body's members",
			marked: "Vote\n\nMs Vell told [[BBC News Tervane|ORG]] MPs would get a free vote.",
			want:   []string{`org:bbc-news ORG "BBC News"`, `org:tervane ORG "Tervane" partial`},
		},
		{
			name:   "the outlet after told the, then a club and its verb",
			marked: "Cup\n\nOkafor told the [[BBC Quarbin|ORG]] were unlikely to win the cup.",
			want:   []string{`org:bbc ORG "BBC"`, `org:quarbin ORG "Quarbin" partial`},
		},
		// Negatives: the outlet's own name stays whole.
		{
			name:   "a local station at the sentence's end",
			marked: "Cup\n\nOkafor told [[BBC Radio Quarbin|ORG]].",
			want:   []string{`org:bbc-radio-quarbin ORG "BBC Radio Quarbin"`},
		},
		{
			name:   "a programme before its noun",
			marked: "Cup\n\nOkafor told the [[BBC Quarbin|ORG]] programme he would stay.",
			want:   nil, // left whole, then a programme by its head noun (tail11c's productHead): no node
		},
		{
			name:   "a service's words only",
			marked: "Cup\n\nOkafor told [[BBC News Online|ORG]] that he would stay.",
			want:   []string{`org:bbc-news ORG "BBC News"`},
		},
	})
}
