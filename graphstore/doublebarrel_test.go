package graphstore

import (
	"testing"

	"github.com/nergraph/nergraph/extract"
)

// TestDoubleBarrel checks that a lone surname does not take a person by
// the second half of his double-barrelled surname, on tiny corpora of our
// own names: "Vask" is not Dellan Orrin-Vask, nor a lone Orrin-Vask; it is Dellan Orrin Vask,
// Kem al-Vask, and Dellan Orrin-Vask where an article that gives him
// calls him "Vask".
func TestDoubleBarrel(t *testing.T) {
	for _, tt := range doubleBarrelCases() {
		t.Run(tt.name, func(t *testing.T) {
			wantNodeBothOrders(t, tt.docs, tt.art, tt.id, tt.want)
		})
	}
}

// doubleBarrelCases are TestDoubleBarrel's corpora.
func doubleBarrelCases() []nodeCase {
	person := func(id, name string) extract.Entity { return ent(id, name, extract.Person, false) }
	vask := ent("person:vask", "Vask", extract.Person, true)
	calledVask := person("person:dellan-orrin-vask", "Dellan Orrin-Vask")
	calledVask.Mentions = append(calledVask.Mentions, extract.Mention{Text: "Vask", Name: "Vask"})
	return []nodeCase{
		{"the second half of a double-barrelled surname",
			[]*extract.Doc{doc("a", person("person:dellan-orrin-vask", "Dellan Orrin-Vask")), doc("b", vask)},
			"b", "person:vask", "person:vask"},
		{"a surname of three words without a hyphen",
			[]*extract.Doc{doc("a", person("person:dellan-orrin-vask", "Dellan Orrin Vask")), doc("b", vask)},
			"b", "person:vask", "person:dellan-orrin-vask"},
		{"a surname after a particle",
			[]*extract.Doc{doc("a", person("person:kem-al-vask", "Kem al-Vask")), doc("b", vask)},
			"b", "person:vask", "person:kem-al-vask"},
		{"the second half of a double-barrelled surname given alone",
			[]*extract.Doc{doc("a", person("person:orrin-vask", "Orrin-Vask")), doc("b", vask)},
			"b", "person:vask", "person:vask"},
		{"an article that gives him calls him by the half",
			[]*extract.Doc{doc("a", calledVask), doc("b", vask)},
			"b", "person:vask", "person:dellan-orrin-vask"},
	}
}

// TestDoubleBarrelTail checks the half it names.
func TestDoubleBarrelTail(t *testing.T) {
	for _, tt := range []struct{ name, want string }{
		{"Dellan Orrin-Vask", "vask"},
		{"Kem al-Vask", ""},
		{"Kem El-Vask", ""},
		{"Dellan Orrin Vask", ""},
		{"Orrin-Vask", "vask"},
		{"Al-Vask", ""},
		{"Dellan Orrin-vask", ""},
		{"Dellan O-Vask", ""},
		{"Dellan Orrin-Vask-Mell", ""},
		{"Jean-Kem Vask", ""},
	} {
		if got := doubleBarrelTail(tt.name); got != tt.want {
			t.Errorf("doubleBarrelTail(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}
