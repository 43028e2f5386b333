//go:build !wasm

package classroom

import (
	"encoding/json"
	"testing"

	"whosaid/annotate/exercise"
	"whosaid/annotate/native"
)

// FuzzParseCreate: any body gives a checked exercise or a 400 listing
// problems; never a panic. (The HTTP tests cover the routes; fuzzing
// through SQLite would spend its time in the database.)
func FuzzParseCreate(f *testing.F) {
	keyJSON := encodeSet(f, keySet(f))
	create, _ := json.Marshal(map[string]any{"exercise": settings(exercise.FeedbackAfterSubmit), "document": classDoc(), "key": json.RawMessage(keyJSON)})
	for _, b := range [][]byte{create, []byte(`{}`), []byte(`[`), []byte(`{"exercise":{"title":"x"},"document":null}`)} {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		req, key, e := parseCreate(body)
		if e != nil {
			if e.Status != 400 || e.Message == "" {
				t.Fatalf("error %d %q", e.Status, e.Message)
			}
			return
		}
		if req.Document == nil {
			t.Fatal("accepted without a document")
		}
		if key != nil {
			if _, err := native.Decode(key); err != nil {
				t.Fatalf("accepted key does not decode: %v", err)
			}
		}
	})
}

// FuzzParseJoin: a join body is a name and nothing else.
func FuzzParseJoin(f *testing.F) {
	for _, b := range []string{`{"name":"Ann"}`, `{"name":""}`, `{"name":"A","email":"a@b"}`, `{"name":1}`, `null`} {
		f.Add([]byte(b))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		name, e := parseJoin(body)
		if e != nil {
			if e.Status != 400 {
				t.Fatalf("status %d", e.Status)
			}
			return
		}
		if again, err := exercise.NormalizeName(name); err != nil || again != name {
			t.Fatalf("accepted name %q is not normal: %v", name, err)
		}
	})
}
