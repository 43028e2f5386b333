//go:build !wasm

package server

import (
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"whosaid/server/store"
)

func TestParseFlags(t *testing.T) {
	t.Setenv("WHOSAID_RATE", "5")
	t.Setenv("WHOSAID_DATA", "/srv/whosaid")
	c, err := ParseFlags([]string{"--burst", "9", "--db", "postgres://u@h/db"}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	want := Config{Addr: ":8000", DataDir: "/srv/whosaid", DB: "postgres://u@h/db", WebDir: "./web", RateLimit: 5, RateBurst: 9, MaxBody: DefaultMaxBody,
		MaxDocuments: DefaultMaxDocuments, MaxOwnerBytes: DefaultMaxOwnerBytes, ShutdownTimeout: DefaultShutdownTimeout}
	if diff := cmp.Diff(want, c); diff != "" {
		t.Errorf("config (-want +got):\n%s", diff)
	}
	t.Setenv("WHOSAID_RATE", "fast")
	if _, err := ParseFlags(nil, io.Discard); err == nil || !strings.Contains(err.Error(), "WHOSAID_RATE") {
		t.Errorf("bad WHOSAID_RATE: err = %v", err)
	}
	t.Setenv("WHOSAID_RATE", "")
	if _, err := store.Open(context.Background(), "mysql://x", t.TempDir()); err == nil {
		t.Error("a mysql:// --db was accepted")
	}
}

// Main serves the API on the configured database (embedded SQLite in
// --data, or PostgreSQL with --db) and stops cleanly when its context ends.
func TestMainServesAndStops(t *testing.T) {
	t.Run("sqlite", func(t *testing.T) {
		data := t.TempDir()
		runMain(t, "--data", data)
		if _, err := os.Stat(filepath.Join(data, store.SQLiteFile)); err != nil {
			t.Errorf("no database in --data: %v", err)
		}
	})
	t.Run("postgres", func(t *testing.T) {
		url, err := postgres(t).NewDatabase(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		data := t.TempDir()
		runMain(t, "--db", url, "--data", data)
		if _, err := os.Stat(filepath.Join(data, store.SQLiteFile)); err == nil {
			t.Errorf("an SQLite database was made although --db is PostgreSQL")
		}
	})
}

func runMain(t *testing.T, args ...string) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() {
		done <- Main(ctx, append([]string{"--addr", "127.0.0.1:0", "--web", webDir(t)}, args...), pw, io.Discard)
		pw.Close()
	}()
	line := make([]byte, 100)
	n, _ := pr.Read(line)
	go io.Copy(io.Discard, pr)
	url, ok := strings.CutPrefix(strings.TrimSpace(string(line[:n])), "listening on ")
	if !ok {
		cancel()
		t.Fatalf("Main printed %q (%v)", line[:n], <-done)
	}
	req, _ := http.NewRequest("PUT", url+setPath(fuzzDoc.ID), strings.NewReader(string(encode(t, sampleSet(fuzzDoc, 2, "")))))
	req.Header.Set("Authorization", "Bearer "+tokenA)
	req.Header.Set("If-Match", `"0"`)
	req.Header.Set("Content-Type", "application/json")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Errorf("PUT set: %d", res.StatusCode)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Main: %v", err)
		}
	case <-time.After(time.Minute):
		t.Fatal("Main did not return after its context ended")
	}
}
