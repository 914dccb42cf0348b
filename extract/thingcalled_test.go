package extract

import "testing"

// TestThingCalled checks, on sentences of our own, that a name after a
// kind of thing and "called", "dubbed" or "entitled" is no entity, with
// its other mentions in the article and a mention with a sentence's
// adverb glued before it; and that a body's kind before "called" or a
// kind with no naming word leaves the name alone.
func TestThingCalled(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "things called",
			marked: "Gadgets\n\nThe firm showed its first humanoid robot, called [[Lemmo|PER]], and a virus dubbed " +
				"'[[Zorbit|ORG]]' spread. [[Lemmo|PER]] can walk. Its technology called [[Quarbin Air|ORG]] plays radio. " +
				"[[Initially Quarbin Air|ORG]] works on two phones.",
			want: []string{},
		},
		{
			name: "a body's kind, no naming word",
			marked: "Deal\n\nA company called [[Tervane|ORG]] and a network called [[Halvex|ORG]] bought the system " +
				"[[Dorn|ORG]] sold.",
			want: []string{`org:dorn ORG "Dorn" partial`, `org:halvex ORG "Halvex" partial`, `org:tervane ORG "Tervane" partial`},
		},
	})
}

// TestPlanNameBeside checks, on sentences of our own, that a name typed a
// person ending in "Plan" is a policy, no entity, and that a firm's name
// ending in "Plan" keeps its type.
func TestPlanNameBeside(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "policies and an insurer",
			marked: "Aid\n\nThe minister likened the package to the [[Lemmo Plan|PER]] and the [[Tor Vell Plan|PER]], " +
				"and [[Quarbin Dental Plan|ORG]] paid.",
			want: []string{`org:quarbin-dental-plan ORG "Quarbin Dental Plan"`},
		},
	})
}
