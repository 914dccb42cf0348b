package graphstore

import (
	"fmt"
	"slices"
	"testing"

	"github.com/nergraph/nergraph/extract"
)

// at is a one-mention entity in sentence s, for line-up tests.
func at(id, name string, t extract.Type, partial bool, s int) extract.Entity {
	return extract.Entity{ID: id, Name: name, Type: t, Partial: partial,
		Mentions: []extract.Mention{{Text: name, Name: name, Sentence: s}}}
}

// sheet is a match report: its club in the first sentence, and a team
// sheet of players named by their surnames alone in the third.
func sheet(id, club string, surnames ...string) *extract.Doc {
	es := []extract.Entity{at("org:"+club, club, extract.Org, false, 0)}
	for _, s := range surnames {
		es = append(es, at("person:"+s, s, extract.Person, true, 2))
	}
	return doc(id, es...)
}

// TestLineupLinks checks the line-up rule on tiny corpora: a lone surname
// of a team sheet links to a full name only on evidence beyond other
// people's surnames, or to a person of sports stories; a lone first name
// needs more than a short name's usual evidence; an unlinked surname of a
// line-up is a node of the articles that share its context.
func TestLineupLinks(t *testing.T) {
	full := func(id, name string, s int) extract.Entity { return at(id, name, extract.Person, false, s) }
	place := func(id string) extract.Entity { return at(id, id, extract.Location, false, 0) }
	org := func(id string) extract.Entity { return at(id, id, extract.Org, false, 0) }
	// Filler articles make the things below rare, as in a real corpus.
	var filler []*extract.Doc
	for i := range 40 {
		filler = append(filler, doc(fmt.Sprintf("filler%02d", i), org(fmt.Sprintf("org:firm%02d", i))))
	}
	// Film pages: Mel Gibson beside a Smith, a Williams and a Brooks.
	film := []*extract.Doc{
		doc("film1", full("person:mel-gibson", "Mel Gibson", 0), full("person:will-smith", "Will Smith", 1),
			full("person:robbie-williams", "Robbie Williams", 2), full("person:mel-brooks", "Mel Brooks", 3)),
		doc("film2", full("person:mel-gibson", "Mel Gibson", 0), full("person:will-smith", "Will Smith", 1),
			full("person:robbie-williams", "Robbie Williams", 2)),
	}
	// A Newcastle report that gives its players in full.
	report := doc("report", org("org:newcastle-united"), full("person:celestine-babayaro", "Celestine Babayaro", 1),
		full("person:shola-ameobi", "Shola Ameobi", 1), full("person:titus-bramble", "Titus Bramble", 2))
	// A DJ's pages, and a story of a driver and "her partner, Trevor".
	dj := func(id string) *extract.Doc {
		return doc(id, full("person:trevor-nelson", "Trevor Nelson", 0), place("location:london"), org("org:bbc-news"),
			full("person:justin-hawkins", "Justin Hawkins", 1))
	}
	manager := func(id string) *extract.Doc {
		return doc(id, full("person:rafa-benitez", "Rafa Benitez", 0), org("org:liverpool"), place("location:anfield"))
	}
	tests := []struct {
		name    string
		docs    []*extract.Doc
		art, id string
		want    string // the node of id in article art; "" when it must be a node of art's own
		same    string // an article whose id must be the same node ("" for none)
		apart   string // an article whose id must be another node ("" for none)
	}{
		{"team sheet surname is not a film star", append(slices.Clone(film),
			sheet("b", "leicester-tigers", "gibson", "smith", "williams", "brooks", "healey")),
			"b", "person:gibson", "person:gibson", "", ""},
		{"team sheet surname of a sports story's player", append([]*extract.Doc{report},
			sheet("b", "newcastle-united", "babayaro", "ameobi", "bramble", "jenas", "given")),
			"b", "person:babayaro", "person:celestine-babayaro", "", ""},
		{"a first name beside a DJ's context", []*extract.Doc{dj("dj1"), dj("dj2"),
			doc("b", at("person:trevor", "Trevor", extract.Person, true, 3), place("location:london"), org("org:bbc-news"),
				at("person:hawkins", "Hawkins", extract.Person, true, 1), org("org:motorsport-endeavour-club"))},
			"b", "person:trevor", "person:trevor", "", ""},
		{"a first name beside its surname", []*extract.Doc{manager("m1"), manager("m2"),
			doc("b", at("person:rafa", "Rafa", extract.Person, true, 3), at("person:benitez", "Benitez", extract.Person, true, 1),
				org("org:liverpool"))},
			"b", "person:rafa", "person:rafa-benitez", "", ""},
		{"two clubs' line-ups, one surname", []*extract.Doc{sheet("b", "clyde", "jones", "gibson", "bryson", "malone"),
			sheet("c", "wolverhampton-wanderers", "jones", "edwards", "coyne", "page")},
			"b", "person:jones", "person:jones", "", "c"}, // the first keeps the id
		{"one club's line-ups, one surname", []*extract.Doc{sheet("b", "celtic", "balde", "petrov", "varga", "thompson"),
			sheet("c", "celtic", "balde", "hartson", "sutton", "lennon")},
			"b", "person:balde", "person:balde", "c", ""},
		{"a line-up's surname and a firm's", []*extract.Doc{sheet("b", "aberdeen", "foster", "heikkinen", "esson", "diamond"),
			doc("c", at("person:foster", "Foster", extract.Person, true, 0), org("org:southcorp"))},
			"b", "person:foster", "", "", "c"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := New()
			for _, d := range append(slices.Clone(filler), tt.docs...) {
				g.Add(d)
			}
			got := g.CanonicalIn(tt.art, tt.id)
			want := tt.want
			if want == "" {
				want = lineupID(tt.id, tt.art)
			}
			if got != want {
				t.Errorf("CanonicalIn(%s, %q) = %q, want %q", tt.art, tt.id, got, want)
			}
			if _, ok := g.Node(got); !ok {
				t.Errorf("no node %q", got)
			}
			// The same articles in the other order make the same nodes.
			back := New()
			all := append(slices.Clone(filler), tt.docs...)
			for i := len(all) - 1; i >= 0; i-- {
				back.Add(all[i])
			}
			if again := back.CanonicalIn(tt.art, tt.id); again != got {
				t.Errorf("articles in the other order: CanonicalIn(%s, %q) = %q, want %q", tt.art, tt.id, again, got)
			}
			if tt.same != "" {
				if other := g.CanonicalIn(tt.same, tt.id); other != got {
					t.Errorf("CanonicalIn(%s, %q) = %q, want %q as in %s", tt.same, tt.id, other, got, tt.art)
				}
			}
			if tt.apart != "" {
				if other := g.CanonicalIn(tt.apart, tt.id); other == got {
					t.Errorf("CanonicalIn(%s, %q) = %q, the node of %s too", tt.apart, tt.id, other, tt.art)
				}
			}
		})
	}
}

// TestLineupNames checks which short names stand in a line-up, on the
// entities the extractor finds in sentences of our own.
func TestLineupNames(t *testing.T) {
	ex, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		text  string
		firms []string // the ids the corpus gives as organizations too
		want  []string
	}{
		{"team sheet", "Leicester beat Wasps 21-10 at Welford Road on Saturday.\n\n" +
			"Leicester: Murphy; Rabeni, Smith, Gibson, Healey; Goode, Ellis; Rowntree, Chuter, White, M Johnson (capt), L Deacon; Moody, Back, Corry.",
			nil, []string{"person:gibson", "person:healey", "person:rabeni"}},
		{"prose", "Prime Minister Tony Blair met Gordon Brown on Monday. Blair and Brown talked with Prescott, Straw and Hewitt about the budget.",
			nil, nil},
		// The same sentence, where the corpus knows two of the names as
		// firms: still a line-up (two of fourteen).
		{"team sheet with firms' names", "Leicester beat Wasps 21-10 at Welford Road on Saturday.\n\n" +
			"Leicester: Murphy; Rabeni, Smith, Gibson, Healey; Goode, Ellis; Rowntree, Chuter, White, M Johnson (capt), L Deacon; Moody, Back, Corry.",
			[]string{"person:gibson", "person:smith"}, []string{"person:gibson", "person:healey", "person:rabeni"}},
		{"list of firms", "Analysts named the brokers most likely to find a partner in Tokyo.\n\n" +
			"\"Morgan, Stanley, Salomon, Merrill, Hutton, Lynch. Those would be the firms more likely to consider it,\" he said.",
			[]string{"person:morgan", "person:merrill", "person:salomon", "person:hutton"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := ex.Extract(extract.Article{ID: "a", Text: tt.text})
			g := New()
			g.Add(d)
			var sents []int
			got := lineupNames(g.articles[0].entries, &sents, func(id string) bool { return slices.Contains(tt.firms, id) })
			for _, id := range tt.want {
				if !got[id] {
					t.Errorf("%s not in a line-up; got %v", id, sortedIDs(got))
				}
			}
			if tt.want == nil && got != nil {
				t.Errorf("line-up names %v, want none", sortedIDs(got))
			}
		})
	}
}
