package extract

import "testing"

func TestConditionName(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a condition's name in title case with its short form",
			marked: "Health\n\nShaking can come from rarer conditions like [[Quarbin Tremor|ORG]] (QT), doctors said.",
			want:   nil,
		},
		{
			name:   "a condition ending in Syndrome typed a person",
			marked: "Health\n\nThe trial looked at [[Vellor Lemmo Syndrome|PER]] in children.",
			want:   nil,
		},
		{
			name:   "a name before a possessive and disease",
			marked: "Health\n\nThe drug may slow [[Tervane|ORG]]'s disease in older patients.",
			want:   nil,
		},
		{
			name:   "a body named for a condition keeps its name",
			marked: "Health\n\nThe [[Quarbin Tremor Foundation|ORG]] gave the money to the clinic.",
			want:   []string{`org:quarbin-tremor-foundation ORG "Quarbin Tremor Foundation"`},
		},
		{
			name:   "an institute's name ending in Disease",
			marked: "Health\n\nThe [[Quarbin Institute of Tropical Disease|ORG]] gave the money to the clinic.",
			want:   []string{`org:quarbin-institute-of-tropical-disease ORG "Quarbin Institute of Tropical Disease"`},
		},
		{
			name:   "a condition whose first word is a firm's word",
			marked: "Health\n\nShe has lived with [[Motor Lemmo Disease|ORG]] for ten years.",
			want:   nil,
		},
		{
			name:   "a society in title case after a possessive",
			marked: "Health\n\nThe [[Tervane's Society|ORG]] said diseases of the old were rising.",
			want:   []string{`org:tervanes-society ORG "Tervane's Society"`},
		},
		{
			name:   "a place before a lower-case word that only begins like the head",
			marked: "Crime\n\nThe [[Quarbin Lemmo|ORG]] disorderly conduct figures rose again.",
			want:   []string{`org:quarbin-lemmo ORG "Quarbin Lemmo"`},
		},
	})
}
