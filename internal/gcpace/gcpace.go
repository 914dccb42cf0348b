// Package gcpace paces the Go collector of a whole process by the size of
// its live heap rather than by GOGC's fixed ratio.
//
// GOGC=100 lets the heap grow by as much as is live before the next
// collection. That is the wrong shape for nergraph at both ends: while the
// heap is small (the first seconds of any build, and every build of a few
// thousand articles) it collects very often for little memory, about a
// tenth of the CPU of a build; once the heap is large (hundreds of
// thousands of articles) it lets the process's memory reach twice the live
// state, which is what issue 15 measured as bytes per article. A pace of a
// fixed headroom while the heap is small and a fraction of the live heap
// once it is large spends a bounded amount of memory to collect less, and
// keeps large runs nearer their live state.
//
// Go has no hook at the end of a collection; a finalizer does the job: it
// runs once after each cycle that found its object unreachable, and it
// allocates the next one.
package gcpace

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync/atomic"
)

// Pace is how much the heap may grow between collections: Headroom bytes
// while the live heap is small, and Fraction of the live heap once that is
// more.
type Pace struct {
	Headroom uint64
	Fraction float64
}

// Default is nergraph's pace: 256 MiB of headroom, and half the live heap
// past 512 MiB.
var Default = Pace{Headroom: 256 << 20, Fraction: 0.5}

// maxPercent bounds the GOGC value of a tiny heap, where the headroom is
// many times the live heap.
const maxPercent = 10000

// Percent is the GOGC value that gives the pace at a live heap of live
// bytes: the headroom as a percentage of the live heap, never below the
// fraction's and never above maxPercent.
func (p Pace) Percent(live uint64) int {
	if live == 0 {
		return maxPercent
	}
	pct := max(float64(p.Headroom)*100/float64(live), p.Fraction*100)
	return int(min(pct, maxPercent))
}

// Start paces the collector of this process by p until stop is called,
// which puts back the GOGC value there was. It does nothing, and stop does
// nothing, when GOGC or GOMEMLIMIT is set in the environment: a user's own
// setting wins.
func Start(p Pace) (stop func()) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	done := new(atomic.Bool)
	old := debug.SetGCPercent(p.Percent(LiveHeap()))
	arm(p, done)
	return func() {
		done.Store(true)
		debug.SetGCPercent(old)
	}
}

// sentinel is allocated only for its finalizer. It must not be of zero
// size (those are not allocated, and their finalizers may never run).
type sentinel struct{ _ [16]byte }

// arm allocates a sentinel whose finalizer sets the pace for the live heap
// the cycle that collected it found, and arms the next one.
func arm(p Pace, done *atomic.Bool) {
	runtime.SetFinalizer(&sentinel{}, func(*sentinel) {
		if done.Load() {
			return
		}
		debug.SetGCPercent(p.Percent(LiveHeap()))
		arm(p, done)
	})
}

// LiveHeap is the heap the last collection found live, in bytes.
func LiveHeap() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64()
}
