package extract

import "testing"

// The cases of tail14o's rules, on sentences and names of our own. Each
// test holds the positives of one rule and the negatives that guard what
// it must not take; the want lines were read and judged one by one.

// TestRoleKind checks [roleKind] in [kindNounType] and
// [kindSubjectType]: a noun of a person's role right before a full name
// the recognizer typed an organization or a place makes it a person's.
func TestRoleKind(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a champion before a full name and a verb",
			marked: "Bans\n\nThe former 400m champion [[Ivo Quarnsen|ORG]] is serving a ban.",
			want:   []string{`person:ivo-quarnsen PERSON "Ivo Quarnsen"`},
		},
		{
			name:   "a nanny before a full name and a possessive",
			marked: "Visas\n\nThe minister learned of nanny [[Ana Lemvell|LOCATION]]'s wait.",
			want:   []string{`person:ana-lemvell PERSON "Ana Lemvell"`},
		},
		{
			name:   "a champion before one word is left",
			marked: "Cup\n\nThe defending champion [[Quarbinel|ORG]] has won again.",
			want:   []string{`org:quarbinel ORG "Quarbinel" partial`},
		},
		{
			name:   "a champion before an organization's word is left",
			marked: "Cup\n\nThe former champion [[Tervane United|ORG]] has warned of losses.",
			want:   []string{`org:tervane-united ORG "Tervane United"`},
		},
		{
			name:   "a plural is left",
			marked: "Cup\n\nThe league champions [[Quarbin Vell|ORG]] have warned of losses.",
			want:   []string{`org:quarbin-vell ORG "Quarbin Vell"`},
		},
	})
}

// TestWhoPerson checks [Resolver.whoPerson]: ", who" and a verb of one
// person after a given name and a surname typed an organization.
func TestWhoPerson(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "who was",
			marked: "Relay\n\nThe team won without [[David Quarnsen|ORG]], who was banned in May.",
			want:   []string{`person:david-quarnsen PERSON "David Quarnsen"`},
		},
		{
			name:   "who is",
			marked: "Relay\n\nThe coach praised [[Mary Lemvell|ORG]], who is 19.",
			want:   []string{`person:mary-lemvell PERSON "Mary Lemvell"`},
		},
		{
			name:   "who have is a club's or a band's",
			marked: "Cup\n\nThey beat [[David Quarnsen|ORG]], who have won twice.",
			want:   []string{`org:david-quarnsen ORG "David Quarnsen"`},
		},
		{
			name:   "no given name first",
			marked: "Films\n\nIt was sold to the studio [[Duxbin Quarnsen|ORG]], who had made her last film.",
			want:   []string{`org:duxbin-quarnsen ORG "Duxbin Quarnsen"`},
		},
		{
			name:   "an organization's word",
			marked: "Films\n\nIt was sold to [[David Quarnsen Trust|ORG]], who had made her last film.",
			want:   []string{`org:david-quarnsen-trust ORG "David Quarnsen Trust"`},
		},
	})
}

// TestShipNames checks [shipPrefix] and "liner" in [shipNouns]: a ship's
// name is MISC, no entity.
func TestShipNames(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a navy's prefix",
			marked: "Gig\n\nThe band played on [[HMS Tervane|ORG]] on Friday.",
			want:   nil,
		},
		{
			name:   "a cruise liner",
			marked: "Ships\n\nThe luxury cruise liner [[Quarbin Harmony|ORG]] is in the Gulf.",
			want:   nil,
		},
		{
			name:   "a prefix before an organization's word",
			marked: "Steel\n\nIt was the [[USS Chemicals|ORG]] division of the group.",
			want:   []string{`org:uss-chemicals ORG "USS Chemicals"`},
		},
		{
			name:   "a prefix alone",
			marked: "Steel\n\n[[USS|ORG]] said output rose.",
			want:   []string{`org:uss ORG "USS" partial`},
		},
	})
}
