//go:build !wasm

package httpjson

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestServeMux(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /things/{id}", func(w http.ResponseWriter, r *http.Request) {
		Write(w, http.StatusOK, map[string]string{"id": r.PathValue("id")})
	})
	mux.HandleFunc("DELETE /things/{id}", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) })
	type answer struct {
		Status int
		Allow  string
		Body   string
	}
	for _, tt := range []struct {
		method, path string
		want         answer
	}{
		{"GET", "/things/é", answer{http.StatusOK, "", `{"id":"é"}` + "\n"}},
		{"PUT", "/things/1", answer{http.StatusMethodNotAllowed, "DELETE, GET, HEAD", `{"error":"PUT is not allowed here; allowed: DELETE, GET, HEAD"}` + "\n"}},
		{"GET", "/nothing", answer{http.StatusNotFound, "", `{"error":"no such endpoint"}` + "\n"}},
	} {
		rec := httptest.NewRecorder()
		ServeMux(rec, httptest.NewRequest(tt.method, tt.path, nil), mux, "no such endpoint")
		got := answer{rec.Code, rec.Header().Get("Allow"), rec.Body.String()}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s %s (-want +got):\n%s", tt.method, tt.path, diff)
		}
	}
}
