//go:build !unix

package testenv

import "time"

// CPUTime is not measured here; benchmarks then report 0 CPU seconds.
func CPUTime() time.Duration { return 0 }
