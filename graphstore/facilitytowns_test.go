package graphstore

import (
	"fmt"
	"testing"

	"github.com/nergraph/nergraph/extract"
)

// TestSplitFacilities checks the facility-town rule on tiny corpora of our
// own towns: a generically named facility that articles set in different
// towns, in its own sentence, is one node of each town, but not where an
// article names both towns, where the name is a facility's own, or where
// no article names a town beside it.
func TestSplitFacilities(t *testing.T) {
	for _, tt := range facilityCases() {
		t.Run(tt.name, func(t *testing.T) {
			wantNodeBothOrders(t, tt.docs, tt.art, tt.id, tt.want)
		})
	}
}

// facilityCases are TestSplitFacilities' corpora, each with its filler
// articles.
func facilityCases() []nodeCase {
	in := func(id, name string, s int) extract.Entity { return at(id, name, extract.Location, false, s) }
	stadium := func(s int) extract.Entity { return in("location:olympic-stadium", "Olympic Stadium", s) }
	var filler []*extract.Doc
	for i := range 20 {
		filler = append(filler, doc(fmt.Sprintf("filler%02d", i), at(fmt.Sprintf("org:firm%02d", i), "Firm", extract.Org, false, 0)))
	}
	tervane := func(id string) *extract.Doc { return doc(id, stadium(1), in("location:tervane", "Tervane", 1)) }
	quarbin := doc("q", stadium(2), in("location:quarbin", "Quarbin", 2))
	tests := []nodeCase{
		{"another town's stadium", []*extract.Doc{tervane("t1"), tervane("t2"), quarbin}, "q", "location:olympic-stadium",
			"location:olympic-stadium~quarbin"},
		{"the town of most articles keeps the id", []*extract.Doc{tervane("t1"), tervane("t2"), quarbin}, "t1",
			"location:olympic-stadium", "location:olympic-stadium"},
		{"a story without a town beside it goes with the town it names",
			[]*extract.Doc{tervane("t1"), tervane("t2"), tervane("t3"), quarbin, doc("u", stadium(1), in("location:quarbin", "Quarbin", 3))}, "u",
			"location:olympic-stadium", "location:olympic-stadium~quarbin"},
		{"a story that names both towns", []*extract.Doc{tervane("t1"), tervane("t2"),
			doc("q", stadium(2), in("location:quarbin", "Quarbin", 2), in("location:tervane", "Tervane", 5))},
			"q", "location:olympic-stadium", "location:olympic-stadium"},
		{"one facility's own name", []*extract.Doc{
			doc("t1", in("location:lunmark-stadium", "Lunmark Stadium", 1), in("location:tervane", "Tervane", 1)),
			doc("q", in("location:lunmark-stadium", "Lunmark Stadium", 1), in("location:quarbin", "Quarbin", 1))},
			"q", "location:lunmark-stadium", "location:lunmark-stadium"},
	}
	return withFiller(filler, tests)
}

// TestGenericFacility checks which folded names are facilities named by
// generic words alone.
func TestGenericFacility(t *testing.T) {
	tests := []struct {
		words []string
		want  bool
	}{
		{[]string{"olympic", "stadium"}, true},
		{[]string{"central", "station"}, true},
		{[]string{"lunmark", "stadium"}, false},
		{[]string{"olympic", "committee"}, false},
		{[]string{"stadium"}, false},
	}
	for _, tt := range tests {
		if got := genericFacility(tt.words); got != tt.want {
			t.Errorf("genericFacility(%v) = %v, want %v", tt.words, got, tt.want)
		}
	}
}
