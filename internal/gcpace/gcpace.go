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

// Refresh is the pace while the query cache of a store is refreshed (see
// While): Go's own up to 256 MiB live, then 256 MiB of growth, and half
// the live heap past 512 MiB. A refresh links every article of the store
// anew, and nearly all it allocates (the linker's index of names and
// contexts) stays live until it ends: a collection in the middle finds
// little to free. At Default's pace the refresh of 100 articles into a
// 29k-article store ran two to four collections of a heap of 115–150 MiB;
// at this pace it runs one or two, for about 20 MiB more peak (docs/store.md
// has the figures). Peak memory stays bounded by the live heap: at most
// twice it up to 256 MiB, 1.5 times it beyond 512 MiB.
var Refresh = Pace{Headroom: 256 << 20, Fraction: 0.5}

// active is the pace Start set and While changed, nil when the collector
// is not paced.
var active atomic.Pointer[Pace]

// Start paces the collector of this process by p until stop is called,
// which puts back the GOGC value there was. It does nothing, and stop does
// nothing, when GOGC or GOMEMLIMIT is set in the environment: a user's own
// setting wins.
func Start(p Pace) (stop func()) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	done := new(atomic.Bool)
	active.Store(&p)
	old := debug.SetGCPercent(p.Percent(LiveHeap()))
	arm(done)
	return func() {
		done.Store(true)
		active.Store(nil)
		debug.SetGCPercent(old)
	}
}

// While paces the collector by p until end is called, which puts back the
// pace there was: a phase of a process that allocates much that stays live
// to its end may run fewer collections than the rest. It does nothing when
// the collector is not paced (Start was not called, or a user's setting
// won).
func While(p Pace) (end func()) {
	old := active.Load()
	if old == nil {
		return func() {}
	}
	active.Store(&p)
	debug.SetGCPercent(p.Percent(LiveHeap()))
	return func() {
		if active.CompareAndSwap(&p, old) {
			debug.SetGCPercent(old.Percent(LiveHeap()))
		}
	}
}

// paused is set between Pause and its resume.
var paused atomic.Bool

// Pause turns the collector off until resume is called, where the
// collector is paced (see Start; not nested): for a phase whose heap only
// grows and stays live, such as loading the models at start-up, where
// the collections Go's pace runs at 4, 8, 16 and 32 MiB mark all that was
// loaded before and free next to nothing. At resume the pace of the live
// heap the last collection found is set again, and so one collection
// follows at once, of the heap loaded. The garbage of the phase waits for
// it: Pause is for phases of a known, bounded size.
func Pause() (resume func()) {
	if active.Load() == nil {
		return func() {}
	}
	paused.Store(true)
	debug.SetGCPercent(-1)
	return func() {
		if paused.CompareAndSwap(true, false) {
			if p := active.Load(); p != nil {
				debug.SetGCPercent(p.Percent(LiveHeap()))
			}
		}
	}
}

// sentinel is allocated only for its finalizer. It must not be of zero
// size (those are not allocated, and their finalizers may never run).
type sentinel struct{ _ [16]byte }

// arm allocates a sentinel whose finalizer sets the pace in effect for the
// live heap the cycle that collected it found, and arms the next one.
func arm(done *atomic.Bool) {
	runtime.SetFinalizer(&sentinel{}, func(*sentinel) {
		p := active.Load()
		if done.Load() || p == nil {
			return
		}
		if !paused.Load() {
			debug.SetGCPercent(p.Percent(LiveHeap()))
		}
		arm(done)
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
