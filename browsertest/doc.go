// Package browsertest drives the real whosaid binary and its WebAssembly app
// in headless Chromium (chromedp). The tests live in *_test.go files; the
// shared harness is harness_test.go.
package browsertest
