package export_test

import "testing"

// TestJSONNetworkx reads the node-link JSON back with networkx.
func TestJSONNetworkx(t *testing.T) {
	for _, tc := range graphs(t) {
		t.Run(tc.name, func(t *testing.T) {
			path := writeTemp(t, "json", ".json", tc.g)
			compareCanon(t, "networkx", networkx(t, "json", path), tc.g)
		})
	}
}
