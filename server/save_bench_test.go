//go:build !wasm

package server

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"
)

// BenchmarkSave is the server's own cost of one save of a 50-claim set
// (decode, validate, store, respond), without the network, one at a time.
func BenchmarkSave(b *testing.B) {
	for _, k := range storeKinds() {
		b.Run(k.name, func(b *testing.B) {
			ts := newTestServer(b, k.open(b), Config{})
			doc := sampleDoc(b)
			bodies := [][]byte{encode(b, sampleSet(doc, 50, "a")), encode(b, sampleSet(doc, 50, "b"))}
			b.SetBytes(int64(len(bodies[0])))
			b.ReportAllocs()
			b.ResetTimer()
			for i := range b.N {
				req := httptest.NewRequest("PUT", setPath(doc.ID), bytes.NewReader(bodies[i%2]))
				req.Header.Set("Authorization", "Bearer "+tokenA)
				req.Header.Set("If-Match", strconv.Quote(strconv.Itoa(i)))
				req.Header.Set("Content-Type", "application/json")
				w := httptest.NewRecorder()
				ts.srv.ServeHTTP(w, req)
				if w.Code != http.StatusOK {
					b.Fatalf("save %d: %d %s", i, w.Code, w.Body)
				}
			}
		})
	}
}
