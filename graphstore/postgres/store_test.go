package postgres

import (
	"testing"

	"github.com/nergraph/nergraph/graphstore/storetest"
)

// TestConformance checks the contract of graphstore.Store against a real
// server.
func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) string { return freshTarget(t) })
}
