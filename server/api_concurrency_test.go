//go:build !wasm

package server

import (
	"bytes"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"

	"whosaid/annotate"
	"whosaid/annotate/native"
)

// Many clients saving at once over HTTP, on one shared set and on sets of
// their own: every 2xx write is readable afterwards, every refusal is a
// 409, and the shared set's versions are exactly the acknowledged ones.
func TestConcurrentClients(t *testing.T) {
	for _, k := range storeKinds() {
		t.Run(k.name, func(t *testing.T) {
			ts := newTestServer(t, k.open(t), Config{RateLimit: 0})
			const clients, rounds = 12, 15
			docs := make([]annotate.Document, clients)
			for i := range docs {
				docs[i] = annotate.DocumentFromText(annotate.Document{Title: fmt.Sprint(i)}, fmt.Sprintf("Article %d: “they said” — 😀 words words words.", i))
			}
			shared := sampleDoc(t)
			var mu sync.Mutex
			accepted := map[string]string{} // shared set version → note
			var errs []string
			fail := func(format string, args ...any) {
				mu.Lock()
				errs = append(errs, fmt.Sprintf(format, args...))
				mu.Unlock()
			}
			var wg sync.WaitGroup
			for c := range clients {
				wg.Add(1)
				go func() {
					defer wg.Done()
					ownVersion := "0"
					for r := range rounds {
						own := annotate.NewSet(docs[c])
						own.Document.Title = fmt.Sprintf("client %d round %d", c, r)
						res := ts.do(t, "PUT", setPath(docs[c].ID), tokenA, encode(t, own), "If-Match", strconv.Quote(ownVersion))
						if res.status != http.StatusOK {
							fail("client %d own set round %d: %v", c, r, res)
							return
						}
						ownVersion, _ = strconv.Unquote(res.header.Get("ETag"))
						cur := ts.do(t, "GET", setPath(shared.ID), tokenA, nil)
						base := "0"
						if cur.status == http.StatusOK {
							base, _ = strconv.Unquote(cur.header.Get("ETag"))
						}
						note := fmt.Sprintf("client %d round %d", c, r)
						res = ts.do(t, "PUT", setPath(shared.ID), tokenA, encode(t, sampleSet(shared, 5, note)), "If-Match", strconv.Quote(base))
						switch res.status {
						case http.StatusOK:
							v, _ := strconv.Unquote(res.header.Get("ETag"))
							mu.Lock()
							if prev, dup := accepted[v]; dup {
								errs = append(errs, fmt.Sprintf("version %s acknowledged twice (%s, %s)", v, prev, note))
							}
							accepted[v] = note
							mu.Unlock()
						case http.StatusConflict:
						default:
							fail("client %d shared set: %v", c, res)
						}
					}
				}()
			}
			wg.Wait()
			for _, e := range errs {
				t.Error(e)
			}
			for c := range clients {
				r := ts.do(t, "GET", setPath(docs[c].ID), tokenA, nil)
				want := annotate.NewSet(docs[c])
				want.Document.Title = fmt.Sprintf("client %d round %d", c, rounds-1)
				if r.header.Get("ETag") != strconv.Quote(strconv.Itoa(rounds)) || !bytes.Equal(r.body, encode(t, want)) {
					t.Errorf("client %d's set: ETag %s, last write kept: %v", c, r.header.Get("ETag"), bytes.Equal(r.body, encode(t, want)))
				}
			}
			final := ts.do(t, "GET", setPath(shared.ID), tokenA, nil)
			v, _ := strconv.Unquote(final.header.Get("ETag"))
			n, _ := strconv.Atoi(v)
			if n != len(accepted) || n == 0 {
				t.Fatalf("shared set at version %d after %d acknowledged writes", n, len(accepted))
			}
			s, err := native.Decode(final.body)
			if err != nil {
				t.Fatal(err)
			}
			if got := s.Claims[0].Note; got != accepted[v] {
				t.Errorf("shared set holds %q, but version %s was acknowledged for %q", got, v, accepted[v])
			}
			if strings.Count(ts.logs.String(), `"status":500`) != 0 {
				t.Errorf("internal errors in the log")
			}
		})
	}
}
