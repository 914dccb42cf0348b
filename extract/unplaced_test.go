package extract

import "testing"

// TestUnplacedPlaces checks that a one-word name the recognizer took for a
// place, that no list knows and that nothing around it puts in a place,
// is no node, while towns the article places stay: on sentences of our
// own, with made-up names the gazetteers cannot know.
func TestUnplacedPlaces(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "a brand with nothing of a place around it",
			marked: "Drinkers prefer [[Brellona|LOC]] lager, [[Tom Varde|PER]] said.",
			want:   []string{`person:tom-varde PERSON "Tom Varde"`},
		},
		{
			name:   "a common word and a firm taken for places",
			marked: "[[Unsurprisingly|LOC]], shares rose. Fund manager [[Quillsby|LOC]] bought more.",
			want:   nil,
		},
		{
			name:   "a preposition of place",
			marked: "The brewer has a plant in [[Quarnby|LOC]] and another near [[Dollatt|LOC]].",
			want:   []string{`location:dollatt LOCATION "Dollatt" partial`, `location:quarnby LOCATION "Quarnby" partial`},
		},
		{
			name:   "a holding in a firm is no place",
			marked: "It sold its interest in [[Quelvard|LOC]] to [[Tom Varde|PER]].",
			want:   []string{`person:tom-varde PERSON "Tom Varde"`},
		},
		{
			name:   "a preposition and the",
			marked: "The final was played at the [[Grennock|LOC]] on Sunday.",
			want:   []string{`location:grennock LOCATION "Grennock" partial`},
		},
		{
			name:   "a kind of place before of, or after the name",
			marked: "He spoke in the town of [[Velmarsk|LOC]] about the [[Skarvik|LOC]] oil field and the river [[Oduru|LOC]].",
			want:   []string{`location:oduru LOCATION "Oduru" partial`, `location:skarvik LOCATION "Skarvik" partial`, `location:velmarsk LOCATION "Velmarsk" partial`},
		},
		{
			name:   "what happened at a place",
			marked: "Safety has been stressed since the [[Dravansk|LOC]] nuclear accident.",
			want:   []string{`location:dravansk LOCATION "Dravansk" partial`},
		},
		{
			name:   "a town GeoNames knows",
			marked: "[[Kalgoorlie|LOC]] miners went on strike.",
			want:   []string{`location:kalgoorlie LOCATION "Kalgoorlie" partial`},
		},
		{
			name:   "a known place after a comma",
			marked: "The group, based [[Tresvik|LOC]], [[Sweden|LOC]], grew.",
			want:   []string{`country:SE COUNTRY "Sweden"`, `location:tresvik LOCATION "Tresvik" partial`},
		},
		{
			name:   "a list with a known place",
			marked: "It owns breweries in eight cities - [[Kazan|LOC]], [[Drovnik|LOC]], [[Omsk|LOC]] and [[Perm|LOC]].",
			want: []string{`location:drovnik LOCATION "Drovnik" partial`, `location:kazan LOCATION "Kazan" partial`, `location:omsk LOCATION "Omsk" partial`,
				`location:perm LOCATION "Perm" partial`},
		},
		{
			name:   "a known city needs no cue",
			marked: "[[Rotterdam|LOC]] dockers went on strike.",
			want:   []string{`location:rotterdam LOCATION "Rotterdam" partial`},
		},
		{
			name:   "one placed mention keeps the others",
			marked: "[[Pellworth|LOC]] voters were angry. Many of them live in [[Pellworth|LOC]].",
			want:   []string{`location:pellworth LOCATION "Pellworth" partial`},
		},
		{
			name:   "names of two words are left alone",
			marked: "[[Brellona Vale|LOC]] voters were angry.",
			want:   []string{`location:brellona-vale LOCATION "Brellona Vale"`},
		},
	})
}

func TestModelName(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"PS2", true}, {"IE7", true}, {"MD-11", true}, {"M-1-A", true}, {"SS-20", true}, {"A$245m", true},
		{"MI5", false}, {"3M", false}, {"O2", false}, {"TF-1", false}, {"ITV1", false},
		{"G-7", false}, {"G20", false}, {"G-77", false}, {"GT4", true},
		{"Sony", false}, {"1987", false}, {"Xbox 360", false},
	}
	for _, tt := range tests {
		if got := modelName(tt.name); got != tt.want {
			t.Errorf("modelName(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestModelsAndMoney checks on sentences of our own that a model's or a
// product's one-word name, or money, is no node, and the organizations
// whose names hold a digit stay.
func TestModelsAndMoney(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "products, models and money",
			marked: "[[Sony|ORG]] will sell the [[PS3|ORG]] for [[A$245m|LOC]], and [[Boeing|ORG]] its [[MD-11|ORG]].",
			want:   []string{`org:boeing ORG "Boeing" partial`, `org:sony ORG "Sony" partial`},
		},
		{
			name:   "organizations and groups with a digit",
			marked: "[[MI5|ORG]] briefed the [[G-7|ORG]] and [[O2|ORG]] staff.",
			want:   []string{`org:group-of-seven ORG "Group of Seven"`, `org:mi5 ORG "MI5" partial`, `org:o2 ORG "O2" partial`},
		},
	})
}

// TestLeadManager checks on sentences of our own that a bank named as an
// issue's lead manager is an organization, and a general manager a person.
func TestLeadManager(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name:   "lead manager",
			marked: "The bonds are priced at par, lead manager [[Kessalanpankki|PER]] said.",
			want:   []string{`org:kessalanpankki ORG "Kessalanpankki" partial`},
		},
		{
			name:   "general manager",
			marked: "The plant's general manager [[Anna Korhonen|PER]] said output rose.",
			want:   []string{`person:anna-korhonen PERSON "Anna Korhonen"`},
		},
	})
}
