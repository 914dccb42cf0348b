package extract

import (
	"strings"
	"testing"
)

// TestLongTailRules checks the rules that make works, products, peoples,
// illnesses and events MISC, split list items glued at a comma and keep a
// party apart from its parliamentary party, on sentences of our own, with
// the recognizer's wrong types given as marks; the entities around them
// must stay.
func TestLongTailRules(t *testing.T) {
	tests := []struct {
		name   string
		marked string
		want   []string // every entity but MISC, places included
	}{
		{
			name:   "kind of work before the name",
			marked: "The band's fourth album, [[Glasshouse|PER]], sold well for [[Sony|ORG]]. Critics loved the film [[Harbour Lights|ORG]].",
			want:   []string{`org:sony ORG "Sony" partial`},
		},
		{
			name:   "loose cue after a name or a number",
			marked: "The prize went to Xbox 360 title [[Rocketeer|ORG]] and to [[Nintendo|ORG]].",
			want:   []string{`org:nintendo ORG "Nintendo" partial`},
		},
		{
			name:   "loose cue after the is sport",
			marked: "[[Arsenal|ORG]] won the game [[Chelsea|ORG]] needed to win.",
			want:   []string{`org:arsenal ORG "Arsenal" partial`, `org:chelsea ORG "Chelsea" partial`},
		},
		{
			name:   "capital The inside a sentence",
			marked: "He starred in The [[Silent Harbour|PER]] and in The [[Curse of Amberley|ORG]] with [[Jane Morton|PER]].",
			want:   []string{`person:jane-morton PERSON "Jane Morton"`},
		},
		{
			name:   "a person after the work's comma, a band and a bank after The",
			marked: "The maker of the film, [[Ravi Dutt|PER]], said the band beat The [[Purple Lanterns|PER]] and sold it to The [[First Mutual Bank of Ogden|ORG]].",
			want: []string{`org:first-mutual-bank-of-ogden ORG "First Mutual Bank of Ogden"`, `person:purple-lanterns PERSON "Purple Lanterns"`,
				`person:ravi-dutt PERSON "Ravi Dutt"`},
		},
		{
			name:   "question word begins a title",
			marked: "[[Ann Rigby|PER]] won a million on [[Who Dares|ORG]] to Win? last night.",
			want:   []string{`person:ann-rigby PERSON "Ann Rigby"`},
		},
		{
			name:   "peoples",
			marked: "Danes lost more phones than [[Germans|ORG]] or [[Swedes|ORG]], [[British Citizens|ORG]] fewer, and [[British TV|ORG]] said so. [[Swiss|ORG]] flew on.",
			want:   []string{`org:swiss ORG "Swiss" partial`},
		},
		{
			name:   "illness after a surname",
			marked: "Research may help people with [[Huntington|PER]]'s and Motor Neurone disease, [[Tom Huntington|PER]] said.",
			want:   []string{`person:tom-huntington PERSON "Tom Huntington"`},
		},
		{
			name:   "a legislator's party and state",
			marked: "Sen. [[Ann Rigby|PER]] ([[R-Iowa|ORG]]) and Rep. [[Tom Hale|PER]], [[D-Ore.|LOC]], backed the bill of [[D-Max|ORG]].",
			want:   []string{`org:d-max ORG "D-Max"`, `person:ann-rigby PERSON "Ann Rigby"`, `person:tom-hale PERSON "Tom Hale"`},
		},
		{
			name:   "a gerund opens the sentence",
			marked: "[[Following|ORG]] the vote, [[Vantor|ORG]] fell. [[Reading|ORG]] said it would sell. [[According|ORG]] to [[Vantor|ORG]], it is over.",
			want:   []string{`org:reading ORG "Reading" partial`, `org:vantor ORG "Vantor" partial`},
		},
		{
			name:   "an election after a title's word",
			marked: "If [[Labour|ORG]] wins the General [[Election|PER]], General [[Ann Rigby|PER]] will retire.",
			want:   []string{`org:labour-party ORG "Labour Party"`, `person:ann-rigby PERSON "Ann Rigby"`},
		},
		{
			name: "a creator, a product of its maker, a medicine",
			marked: "[[Moonbase Nine|ORG]] creator [[Ann Rigby|PER]] met the creator of [[Harbour Kids|LOC]]. [[Vantor|ORG]] halted its [[GRIDLAB|ORG]] software, " +
				"its new [[Orbit|PER]] console, its latest [[Energy Saver|ORG]] initiative and its [[Kestrel Data Systems|ORG]] computer unit. [[Kelso|ORG]] sells [[Coldex|PER]] cough medicine and [[Dormil|LOC]] tablets. " +
				"[[Arsenal|ORG]] fans waited for their [[Chelsea|ORG]] game.",
			want: []string{`org:arsenal ORG "Arsenal" partial`, `org:chelsea ORG "Chelsea" partial`, `org:kelso ORG "Kelso" partial`,
				`org:kestrel-data-systems ORG "Kestrel Data Systems"`, `org:vantor ORG "Vantor" partial`, `person:ann-rigby PERSON "Ann Rigby"`},
		},
		{
			name: "a firm's staff before it",
			marked: "[[Jo Pike|PER]], an analyst at [[Kelvoran|LOC]], and the chief executive of [[Marlowe|PER]] met in [[Leeds|LOC]]. A trader in [[Dunmore|LOC]] agreed, said an economist at [[Swiss|LOC]] Re. " +
				"The agency [[Harper Lowe|PER]] signed camera operator [[Ian Tull|PER]] from mobile operator [[Telvane|PER]]. " +
				"The head of the firm [[Ola Berg|PER]] saw a firm [[Japanese|LOC]] market.",
			want: []string{`location:dunmore LOCATION "Dunmore" partial`, `location:leeds LOCATION "Leeds" partial`, `org:harper-lowe ORG "Harper Lowe"`,
				`org:kelvoran ORG "Kelvoran" partial`, `org:marlowe ORG "Marlowe" partial`, `org:swiss-re ORG "Swiss Re"`, `org:telvane ORG "Telvane" partial`,
				`person:ian-tull PERSON "Ian Tull"`, `person:jo-pike PERSON "Jo Pike"`, `person:ola-berg PERSON "Ola Berg"`},
		},
		{
			name:   "events",
			marked: "[[Nokia|ORG]] showed phones at the [[4G World Congress|ORG]] and the [[Geneva Motor Show|ORG]], backed by the [[Indian National Congress|ORG]].",
			want:   []string{`org:indian-national-congress ORG "Indian National Congress"`, `org:nokia ORG "Nokia" partial`},
		},
		{
			name:   "two bodies glued at a comma",
			marked: "Funds went to the [[Rail Safety Authority, Skills for Work Wales|ORG]] and to [[Sears, Roebuck and Co|ORG]].",
			want: []string{`org:rail-safety-authority ORG "Rail Safety Authority"`, `org:sears-roebuck ORG "Sears, Roebuck and Co."`,
				`org:skills-for-work-wales ORG "Skills for Work Wales"`},
		},
		{
			name:   "a county alone, a law and words glued across a lost space",
			marked: "[[Jo Pike|PER]] left her [[Wiltshire|ORG]] farm for the [[Wiltshire Police|ORG]] after an [[Act of Parliament|ORG]] passed on the red [[carpet.\"It|ORG]]'s over.",
			want: []string{`location:wiltshire LOCATION "Wiltshire" partial`, `org:wiltshire-police ORG "Wiltshire Police"`,
				`person:jo-pike PERSON "Jo Pike"`},
		},
		{
			name:   "a formal state name, a quantifier, a delegate",
			marked: "The [[Republic of Austria|LOC]] sold bonds. [[All OPEC|ORG]] states met. Chief [[Delegate Ann Rigby|PER]] spoke.",
			want: []string{`country:AT COUNTRY "Austria"`,
				`org:organization-of-the-petroleum-exporting-countries ORG "Organization of the Petroleum Exporting Countries"`,
				`person:ann-rigby PERSON "Ann Rigby"`},
		},
		{
			name:   "a party is not its parliamentary party",
			marked: "The [[Parliamentary Labour Party|ORG]] met [[Ann Rigby|PER]]. [[Labour|ORG]] MPs said the [[Labour Party|ORG]] was split.",
			want: []string{`org:labour-party ORG "Labour Party"`, `org:parliamentary-labour-party ORG "Parliamentary Labour Party"`,
				`person:ann-rigby PERSON "Ann Rigby"`},
		},
		{
			name:   "the party alone beside its parliamentary party",
			marked: "The [[Parliamentary Labour Party|ORG]] met. [[Labour|ORG]] MPs were split.",
			want:   []string{`org:labour-party ORG "Labour Party"`, `org:parliamentary-labour-party ORG "Parliamentary Labour Party"`},
		},
	}
	checkMarked(t, tests)
}

// TestCutStateBefore checks that a state's abbreviation ending the
// sentence before a name is cut from the name's span only after a town and
// a comma.
func TestCutStateBefore(t *testing.T) {
	tests := []struct {
		text, span, want string
	}{
		{"A plant in Fresno, Calif. Pacific Refining Co said.", "Calif. Pacific Refining Co", "Pacific Refining Co"},
		{"Shares of Calif. Federal Savings rose.", "Calif. Federal Savings", "Calif. Federal Savings"},
		{"A plant in Fresno, Calif Pacific Refining Co said.", "Calif Pacific Refining Co", "Calif Pacific Refining Co"},
	}
	for _, tt := range tests {
		start := strings.Index(tt.text, tt.span)
		ws := cutStateBefore(tt.text, splitWords(tt.text, start, start+len(tt.span)))
		if got := joinWords(ws); got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}
