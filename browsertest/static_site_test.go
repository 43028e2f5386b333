package browsertest

import (
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestStaticCopyEveryRoute: the static copy on a plain file server (Go's,
// which behaves as python's http.server: /join redirects to /join/, a
// folder without index.html is listed) opens every page at its address,
// in the browser, with its own page mounted and the address without the
// slash the host added; /teach is the teacher's page, not a listing; no
// page names the build machine's address; an address with an id (the
// dashboard) starts the app from 404.html.
func TestStaticCopyEveryRoute(t *testing.T) {
	dir := t.TempDir()
	out, err := exec.Command(binPath, "static", "--web", webDir, dir).CombinedOutput()
	if err != nil {
		t.Fatalf("whosaid static: %v\n%s", err, out)
	}
	files := http.FileServer(http.Dir(dir))
	// 404.html for what is not there, as GitHub Pages and Netlify do.
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(path.Clean(r.URL.Path)))); err != nil {
			page, _ := os.ReadFile(filepath.Join(dir, "404.html"))
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.WriteHeader(http.StatusNotFound)
			w.Write(page)
			return
		}
		files.ServeHTTP(w, r)
	}))
	defer ts.Close()
	b := newBrowser(t, "")
	for _, tt := range []struct{ route, main string }{
		{"/join", "join"},
		{"/library", "library"},
		{"/summary", "summary-page"},
		{"/teach", "teach"},
		{"/teach/files", "teach-files"},
		{"/exercise/file", "exercise-file-page"},
		{"/teach/AAAAAAAAAAAAAAAAAAAAAAAA", "dashboard"},
		{"/", "annotator"},
	} {
		b.Open(ts.URL + tt.route)
		b.Wait(`document.querySelector("main[data-live]").id === ` + strconv.Quote(tt.main))
		if path := eval[string](b, `location.pathname`); path != tt.route {
			t.Errorf("%s: the address became %s", tt.route, path)
		}
		head := eval[string](b, `document.head.innerHTML`)
		for _, bad := range []string{"127.0.0.1", "user-scalable"} {
			if strings.Contains(head, bad) {
				t.Errorf("%s: the page's head has %q", tt.route, bad)
			}
		}
	}
	res, err := http.Get(ts.URL + "/teach/")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK || res.Header.Get("Content-Type") != "text/html; charset=utf-8" {
		t.Errorf("/teach/: %d %s", res.StatusCode, res.Header.Get("Content-Type"))
	}
}

// TestCommandLine runs the real binary: alone it prints its usage (it
// used to start a server), "help serve" and "serve --help" print the same
// help with exit 0, and server flags without "serve" say where they go.
func TestCommandLine(t *testing.T) {
	run := func(args ...string) (string, string, int) {
		cmd := exec.Command(binPath, args...)
		var stdout, stderr strings.Builder
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		return stdout.String(), stderr.String(), code
	}
	usage, _, code := run()
	if code != 0 || !strings.Contains(usage, "usage: whosaid COMMAND") || !strings.Contains(usage, "\n  serve ") {
		t.Errorf("bare whosaid: exit %d, %q", code, usage)
	}
	helpServe, _, code := run("help", "serve")
	if code != 0 || !strings.HasPrefix(helpServe, "usage: whosaid serve") || !strings.Contains(helpServe, "--addr ADDRESS") {
		t.Errorf("help serve: exit %d, %q", code, helpServe)
	}
	if got, errOut, code := run("serve", "--help"); code != 0 || got != helpServe || errOut != "" {
		t.Errorf("serve --help: exit %d, stdout %q, stderr %q; want help serve's", code, got, errOut)
	}
	if got, _, code := run("static", "--help"); code != 0 || strings.Contains(got, "`") || !strings.Contains(got, "--web FOLDER") {
		t.Errorf("static --help: exit %d, %q", code, got)
	}
	if _, errOut, code := run("--addr", "127.0.0.1:0"); code != 2 || !strings.Contains(errOut, "whosaid serve --addr") {
		t.Errorf("whosaid --addr: exit %d, stderr %q", code, errOut)
	}
}
