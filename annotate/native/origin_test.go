package native

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"whosaid/annotate"
)

func sampleSet(t *testing.T) *annotate.Set {
	t.Helper()
	s, err := Decode(readSample(t))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// An imported claim's origin — the other tool's id, motivation, source and
// the bodies kept verbatim — saves and loads unchanged, byte for byte.
func TestOriginRoundTrip(t *testing.T) {
	s := sampleSet(t)
	s.Claims[0].Origin = &annotate.Origin{
		ID: "https://hypothes.is/a/Qm9pWs8hEe6bXXc6XVwFaQ", Motivation: []string{"commenting", "tagging"}, Source: "https://news.example.org/a",
		Bodies: []json.RawMessage{json.RawMessage(`{"id":"http://example.org/p.jpg","type":"Image","format":"image/jpeg"}`), json.RawMessage(`"http://example.org/x?a=1&b=<2>"`)},
	}
	data, err := Encode(s)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(s, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	again, err := Encode(got)
	if err != nil {
		t.Fatal(err)
	}
	if string(again) != string(data) {
		t.Errorf("second encoding differs")
	}
	if !strings.Contains(string(data), `"origin": {`) || !strings.Contains(string(data), `"type": "Image"`) {
		t.Errorf("origin not written as plain JSON:\n%s", data)
	}
}

// A kept body must be a JSON object or string; anything else is a problem
// at its path.
func TestOriginBodyChecked(t *testing.T) {
	s := sampleSet(t)
	s.Claims[1].Origin = &annotate.Origin{Bodies: []json.RawMessage{json.RawMessage(`42`)}}
	err := annotate.Validate(s)
	want := annotate.Problems{{Path: "claims[1].origin.bodies[0]", Message: "want a JSON object or string"}}
	if diff := cmp.Diff(want, err); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
