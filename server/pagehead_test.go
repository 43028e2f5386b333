//go:build !wasm

package server

import (
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
)

// Pages are served with a viewport that lets people zoom, without an
// og:url made of the request's Host, and with a Content-Length that fits
// the rewritten page; a revalidation (304) and other files pass as they
// were.
func TestPagesAllowZoom(t *testing.T) {
	ts := newTestServer(t, nil, Config{})
	page := ts.do(t, "GET", "/", "", nil)
	if page.status != http.StatusOK {
		t.Fatalf("GET /: %v", page)
	}
	body := string(page.body)
	if !strings.Contains(body, `<meta name="viewport" content="`+Viewport+`">`) {
		t.Errorf("page viewport is not %q:\n%.1200s", Viewport, body)
	}
	for _, bad := range []string{"user-scalable", "maximum-scale", `property="og:url"`} {
		if strings.Contains(body, bad) {
			t.Errorf("page still has %s", bad)
		}
	}
	if got := page.header.Get("Content-Length"); got != strconv.Itoa(len(page.body)) {
		t.Errorf("Content-Length %s for a %d-byte page", got, len(page.body))
	}
	again := ts.do(t, "GET", "/", "", nil, "If-None-Match", page.header.Get("ETag"))
	if again.status != http.StatusNotModified || len(again.body) != 0 {
		t.Errorf("revalidation: %v", again)
	}
	css := ts.do(t, "GET", "/app.js", "", nil)
	if css.status != http.StatusOK || len(css.body) == 0 {
		t.Errorf("GET /app.js: %v", css.status)
	}
}

func TestFixPageHead(t *testing.T) {
	page := "<head>\n" +
		`<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0, viewport-fit=cover">` + "\n" +
		`<meta property="og:url" content="http://127.0.0.1:40113/join">` + "\n" +
		`<meta property="og:title" content="whosaid">` + "\n</head>"
	want := "<head>\n" +
		`<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">` + "\n" +
		`<meta property="og:url" content="https://example.org/join?a=1&amp;b=2">` + "\n" +
		`<meta property="og:title" content="whosaid">` + "\n</head>"
	if got := string(FixPageHead([]byte(page), "https://example.org/join?a=1&b=2")); got != want {
		t.Errorf("with a URL:\n%s\nwant:\n%s", got, want)
	}
	want = "<head>\n" +
		`<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">` + "\n" +
		`<meta property="og:title" content="whosaid">` + "\n</head>"
	if got := string(FixPageHead([]byte(page), "")); got != want {
		t.Errorf("without a URL:\n%s\nwant:\n%s", got, want)
	}
	// go-app writes attributes in any order.
	swapped := "<head>\n" +
		`<meta content="width=device-width, maximum-scale=1, user-scalable=0" name="viewport">` + "\n" +
		`<meta content="http://127.0.0.1:40113/join" property="og:url">` + "\n" +
		`<meta property="og:title" content="whosaid">` + "\n</head>"
	if got := string(FixPageHead([]byte(swapped), "")); got != want {
		t.Errorf("attributes swapped:\n%s\nwant:\n%s", got, want)
	}
}

// A page big enough to be sent gzipped is mended before it is compressed:
// the viewport allows zooming, no boolean attribute is "false".
func TestBigPagesMendedBeforeCompression(t *testing.T) {
	s, err := newAppServer(webDir(t))
	if err != nil {
		t.Fatal(err)
	}
	// go-app draws RawHeaders into every page's head: a page over
	// compressPageOver, with an attribute go-app would write "false".
	s.h.RawHeaders = append(s.h.RawHeaders, `<meta name="pad" content="`+strings.Repeat("x", compressPageOver)+`">`, `<div hidden="false"></div>`)
	ts := httptest.NewServer(s)
	defer ts.Close()
	req, err := http.NewRequest("GET", ts.URL+"/", nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Accept-Encoding", "gzip") // set here, so the client leaves the body compressed
	res, err := ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if enc := res.Header.Get("Content-Encoding"); enc != "gzip" {
		t.Fatalf("Content-Encoding %q, want gzip for a %d-byte page", enc, compressPageOver)
	}
	zr, err := gzip.NewReader(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	page, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	body := string(page)
	if !strings.Contains(body, `<meta name="viewport" content="`+Viewport+`">`) {
		t.Errorf("big page's viewport is not %q", Viewport)
	}
	for _, bad := range []string{"user-scalable", "maximum-scale", `hidden="false"`} {
		if strings.Contains(body, bad) {
			t.Errorf("big page still has %s", bad)
		}
	}
}
