package graphstore

import (
	"runtime"
	"sync"
)

// inParallel calls do on the ranges [lo, hi) that split [0, n), on up to
// GOMAXPROCS goroutines at once, and returns when all are done. Ranges
// hold at least least elements each, so that a small n runs on the caller's
// goroutine alone. do must write only to what its range owns: the result
// is then the same as one call do(0, n), whatever the number of cores.
func inParallel(n, least int, do func(lo, hi int)) {
	workers := runtime.GOMAXPROCS(0)
	if n < 2*least || workers < 2 {
		do(0, n)
		return
	}
	// More ranges than workers, so that one slow range (an edge of many
	// relations) does not leave the other cores idle.
	parts := min(4*workers, n/least)
	var wg sync.WaitGroup
	next := make(chan int, parts)
	for p := range parts {
		next <- p
	}
	close(next)
	for range min(workers, parts) {
		wg.Go(func() {
			for p := range next {
				do(p*n/parts, (p+1)*n/parts)
			}
		})
	}
	wg.Wait()
}
