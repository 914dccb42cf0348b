package graphstore

import (
	"testing"

	"github.com/nergraph/nergraph/extract"
)

func TestNearDuplicates(t *testing.T) {
	nodes := []Node{
		{ID: "location:korea", Label: "Korea", Type: extract.Location},
		{ID: "location:korea-s", Label: "Korea's", Type: extract.Location},
		{ID: "location:korea-caps", Label: "KOREA", Type: extract.Location},
		{ID: "org:korea", Label: "Korea", Type: extract.Org},
		{ID: "country:US", Label: "United States", Type: extract.Country},
		{ID: "location:us", Label: "U.S.", Type: extract.Location},
		{ID: "location:usa", Label: "US", Type: extract.Location},
		{ID: "person:vladimir-putin", Label: "Vladimir Putin", Type: extract.Person},
	}
	tests := []struct {
		sameType bool
		want     [][]string
	}{
		{true, [][]string{{"location:korea", "location:korea-caps", "location:korea-s"}, {"location:us", "location:usa"}}},
		{false, [][]string{{"location:korea", "location:korea-caps", "location:korea-s", "org:korea"}, {"location:us", "location:usa"}}},
	}
	for _, tt := range tests {
		got := NearDuplicates(nodes, tt.sameType)
		if len(got) != len(tt.want) {
			t.Fatalf("sameType=%v: got %d groups %v, want %v", tt.sameType, len(got), got, tt.want)
		}
		for i, g := range got {
			var ids []string
			for _, n := range g {
				ids = append(ids, n.ID)
			}
			if len(ids) != len(tt.want[i]) {
				t.Errorf("sameType=%v: group %d = %v, want %v", tt.sameType, i, ids, tt.want[i])
				continue
			}
			for j := range ids {
				if ids[j] != tt.want[i][j] {
					t.Errorf("sameType=%v: group %d = %v, want %v", tt.sameType, i, ids, tt.want[i])
					break
				}
			}
		}
	}
	if got := NearDuplicates(nil, true); got != nil {
		t.Errorf("NearDuplicates(nil) = %v, want nil", got)
	}
}
