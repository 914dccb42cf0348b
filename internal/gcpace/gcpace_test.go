package gcpace

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"testing"
	"time"
)

func TestPercent(t *testing.T) {
	const mib = 1 << 20
	p := Pace{Headroom: 256 * mib, Fraction: 0.5}
	tests := []struct {
		live uint64
		want int
	}{
		{0, 100},
		{1 * mib, 100},
		{256 * mib, 100}, // Go's own pace up to the headroom
		{384 * mib, 66},  // then the headroom: 256 of 384 MiB
		{512 * mib, 50},  // where the fraction takes over
		{2048 * mib, 50},
	}
	for _, tt := range tests {
		if got := p.Percent(tt.live); got != tt.want {
			t.Errorf("Percent(%d MiB) = %d, want %d", tt.live/mib, got, tt.want)
		}
	}
}

// TestStartPaces checks that each collection sets the pace again, and
// that stop puts the old setting back.
func TestStartPaces(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	old := debug.SetGCPercent(100)
	defer debug.SetGCPercent(old)

	// A headroom of one byte is the fraction's pace at any heap: 37.
	p := Pace{Headroom: 1, Fraction: 0.37}
	stop := Start(p)
	for round := range 3 {
		debug.SetGCPercent(100) // undone by the next collection's finalizer
		runtime.GC()
		if got := waitGOGC(37, time.Second); got != 37 {
			t.Errorf("round %d: GOGC after a collection = %d, want 37", round, got)
		}
	}
	stop()
	if got := gogc(); got != 100 {
		t.Errorf("GOGC after stop = %d, want the old 100", got)
	}
	runtime.GC()
	if got := waitGOGC(37, 200*time.Millisecond); got != 100 {
		t.Errorf("GOGC after stop and a collection = %d, want 100: pacing went on", got)
	}
}

// TestUserSettingWins checks that GOGC in the environment turns pacing
// off.
func TestUserSettingWins(t *testing.T) {
	t.Setenv("GOGC", "100")
	old := debug.SetGCPercent(77)
	defer debug.SetGCPercent(old)
	stop := Start(Pace{Headroom: 1 << 30, Fraction: 1})
	runtime.GC()
	got := waitGOGC(100, 200*time.Millisecond)
	stop()
	if got != 77 {
		t.Errorf("GOGC = %d with GOGC set in the environment, want 77 untouched", got)
	}
}

// gogc is the collector's GOGC value now.
func gogc() int {
	s := []metrics.Sample{{Name: "/gc/gogc:percent"}}
	metrics.Read(s)
	return int(s[0].Value.Uint64())
}

// waitGOGC waits up to d for the finalizers of the last collection to set
// GOGC to want, and returns the value there is then. Where want is what
// must not happen, d is shorter: the finalizers run within milliseconds.
func waitGOGC(want int, d time.Duration) int {
	deadline := time.Now().Add(d)
	for gogc() != want && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	return gogc()
}

// TestDefault pins nergraph's pace where issue 15 measured it: Go's own
// for a small heap, the headroom above it, half the live heap beyond.
func TestDefault(t *testing.T) {
	const mib = 1 << 20
	for _, tt := range []struct {
		live uint64
		want int
	}{{32 * mib, 100}, {64 * mib, 100}, {96 * mib, 66}, {128 * mib, 50}, {1024 * mib, 50}} {
		if got := Default.Percent(tt.live); got != tt.want {
			t.Errorf("Default.Percent(%d MiB) = %d, want %d", tt.live/mib, got, tt.want)
		}
	}
}

// TestWhile checks that While changes the pace at once and at each
// collection until end, which puts the pace before it back; and that it
// does nothing where the collector is not paced.
func TestWhile(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	old := debug.SetGCPercent(100)
	defer debug.SetGCPercent(old)

	// Not paced: While leaves GOGC alone.
	end := While(Pace{Headroom: 1, Fraction: 0.83})
	if got := gogc(); got != 100 {
		t.Errorf("GOGC after While without Start = %d, want 100", got)
	}
	end()

	stop := Start(Pace{Headroom: 1, Fraction: 0.37})
	defer stop()
	end = While(Pace{Headroom: 1, Fraction: 0.83})
	if got := gogc(); got != 83 {
		t.Errorf("GOGC after While = %d, want 83", got)
	}
	debug.SetGCPercent(100) // undone by the next collection's finalizer
	runtime.GC()
	if got := waitGOGC(83, time.Second); got != 83 {
		t.Errorf("GOGC after a collection during While = %d, want 83", got)
	}
	end()
	if got := gogc(); got != 37 {
		t.Errorf("GOGC after end = %d, want Start's 37", got)
	}
	debug.SetGCPercent(100)
	runtime.GC()
	if got := waitGOGC(37, time.Second); got != 37 {
		t.Errorf("GOGC after end and a collection = %d, want 37", got)
	}
}

// TestRefresh pins the refresh's pace: Go's own up to 256 MiB live, then
// 256 MiB of growth, half the live heap beyond 512 MiB.
func TestRefresh(t *testing.T) {
	const mib = 1 << 20
	for _, tt := range []struct {
		live uint64
		want int
	}{{128 * mib, 100}, {256 * mib, 100}, {384 * mib, 66}, {512 * mib, 50}, {4096 * mib, 50}} {
		if got := Refresh.Percent(tt.live); got != tt.want {
			t.Errorf("Refresh.Percent(%d MiB) = %d, want %d", tt.live/mib, got, tt.want)
		}
	}
}

// TestPause checks that Pause turns the collector off where it is paced,
// that a collection's finalizer does not turn it back on, and that resume
// sets the pace of the live heap again; and that it does nothing where the
// collector is not paced.
func TestPause(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	old := debug.SetGCPercent(100)
	defer debug.SetGCPercent(old)

	resume := Pause()
	if got := gogc(); got != 100 {
		t.Errorf("GOGC after Pause without Start = %d, want 100", got)
	}
	resume()

	stop := Start(Pace{Headroom: 1, Fraction: 0.37})
	defer stop()
	resume = Pause()
	if got := gogc(); got != -1 {
		t.Errorf("GOGC after Pause = %d, want -1 (off)", got)
	}
	runtime.GC() // its finalizer must leave the collector off
	if got := waitGOGC(37, 200*time.Millisecond); got != -1 {
		t.Errorf("GOGC after a collection during Pause = %d, want -1", got)
	}
	resume()
	if got := gogc(); got != 37 {
		t.Errorf("GOGC after resume = %d, want Start's 37", got)
	}
	resume() // a second call changes nothing
	debug.SetGCPercent(100)
	runtime.GC()
	if got := waitGOGC(37, time.Second); got != 37 {
		t.Errorf("GOGC after resume and a collection = %d, want 37: pacing stopped", got)
	}
}
