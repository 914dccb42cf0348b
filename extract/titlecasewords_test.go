package extract

import "testing"

// TestTitleCaseRun covers the pieces of a title written in Title Case that
// the recognizer cut at the title's small words ([titleCaseRun]).
func TestTitleCaseRun(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a name after a capitalized word and two small words",
			marked: "Music\n\nThe band are also at Rock In The [[Quarbfield|ORG]] in July, said [[Ann Vell|PER]].",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "a name after a capitalized verb and The",
			marked: "Films\n\nThe comedy Greet The [[Quarbles|ORG]] topped the box office, said [[Ann Vell|PER]].",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		{
			name:   "one word before a capitalized Of and a capitalized word",
			marked: "Games\n\nThe player must defeat the sly [[Countess|ORG]] Of Dawn before the clock stops, said [[Ann Vell|PER]].",
			want:   []string{`person:ann-vell PERSON "Ann Vell"`},
		},
		// Negatives: what the rule must leave.
		{
			name:   "a middle initial A before a surname",
			marked: "Letter\n\nThe letter was signed by [[Tom A Vell|PER]] and sent to the board on Monday.",
			want:   []string{`person:tom-a-vell PERSON "Tom A Vell"`},
		},
		{
			name:   "a middle initial A before a surname alone",
			marked: "Letter\n\nThe letter ended with the words yours faithfully, Tom A [[Vell|PER]]",
			want:   []string{`person:vell PERSON "Vell" partial`},
		},
		{
			name:   "a presenter's name after With",
			marked: "Talks\n\nThe minister spoke on Lunch With [[Tom Okafor|PER]] and said the talks had failed.",
			want:   []string{`person:tom-okafor PERSON "Tom Okafor"`},
		},
		{
			name:   "a channel's possessive before The",
			marked: "Shows\n\nThe viewers of Quarbvision's The [[Zorbs|ORG]] fell by a third over the year.",
			want:   []string{`org:zorbs ORG "Zorbs" partial`},
		},
		{
			name:   "a headline in Title Case",
			marked: "[[Vell|PER]] Campaigns In [[Quarbton|ORG]] Again\n\nThe senator spoke for an hour.",
			want:   []string{`org:quarbton ORG "Quarbton" partial`, `person:vell PERSON "Vell" partial`},
		},
		{
			name:   "a heading in capitals before The",
			marked: "Games\n\nZORB WARS DS The [[Quarb Zorbs|ORG]] launch was put back to the spring.",
			want:   []string{`org:quarb-zorbs ORG "Quarb Zorbs"`},
		},
		{
			name:   "small words in lower case",
			marked: "Music\n\nThe band will also play at Glastonbury in the [[Meadowbank|ORG]] hall this summer.",
			want:   []string{`org:meadowbank ORG "Meadowbank" partial`},
		},
	})
}
