package ner

import (
	"math"
	"testing"
)

// TestXlogx checks x log x for counts below, at and past the table's
// end, 0 for 0, before the table is made (each computed) and after: the
// same bits.
func TestXlogx(t *testing.T) {
	xs := []float64{0, 1, 2, 3, 10, 1000, 1<<16 - 1, 1 << 16, 1<<16 + 1, 1 << 20}
	want := func(x float64) float64 {
		if x == 0 {
			return 0
		}
		return x * math.Log(x)
	}
	for _, x := range xs {
		if got := xlogx(x); got != want(x) {
			t.Errorf("xlogx(%v) = %v, want %v (table of %d)", x, got, want(x), len(xlogxTable))
		}
	}
	xlogxOnce.Do(makeXlogxTable)
	if len(xlogxTable) != 1<<16 {
		t.Fatalf("table of %d", len(xlogxTable))
	}
	for x := range 1<<16 + 10 {
		if got := xlogx(float64(x)); got != want(float64(x)) {
			t.Fatalf("xlogx(%d) = %v with the table, want %v", x, got, want(float64(x)))
		}
	}
}
