package extract

import "testing"

// TestShipApposition checks, on sentences of our own with made-up names,
// that a name set off by commas after a ship's kind noun and its comma
// (maybe after "the" and a deadweight in "dw tonnes") is a ship (MISC, no
// entity), that a ferry, a tug and a battleship are ships' kinds, and the
// cases left: a name that goes on after the apposition's comma (the next
// clause's subject), an airline after "carrier,", a firm's apposition,
// a tonnage in metric tonnes (a cargo's).
func TestShipApposition(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a vessel, the name,",
			marked: "ICE\n\nThe navy's vessel, the [[Tervane Star|LOC]], sailed north.\n",
			want:   nil,
		},
		{
			name:   "a tanker, the name, without the",
			marked: "AGROUND\n\nAn oil tanker, [[Quarbin II|PER]], ran aground near the port.\n",
			want:   nil,
		},
		{
			name:   "a bulk carrier with its deadweight",
			marked: "REFLOATED\n\nA bulk carrier, the 61,000 dw tonnes [[Lemmo Vell|PER]], was refloated today.\n",
			want:   nil,
		},
		{
			name:   "a ferry, a tug and a battleship by their kind",
			marked: "SEA\n\nThe ferry [[Orvane Light|ORG]] and the tug [[Zorbade|ORG]] passed the battleship [[Quarnel|LOC]] today.\n",
			want:   nil,
		},
		{
			name:   "the next clause's subject",
			marked: "SEA\n\nA missile hit a flag tanker, the [[Quarbin Group|ORG]] said today.\n",
			want:   []string{`org:quarbin-group ORG "Quarbin Group"`},
		},
		{
			name:   "an airline after carrier",
			marked: "AIR\n\nFares were cut by the national carrier, [[Zorbit Air|ORG]], on Monday.\n",
			want:   []string{`org:zorbit-air ORG "Zorbit Air"`},
		},
		{
			name:   "a firm's apposition",
			marked: "SALE\n\nThe buyer, the [[Zorbit Group|ORG]], said it would pay cash.\n",
			want:   []string{`org:zorbit-group ORG "Zorbit Group"`},
		},
		{
			name:   "a tonnage in metric tonnes",
			marked: "GRAIN\n\nA tanker, the 30,000 metric tonnes [[Lemmo Vell|ORG]], sailed today.\n",
			want:   []string{`org:lemmo-vell ORG "Lemmo Vell"`},
		},
	})
}
