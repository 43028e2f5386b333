//go:build !wasm

package server

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// The loader and the service worker replace go-app's (v9.8.0) so that the
// module is fetched once, compiled from the browser's code cache on later
// visits, and the page says what it is doing while it loads: loader.js and
// app-worker.js say how.
var (
	//go:embed loader.js
	loaderJS string
	//go:embed app-worker.js
	appWorkerJS string
)

// go-app's app.js from the start of its loader to its end (the loader and
// fetchWithProgress are the last functions, goappCanLoadWebAssembly stays).
const (
	goAppLoaderStart = "async function goappInitWebAssembly() {"
	goAppLoaderKeep  = "function goappCanLoadWebAssembly() {"
	goAppProgress    = "async function fetchWithProgress("
)

// withLoader returns go-app's app.js with whosaid's loader in place of
// go-app's, loading the module at wasmURL.
func withLoader(goAppJS, wasmURL string) (string, error) {
	start := strings.Index(goAppJS, goAppLoaderStart)
	keep := strings.Index(goAppJS, goAppLoaderKeep)
	progress := strings.Index(goAppJS, goAppProgress)
	if start < 0 || keep < start || progress < keep {
		return "", fmt.Errorf("go-app's app.js does not have the loader whosaid replaces (is go-app still v9.8.0?)")
	}
	url, _ := json.Marshal(wasmURL) // a string always marshals
	loader := strings.Replace(loaderJS, `"{{wasm}}"`, string(url), 1)
	return goAppJS[:start] + loader + "\n" + goAppJS[keep:progress], nil
}

// appJS asks go-app's handler for its app.js (go-app makes it from a
// template when it first serves) and puts whosaid's loader in it.
func appJS(h *app.Handler) (string, error) {
	var rec recorder
	h.ServeHTTP(&rec, &http.Request{Method: http.MethodGet, URL: &url.URL{Path: "/app.js"}, Header: http.Header{}})
	if rec.code != http.StatusOK {
		return "", fmt.Errorf("go-app's app.js: status %d", rec.code)
	}
	return withLoader(rec.body.String(), h.Resources.AppWASM())
}

// recorder keeps one response in memory.
type recorder struct {
	header http.Header
	code   int
	body   bytes.Buffer
}

func (r *recorder) Header() http.Header {
	if r.header == nil {
		r.header = http.Header{}
	}
	return r.header
}

func (r *recorder) WriteHeader(code int) {
	if r.code == 0 {
		r.code = code
	}
}

func (r *recorder) Write(b []byte) (int, error) {
	r.WriteHeader(http.StatusOK)
	return r.body.Write(b)
}
