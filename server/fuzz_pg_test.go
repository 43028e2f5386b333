//go:build !wasm

package server

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"

	"whosaid/server/store"
)

// pgAPI is the server the fuzzer's requests go to, on PostgreSQL, with a
// document and a saved set of tokenA's.
var pgAPI struct {
	once sync.Once
	srv  *Server
	err  error
}

func fuzzServer(t *testing.T) *Server {
	pgAPI.once.Do(func() {
		url, err := postgres(t).NewDatabase(context.Background())
		if err != nil {
			pgAPI.err = err
			return
		}
		st, err := store.OpenPostgres(context.Background(), url, 8)
		if err != nil {
			pgAPI.err = err
			return
		}
		if pgAPI.srv, pgAPI.err = newServer(Config{WebDir: webDir(t)}, slog.New(slog.NewJSONHandler(io.Discard, nil)), st); pgAPI.err != nil {
			return
		}
		req := httptest.NewRequest("PUT", setPath(fuzzDoc.ID), bytes.NewReader(encode(t, sampleSet(fuzzDoc, 2, ""))))
		req.Header.Set("Authorization", "Bearer "+tokenA)
		req.Header.Set("If-Match", `"0"`)
		req.Header.Set("Content-Type", "application/json")
		pgAPI.srv.ServeHTTP(httptest.NewRecorder(), req)
	})
	if pgAPI.err != nil {
		t.Fatal(pgAPI.err)
	}
	return pgAPI.srv
}

// fuzzAPIRoutes: {id} is the fuzzed id, {doc} the real document's.
var fuzzAPIRoutes = []struct{ method, path string }{
	{"GET", "/api/v1/documents/{id}"}, {"DELETE", "/api/v1/documents/{id}"}, {"GET", "/api/v1/documents/{id}/set"},
	{"PUT", "/api/v1/documents/{id}/set"}, {"PUT", "/api/v1/documents/{doc}/set"}, {"POST", "/api/v1/documents"},
	{"GET", "/api/v1/documents/{id}/set/export/{id}"}, {"POST", "/api/v1/documents/{id}/set/share"},
	{"GET", "/api/v1/shared/{id}"}, {"GET", "/api/v1/shared/{id}/export/csv"}, {"GET", "/api/v1/documents"},
}

// FuzzAPIOnPostgres sends fuzzed ids (in paths), tokens and bodies to the
// annotation API on PostgreSQL, which refuses NUL and invalid UTF-8 with
// errors of its own: every answer must be below 500 (a 500 is a request
// the server failed to check) and every error JSON.
func FuzzAPIOnPostgres(f *testing.F) {
	f.Add(uint8(0), "sha256:\x00", uint8(1), "", []byte(nil))
	f.Add(uint8(8), "\xff", uint8(0), "", []byte(nil))
	f.Add(uint8(4), "", uint8(1), `"0"`, []byte(`{"format":2,"document":{"id":"x","title":"\u0000"}}`))
	f.Add(uint8(4), "", uint8(1), `"1"`, encode(f, sampleSet(fuzzDoc, 1, "a\u0000b")))
	f.Add(uint8(5), "", uint8(1), "", []byte(`{"filename":"a.txt","content":"T\u0000x"}`))
	f.Add(uint8(5), "", uint8(2), "", []byte("{\"filename\":\"a.txt\",\"content\":\"\xff\"}"))
	f.Fuzz(func(t *testing.T, route uint8, id string, auth uint8, ifMatch string, body []byte) {
		srv := fuzzServer(t)
		rt := fuzzAPIRoutes[int(route)%len(fuzzAPIRoutes)]
		path := strings.NewReplacer("{id}", url.PathEscape(id), "{doc}", fuzzDoc.ID).Replace(rt.path)
		req := httptest.NewRequest(rt.method, "http://whosaid.test"+path, bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		if ifMatch != "" {
			req.Header.Set("If-Match", ifMatch)
		}
		switch auth % 3 {
		case 1:
			req.Header.Set("Authorization", "Bearer "+tokenA)
		case 2:
			req.Header.Set("Authorization", "Bearer "+id)
		}
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		if rec.Code >= 500 {
			t.Fatalf("%s %q: %d %s", rt.method, path, rec.Code, rec.Body)
		}
		if rec.Code >= 400 && !json.Valid(rec.Body.Bytes()) {
			t.Fatalf("%s %q: %d with a body that is not JSON: %s", rt.method, path, rec.Code, rec.Body)
		}
	})
}
