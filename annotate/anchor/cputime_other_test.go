//go:build !linux

package anchor

import "time"

func processCPU() (time.Duration, bool) { return 0, false }
