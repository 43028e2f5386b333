package main

// perfMark is a no-op left by a profiling session in progress (removed with it).
func perfMark(string) {}
