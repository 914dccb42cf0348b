package layout

import (
	"context"
	"math"
	"os"
	"testing"
	"time"
)

func TestExplore2(t *testing.T) {
	if os.Getenv("EXPLORE2") == "" {
		t.Skip()
	}
	for _, name := range []string{"ag", "rb+ag"} {
		var g Graph
		switch name {
		case "syn5k":
			g = synthetic(5000, 50000, 1)
		case "ag":
			g = realGraph(t, "ag.json")
		default:
			g = realGraph(t, "ag.json", "rb.json")
		}
		a, _ := build(g)
		o := Options{Seed: 1, Iterations: 1}
		o.fill(a.n, a.edges())
		s := newFA2(a, o)
		t0 := time.Now()
		for it := 1; it <= 400; it++ {
			s.step()
			if it&(it-1) == 0 || it%200 == 0 {
				span := 0.0
				for i := range s.x {
					span = math.Max(span, math.Max(math.Abs(s.x[i]), math.Abs(s.y[i])))
				}
				p := s.points(1000)
				t.Logf("%s it=%d %v speed=%.3g span=%.0f ratio=%.3f", name, it, time.Since(t0).Round(time.Millisecond), s.speed, span, edgeToRandomRatio(g, p))
			}
		}
		_ = context.Background()
	}
}
