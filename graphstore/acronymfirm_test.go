package graphstore

import (
	"slices"
	"testing"

	"github.com/nergraph/nergraph/extract"
)

// TestAcronymFirstWordFirm checks that an article's lone acronym does not
// follow a firm whose name the acronym only begins ("QVT" and QVT Video
// Corp, linked in the firm's own article) when its article shares less
// than enough with the firm's (a country, a place), and that it still does
// where the article shares enough, where the firm is named by a word ("Qvt Video Corp"), or
// where an article spells the acronym out.
func TestAcronymFirstWordFirm(t *testing.T) {
	for _, tt := range acronymFirmCases() {
		t.Run(tt.name, func(t *testing.T) {
			wantNodeBothOrders(t, tt.docs, tt.art, tt.id, tt.want)
		})
	}
}

// acronymFirmCases are TestAcronymFirstWordFirm's corpora, each with its
// filler articles; the node of org:qvt in the story "lone" is the case's.
func acronymFirmCases() []nodeCase {
	filler := firmsAlone(40)
	countries := []extract.Entity{at("country:NO", "Norway", extract.Country, false, 0)}
	weak := []extract.Entity{at("location:dalmor", "Dalmor", extract.Location, false, 0)}
	strong := []extract.Entity{at("country:NO", "Norway", extract.Country, false, 0), at("location:dalmor", "Dalmor", extract.Location, false, 0),
		at("org:ardel-grain-exchange", "Ardel Grain Exchange", extract.Org, false, 0),
		at("person:ena-varga", "Ena Varga", extract.Person, false, 3)}
	firm := func(id, name string) *extract.Doc {
		return doc("firm", append(slices.Clone(strong), linked(id, name, "QVT"))...)
	}
	lone := func(ctx []extract.Entity) *extract.Doc {
		return doc("lone", append(slices.Clone(ctx), at("org:qvt", "QVT", extract.Org, true, 2))...)
	}
	// A body spelled out in one article, and named by the acronym and
	// more in another.
	both := []*extract.Doc{firm("org:quarbin-video-tervane", "Quarbin Video Tervane"),
		doc("firm2", at("org:quarbin-video-tervane", "QVT Tervane Inc", extract.Org, false, 0))}
	return withFiller(filler, []nodeCase{
		{"a firm the acronym begins, only a country shared", []*extract.Doc{firm("org:qvt-video", "QVT Video Corp"), lone(countries)}, "lone", "org:qvt", "org:qvt"},
		{"a firm the acronym begins, a place shared", []*extract.Doc{firm("org:qvt-video", "QVT Video Corp"), lone(weak)}, "lone", "org:qvt", "org:qvt"},
		{"a firm of a word, only a country shared", []*extract.Doc{firm("org:qvt-video", "Qvt Video Corp"), lone(countries)}, "lone", "org:qvt", "org:qvt-video"},
		{"a firm the acronym begins, much shared", []*extract.Doc{firm("org:qvt-video", "QVT Video Corp"), lone(strong)}, "lone", "org:qvt", "org:qvt-video"},
		{"a body that spells it out, only a country shared", []*extract.Doc{firm("org:quarbin-video-tervane", "Quarbin Video Tervane"), lone(countries)}, "lone", "org:qvt", "org:quarbin-video-tervane"},
		{"a body spelled out and begun, only a country shared", append(both, lone(countries)), "lone", "org:qvt", "org:quarbin-video-tervane"},
	})
}
