package layout

import (
	"runtime"
	"sync"
)

// maxWorkers bounds the goroutines of one call, whatever is asked.
const maxWorkers = 256

// workers returns how many goroutines to use: w when positive (at most
// maxWorkers), else GOMAXPROCS.
func workers(w int) int {
	if w > 0 {
		return min(w, maxWorkers)
	}
	return runtime.GOMAXPROCS(0)
}

// parallelFor runs fn over [0, n) split into contiguous blocks, one per
// worker. Callers only use it where fn(lo, hi) writes results for the indices
// lo..hi-1 alone and each result is computed in a fixed order, so the output
// does not depend on the number of workers.
func parallelFor(w, n int, fn func(lo, hi int)) {
	if w <= 1 || n < 2048 {
		fn(0, n)
		return
	}
	w = min(w, n/1024)
	var wg sync.WaitGroup
	for k := 0; k < w; k++ {
		lo, hi := n*k/w, n*(k+1)/w
		wg.Add(1)
		go func() {
			defer wg.Done()
			fn(lo, hi)
		}()
	}
	wg.Wait()
}

// parallelForIndexed is parallelFor that also tells fn which worker (0..w-1)
// runs it, for per-worker scratch space.
func parallelForIndexed(w, n int, fn func(worker, lo, hi int)) {
	if w <= 1 || n < 2048 {
		fn(0, 0, n)
		return
	}
	w = min(w, n/1024)
	var wg sync.WaitGroup
	for k := 0; k < w; k++ {
		lo, hi := n*k/w, n*(k+1)/w
		wg.Add(1)
		go func() {
			defer wg.Done()
			fn(k, lo, hi)
		}()
	}
	wg.Wait()
}
