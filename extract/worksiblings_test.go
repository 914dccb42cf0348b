package extract

import "testing"

func TestWorkSiblings(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "a console by its sequel's number and a games word, its other mentions bare",
			marked: "Tech\n\nThe chip will sit inside the [[ZorbiTron|ORG]] 3 as the games market grows. " +
				"Owners of the [[ZorbiTron|ORG]] will wait. Many [[ZorbiTron|ORG]] fans queued.",
			want: nil,
		},
		{
			name: "a game by its kind before it, its other mention bare",
			marked: "Games\n\nSales of the video game [[LemmoQuest|ORG]] 2 rose. " +
				"[[LemmoQuest|ORG]] was the top seller in May.",
			want: nil,
		},
		{
			name: "an owner's possessive after a bare mention keeps the name a firm's",
			marked: "Tech\n\nThe chip will sit inside the [[ZorbiTron|ORG]] 3 as the games market grows. " +
				"[[ZorbiTron|ORG]]'s profits rose. Staff at [[ZorbiTron|ORG]] were pleased.",
			want: []string{`org:zorbitron ORG "ZorbiTron" partial`},
		},
		{
			name:   "no cue beside any mention",
			marked: "Tech\n\nOwners of the [[ZorbiTron|ORG]] will wait. Many [[ZorbiTron|ORG]] fans queued.",
			want:   []string{`org:zorbitron ORG "ZorbiTron" partial`},
		},
	})
}
