// Package gcpace paces the Go collector of a whole process by the size of
// its live heap rather than by GOGC's fixed ratio alone.
//
// GOGC=100 lets the heap grow by as much as is live before the next
// collection. For a small heap that is right: little memory, and the
// collections are cheap. For a large one it is wasteful: a build of
// hundreds of thousands of articles holds some hundreds of megabytes and
// then peaks at twice that, which is what issue 15 measures as bytes per
// article. The pace here is Go's while the live heap is under Headroom,
// then a fixed Headroom of growth, and never less than Fraction of the
// live heap: GOGC=100 up to 64 MiB live, 50 from 128 MiB.
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

// Pace is how much the heap may grow between collections: as much as is
// live (GOGC=100), at most Headroom bytes, and never less than Fraction of
// the live heap.
type Pace struct {
	Headroom uint64
	Fraction float64
}

// Default is nergraph's pace: Go's own up to 64 MiB live, then 64 MiB of
// growth, and half the live heap past 128 MiB. A build of AG News holds
// about 70 MiB once its models are in: with 256 MiB of headroom, as
// before, each added article cost twice its live bytes in peak memory up
// to 256 MiB live, which is what issue 15 measures (1× to 16× AG News:
// 1.61 KB of peak RSS an article with 256 MiB, 1.16 KB with 64). The
// collector's own CPU at 16× AG News (gctrace) went from 1.17 to 1.92 s
// of about 29 s.
var Default = Pace{Headroom: 64 << 20, Fraction: 0.5}

// Percent is the GOGC value that gives the pace at a live heap of live
// bytes.
func (p Pace) Percent(live uint64) int {
	if live <= p.Headroom {
		return 100
	}
	return int(max(float64(p.Headroom)*100/float64(live), p.Fraction*100))
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
