// Package testskip holds the one rule for tests that may be left out:
// only when asked by name (NAME=1), and never in CI. A suite that skips
// itself quietly passes for one that ran, so CI (the CI environment
// variable set, as .ci/run does) runs everything, whatever else is set.
package testskip

import "os"

// InCI tells whether the tests run in CI: CI is set to anything but "",
// "0" or "false".
func InCI() bool {
	switch os.Getenv("CI") {
	case "", "0", "false":
		return false
	}
	return true
}

// Asked tells whether the tests were asked to run without what the
// environment variable name stands for (name=1), outside CI.
func Asked(name string) bool { return os.Getenv(name) == "1" && !InCI() }
