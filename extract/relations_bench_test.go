package extract

import (
	"syscall"
	"testing"
	"time"
)

// cpuTime is the CPU time the process has used: on a shared machine it
// varies less than the wall time benchmarks measure.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkExtractRelations measures the per-article path with relations
// on and off, in CPU time, so that their cost reads as a ratio:
//
//	GOMAXPROCS=1 go test -bench ExtractRelations -benchtime 3x ./extract
func BenchmarkExtractRelations(b *testing.B) {
	arts := benchArticles(b)
	for _, on := range []bool{false, true} {
		name := "off"
		if on {
			name = "on"
		}
		b.Run(name, func(b *testing.B) {
			ex, err := New(WithRelations(on))
			if err != nil {
				b.Fatal(err)
			}
			tokens, rels := 0, 0
			start := cpuTime()
			for b.Loop() {
				for _, a := range arts {
					d := ex.Extract(a)
					tokens += d.Tokens
					rels += len(d.Relations)
				}
			}
			cpu := cpuTime() - start
			b.ReportMetric(float64(tokens)/cpu.Seconds(), "tokens/cpu-s")
			b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
			b.ReportMetric(float64(rels)/float64(b.N), "relations/op")
		})
	}
}
