package graphstore

import (
	"testing"

	"github.com/nergraph/nergraph/extract"
)

// TestMisspeltLabel: a node's label vote tied between two spellings of one
// name takes the spelling more of the graph's names hold.
func TestMisspeltLabel(t *testing.T) {
	// Other nodes of the graph: the right spelling's word is in their names.
	others := []map[string]int{
		{"Quorvath Partners Inc": 3},
		{"Quorvath Fund": 1},
		{"Belmarro Shipping": 2},
		{"Quorvath Growers Union": 1},
		{"Vard Holdings": 1},
		{"Belmarro Industries": 1},
		{"Vardel Mills": 1},
		{"Vardell Mills": 1},
		{"Vardell Fund": 1},
	}
	cases := []struct {
		name   string
		typ    extract.Type
		labels map[string]int
		want   string
	}{
		// Positives: a tie between the two spellings.
		{"letter put in", extract.Org, map[string]int{"Quorvath Little": 2, "Quorvatth Little": 2}, "Quorvath Little"},
		{"letters swapped", extract.Org, map[string]int{"Quorvath Holdings Corp": 1, "Qourvath Holdings Corp": 1}, "Quorvath Holdings Corp"},
		{"letter changed", extract.Org, map[string]int{"Belmarbo Shipping Lines": 1, "Belmarro Shipping Lines": 1}, "Belmarro Shipping Lines"},
		{"letter left out, kept", extract.Org, map[string]int{"Belmaro Shipping Lines": 1, "Belmarro Shipping Lines": 1}, "Belmarro Shipping Lines"},
		// Positives by the names' keys (misspeltKeyWords): a hyphen
		// for a space, a legal form more.
		{"keys: a hyphen and a legal form", extract.Org, map[string]int{"Quorvath-Bell Industies Inc": 1, "Quorvath Bell Industries": 1}, "Quorvath Bell Industries"},
		{"keys: a legal form each", extract.Org, map[string]int{"Qourvath Holdings Corp.": 1, "Quorvath Holdings Ltd": 1}, "Quorvath Holdings Ltd"},
		// Negatives.
		{"keys alike", extract.Org, map[string]int{"Quorvath-Bell Mills Inc": 1, "Quorvath Bell Mills": 1}, "Quorvath-Bell Mills Inc"},
		{"keys: two words differ", extract.Org, map[string]int{"Quorvath-Bell Industies Inc": 1, "Quorvath Belle Industries": 1}, "Quorvath-Bell Industies Inc"},
		{"keys: both words other names'", extract.Org, map[string]int{"Vardel-Bell Mills Inc": 1, "Vardell Bell Mills": 1}, "Vardel-Bell Mills Inc"},
		{"keys: a person", extract.Person, map[string]int{"Quorvath-Bell Industies Inc": 1, "Quorvath Bell Industries": 1}, "Quorvath-Bell Industies Inc"},
		{"no tie", extract.Org, map[string]int{"Quorvath Little": 1, "Quorvatth Little": 3}, "Quorvatth Little"},
		{"two words differ", extract.Org, map[string]int{"Quorvath Little": 2, "Quorvatth Littel": 2}, "Quorvatth Littel"},
		{"not misspelt", extract.Org, map[string]int{"Quorvath Little": 2, "Quorvaxyz Little": 2}, "Quorvaxyz Little"},
		{"three tie", extract.Org, map[string]int{"Quorvath Little": 2, "Quorvatth Little": 2, "Quorvathh Little": 2}, "Quorvathh Little"},
		{"neither word held elsewhere", extract.Org, map[string]int{"Dunsterow Mills": 1, "Dunsterrow Mills": 1}, "Dunsterrow Mills"},
		{"other wording", extract.Org, map[string]int{"Quorvath Little": 2, "Quorvath and Little": 2}, "Quorvath and Little"},
		{"a person", extract.Person, map[string]int{"Quorvatth Belmarro": 1, "Quorvath Belmarro": 1}, "Quorvatth Belmarro"},
		{"an apostrophe", extract.Org, map[string]int{"Quorvath Growers' Fund": 1, "Quorvath Growers Fund": 1}, "Quorvath Growers' Fund"},
		{"a word of four letters", extract.Org, map[string]int{"Vard Inc": 1, "Vardd Inc": 1}, "Vardd Inc"},
	}
	for _, c := range cases {
		acc := &accumulator{}
		for i, l := range others {
			acc.nodes = append(acc.nodes, &nodeAcc{Node: Node{ID: "org:" + string(rune('a'+i))}, labels: l})
		}
		acc.nodes = append(acc.nodes, &nodeAcc{Node: Node{ID: "org:z"}, labels: c.labels})
		nodes := make([]Node, len(acc.nodes))
		order := make([]int32, len(acc.nodes))
		for i, n := range acc.nodes {
			order[i] = int32(i)
			nodes[i] = Node{ID: n.ID, Type: extract.Org, Label: bestLabel(n.labels)}
		}
		nodes[len(nodes)-1].Type = c.typ
		acc.mendMisspeltLabels(nodes, order)
		if got := nodes[len(nodes)-1].Label; got != c.want {
			t.Errorf("%s: label %q, want %q", c.name, got, c.want)
		}
		for i := range others {
			if nodes[i].Label != bestLabel(others[i]) {
				t.Errorf("%s: other node's label %q changed", c.name, nodes[i].Label)
			}
		}
	}
}
