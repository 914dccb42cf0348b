package layout

import (
	"math"
	"testing"
)

// TestRescaleBalancesVirial checks that after a rescale the work of
// attraction and gravity equals that of repulsion (the virial balance), in
// every attraction and gravity mode.
func TestRescaleBalancesVirial(t *testing.T) {
	g := synthetic(300, 1500, 2)
	a, err := build(g)
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range []Options{{}, {LinLog: true}, {StrongGravity: true}, {LinLog: true, StrongGravity: true}, {DissuadeHubs: true}} {
		if err := o.fill(a.n); err != nil {
			t.Fatal(err)
		}
		fa := &adjacency{n: a.n, off: a.off, nbr: a.nbr, w: attractionWeights(a, false)}
		x, y := randomStart(a.n, 1)
		s := newFA2(fa, degreeMass(fa), x, y, o)
		s.rescale()
		var work float64
		for i := 0; i < a.n; i++ {
			for k := fa.off[i]; k < fa.off[i+1]; k++ {
				if j := fa.nbr[k]; int(j) > i {
					d := math.Hypot(s.x[i]-s.x[j], s.y[i]-s.y[j])
					if o.LinLog {
						work += s.ec[k] * d * math.Log1p(d)
					} else {
						work += s.ec[k] * d * d
					}
				}
			}
			r := math.Hypot(s.x[i], s.y[i])
			if o.StrongGravity {
				work += o.Gravity * s.mass[i] * r * r
			} else {
				work += o.Gravity * s.mass[i] * r
			}
		}
		if math.Abs(work-s.virial) > 1e-6*s.virial {
			t.Errorf("%+v: attraction and gravity work %v, repulsion %v", o, work, s.virial)
		}
	}
}
