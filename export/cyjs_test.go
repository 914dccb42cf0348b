package export_test

import "testing"

// TestCytoscapeNetworkx reads the Cytoscape JSON back with networkx.
func TestCytoscapeNetworkx(t *testing.T) {
	for _, tc := range graphs(t) {
		t.Run(tc.name, func(t *testing.T) {
			path := writeTemp(t, "cyjs", ".cyjs", tc.g)
			compareCanon(t, "networkx", networkx(t, "cyjs", path), tc.g)
		})
	}
}

// TestCytoscapeJS loads the Cytoscape JSON into a headless Cytoscape.js.
func TestCytoscapeJS(t *testing.T) {
	for _, tc := range graphs(t) {
		t.Run(tc.name, func(t *testing.T) {
			path := writeTemp(t, "cyjs", ".cyjs", tc.g)
			compareCanon(t, "cytoscape.js", jsReader(t, "cyjs", path), tc.g)
		})
	}
}
