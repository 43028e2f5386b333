//go:build linux

package anchor

import (
	"syscall"
	"time"
)

// processCPU is the CPU time (user+system) the process has used, so that
// benchmarks can report CPU per op: wall time is unreliable on a loaded
// machine.
func processCPU() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
