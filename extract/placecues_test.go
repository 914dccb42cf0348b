package extract

import "testing"

// TestPlaceByCue checks, on sentences of our own, that a river after "on
// the banks of the", a capital after a demonym and a world trade centre
// are places, and that the banks of a body, a trade body and a name after
// "capital" with no demonym keep their type.
func TestPlaceByCue(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "a river and the towers",
			marked: "Rally\n\nThe rally at the market on the banks of the [[Quarbin|ORG]] drew crowds a year after " +
				"the attack on the [[Tervane World Trade Centre|ORG]] and a march in the Argentine capital [[Buenos Ayers|ORG]].",
			want: []string{`location:buenos-ayers LOCATION "Buenos Ayers"`, `location:quarbin LOCATION "Quarbin" partial`,
				`location:tervane-world-trade-centre LOCATION "Tervane World Trade Centre"`},
		},
		{
			name: "banks of a body, a trade body",
			marked: "Rates\n\nMember banks of the [[Tervane Reserve|ORG]] and the [[World Trade Centre Association|ORG]] " +
				"met in the capital. The venture capital [[Lemmo Partners|ORG]] paid.",
			want: []string{`org:lemmo-partners ORG "Lemmo Partners"`, `org:tervane-reserve ORG "Tervane Reserve"`,
				`org:world-trade-centre-association ORG "World Trade Centre Association"`},
		},
	})
}
