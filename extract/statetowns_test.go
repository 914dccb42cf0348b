package extract

import "testing"

// TestStateTowns checks, on sentences of our own with made-up names, that a
// town in the address shape "Town, St." is a place where the tables hold a
// country of its name or the recognizer took it for a person after a firm's
// "of", and that the country and the person stay elsewhere.
func TestStateTowns(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a town of a country's name",
			marked: "Plant named\n\nQuarbin Corp will make the parts at its plant in [[Peru|LOC]], Ind., it said.\n",
			want:   []string{`location:peru LOCATION "Peru" partial`},
		},
		{
			name:   "the country in a list",
			marked: "Talks held\n\nQuarbin Corp has sold its units in [[Peru|LOC]], [[Chile|LOC]] and [[Bolivia|LOC]].\n",
			want:   []string{`country:BO COUNTRY "Bolivia"`, `country:CL COUNTRY "Chile"`, `country:PE COUNTRY "Peru"`},
		},
		{
			name:   "no full stop after the letters",
			marked: "Talks held\n\nQuarbin Corp has units in [[Peru|LOC]], Ind and Chile.\n",
			want:   []string{`country:CL COUNTRY "Chile"`, `country:PE COUNTRY "Peru"`},
		},
		{
			name:   "a firm's seat after its of",
			marked: "Contract ended\n\n[[Zorbit Inc|ORG]] of [[Ada Vellmark|PER]], Minn., has ended its contract.\n",
			want:   []string{`location:ada-vellmark LOCATION "Ada Vellmark"`, `org:zorbit ORG "Zorbit Inc"`},
		},
		{
			name:   "a person after a plain of",
			marked: "Post filled\n\nThe wife of [[Ada Vellmark|PER]], Minn., was named to the board.\n",
			want:   []string{`person:ada-vellmark PERSON "Ada Vellmark"`},
		},
	})
}
