package extract

import "testing"

func TestPlanName(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "plans named after a man or a currency",
			marked: "Plans\n\nThe anti-inflation [[Velle Plan|PERSON]], the [[Plano Velle|PERSON]] in Portuguese, " +
				"followed the [[Quarbin Plan|PERSON]] of 1948. [[George Quarbin|PERSON]] said so.",
			want: []string{`person:george-quarbin PERSON "George Quarbin"`},
		},
		{
			name:   "a firm's plan, a person",
			marked: "Plans\n\n[[Halvex Health Plan|ORG]] said [[Tervane Plano|PERSON]] would join.",
			want:   []string{`org:halvex-health-plan ORG "Halvex Health Plan"`, `person:tervane-plano PERSON "Tervane Plano"`},
		},
	})
}
