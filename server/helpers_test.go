//go:build !wasm

package server

import (
	"bytes"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"whosaid/annotate"
	"whosaid/annotate/article"
	"whosaid/annotate/native"
	"whosaid/server/store"
)

// Owner tokens as the browser makes them: 128 random bits, base64url.
const (
	tokenA = "AAAAAAAAAAAAAAAAAAAAAA"
	tokenB = "BBBBBBBBBBBBBBBBBBBBBB"
)

// webDir makes a web folder with a stand-in app.wasm.
func webDir(tb testing.TB) string {
	dir := tb.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "app.wasm"), []byte("\x00asm\x01\x00\x00\x00"), 0o644); err != nil {
		tb.Fatal(err)
	}
	return dir
}

type testServer struct {
	*httptest.Server
	srv  *Server
	logs *syncBuffer
}

// newTestServer serves the API over st (SQLite when nil) with cfg's limits.
func newTestServer(tb testing.TB, st store.Store, cfg Config) *testServer {
	tb.Helper()
	if st == nil {
		st = storeKinds()[0].open(tb)
	}
	cfg.WebDir = webDir(tb)
	logs := &syncBuffer{}
	srv, err := newServer(cfg, slog.New(slog.NewJSONHandler(logs, nil)), st)
	if err != nil {
		tb.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	tb.Cleanup(func() {
		ts.Close()
		srv.Close()
	})
	return &testServer{Server: ts, srv: srv, logs: logs}
}

type response struct {
	status int
	header http.Header
	body   []byte
}

// do sends a request; token "" sends none; headers are name, value pairs.
func (ts *testServer) do(tb testing.TB, method, path, token string, body []byte, headers ...string) response {
	tb.Helper()
	req, err := http.NewRequest(method, ts.URL+path, bytes.NewReader(body))
	if err != nil {
		tb.Fatal(err)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	if len(body) > 0 {
		req.Header.Set("Content-Type", "application/json") // headers may say otherwise
	}
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	res, err := ts.Client().Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	defer res.Body.Close()
	data, err := io.ReadAll(res.Body)
	if err != nil {
		tb.Fatal(err)
	}
	return response{res.StatusCode, res.Header, data}
}

func (r response) String() string { return fmt.Sprintf("%d %s", r.status, r.body) }

// sampleDoc is the sample article plus a paragraph outside the BMP.
func sampleDoc(tb testing.TB) annotate.Document {
	data, err := os.ReadFile("../annotate/testdata/sample-article.txt")
	if err != nil {
		tb.Fatal(err)
	}
	doc, err := article.Import("sample.txt", append(data, "\n\nEmoji 😀 and more 🇺🇦 text after them."...))
	if err != nil {
		tb.Fatal(err)
	}
	return doc
}

// sampleSet annotates doc with n claims; note marks the version.
func sampleSet(doc annotate.Document, n int, note string) *annotate.Set {
	s := annotate.NewSet(doc)
	s.Speakers = []annotate.Speaker{
		{ID: "lavrov", Name: "Sergei Lavrov", Kind: annotate.SpeakerPerson, Title: "Foreign Minister"},
		{ID: "kremlin", Name: "Kremlin", Kind: annotate.SpeakerOrganization},
	}
	ix := annotate.NewTextIndex(doc.Text())
	t0 := time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC)
	for i := range n {
		start := (i * 37) % (ix.Len() - 30)
		c := annotate.Claim{
			ID:          fmt.Sprintf("c%d", i),
			Span:        annotate.MakeSpan(ix, start, start+12+i%17),
			Attribution: annotate.AttributionTypes[i%len(annotate.AttributionTypes)],
			Kind:        annotate.ClaimKinds[i%len(annotate.ClaimKinds)],
			Note:        note,
			Created:     t0.Add(time.Duration(i) * time.Minute),
			Modified:    t0.Add(time.Duration(i) * time.Minute),
		}
		if i%3 != 2 {
			c.SpeakerID = s.Speakers[i%2].ID
		}
		s.Claims = append(s.Claims, c)
	}
	return s
}

func encode(tb testing.TB, s *annotate.Set) []byte {
	tb.Helper()
	data, err := native.Encode(s)
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

func setPath(docID string) string { return "/api/v1/documents/" + docID + "/set" }

// syncBuffer is a log buffer written from many goroutines.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
