// Command nergraph turns news articles into a graph of who is mentioned with
// whom. Run "nergraph --help" for the commands.
package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"

	"github.com/nergraph/nergraph/internal/gcpace"
)

func main() {
	// Hold large runs nearer their live state than GOGC=100 does
	// (internal/gcpace); GOGC or GOMEMLIMIT in the environment turn this
	// off.
	endPace := gcpace.Start(gcpace.Default)
	stop := startProfile(os.Getenv("NERGRAPH_CPUPROFILE"), os.Getenv("NERGRAPH_MEMPROFILE"))
	code := Main(os.Args[1:], stdio())
	stop()
	endPace()
	os.Exit(code)
}

// startProfile writes a CPU profile of the whole process to cpuFile, and a
// heap profile at exit to memFile, when they are set: the environment rather
// than a flag, because the whole process (reading, extraction, finalize,
// export) is what a speed figure must cover, for every command alike, and
// users never need it. It returns the function that ends the profiles.
func startProfile(cpuFile, memFile string) (stop func()) {
	var cpu *os.File
	if cpuFile != "" {
		f, err := os.Create(cpuFile)
		if err == nil {
			err = pprof.StartCPUProfile(f)
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "nergraph: NERGRAPH_CPUPROFILE: %v\n", err)
		} else {
			cpu = f
		}
	}
	return func() {
		if cpu != nil {
			pprof.StopCPUProfile()
			if err := cpu.Close(); err != nil {
				fmt.Fprintf(os.Stderr, "nergraph: NERGRAPH_CPUPROFILE: %v\n", err)
			}
		}
		if memFile != "" {
			runtime.GC() // the live heap at the end, not the last collection's
			f, err := os.Create(memFile)
			if err == nil {
				err = pprof.Lookup("allocs").WriteTo(f, 0)
				if cerr := f.Close(); err == nil {
					err = cerr
				}
			}
			if err != nil {
				fmt.Fprintf(os.Stderr, "nergraph: NERGRAPH_MEMPROFILE: %v\n", err)
			}
		}
	}
}
