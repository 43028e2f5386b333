package native

import (
	"bytes"
	"errors"
	"os"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"whosaid/annotate"
)

// conflictsFile is the sample set with two devices' conflicting edits kept
// on its first claim: a fixture, and a seed of FuzzDecode.
const conflictsFile = "testdata/conflicts.json"

// conflictsSet is the sample set with the device that last edited claim
// c01 and the versions that lost merges: a note, a speaker, a span (an
// orphan), and a deletion.
func conflictsSet(t testing.TB) *annotate.Set {
	t.Helper()
	s, err := Decode(readSample(t))
	if err != nil {
		t.Fatal(err)
	}
	c := &s.Claims[0]
	at := time.Date(2026, 11, 28, 9, 30, 0, 0, time.UTC)
	c.Device = "Chrome on Linux · 3fa9"
	c.Note = "Checked against the transcript."
	c.Modified = at.Add(time.Hour)
	old := c.Span
	old.Exact, old.Start = "common goal of increasing security in Eurasia", old.Start+10
	c.Conflicts = []annotate.Conflict{
		{Field: annotate.FieldNote, Note: "Lavrov’s words — check the date", Modified: at, Device: "Firefox on Windows · b2c4"},
		{Field: annotate.FieldSpeaker, SpeakerID: "wang-yi", Modified: at, Device: "Firefox on Windows · b2c4"},
		{Field: annotate.FieldSpan, Span: &old, Orphan: true, Modified: at.Add(time.Minute)},
		annotate.DeletedVersion(at.Add(2*time.Minute), "Safari on iOS · 77aa"),
	}
	return s
}

// TestConflictsRoundTrip: a set with conflict versions encodes to the
// fixture, and decodes back to an equal set.
func TestConflictsRoundTrip(t *testing.T) {
	want := conflictsSet(t)
	if err := annotate.Validate(want); err != nil {
		t.Fatal(err)
	}
	data, err := Encode(want)
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(conflictsFile, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	fixture, err := os.ReadFile(conflictsFile)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, fixture) {
		t.Errorf("%s is not what Encode writes (go test -run TestConflictsRoundTrip -update)", conflictsFile)
	}
	got, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("round trip (-want +got):\n%s", d)
	}
}

// TestConflictsProblems: what is wrong in a version is reported with its
// path, like anything else in a claim.
func TestConflictsProblems(t *testing.T) {
	fixture, err := os.ReadFile(conflictsFile)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		old, new string
		want     annotate.Problems
	}{
		{"unknown field in a version", `"field": "note",`, `"field": "note", "colour": "red",`,
			annotate.Problems{{Path: "claims[0].conflicts[0].colour", Message: "unknown field"}}},
		{"version without its field", `"field": "note",`, `"modified2": 1,`,
			annotate.Problems{{Path: "claims[0].conflicts[0].modified2", Message: "unknown field"}, {Path: "claims[0].conflicts[0].field", Message: "missing"}}},
		{"not a claim field", `"field": "note",`, `"field": "colour",`,
			annotate.Problems{{Path: "claims[0].conflicts[0].field", Message: `"colour" is not a claim field (want one of "span", "speaker", "attribution", "kind", "cue", "mentions", "note", "tags", "creator" or "deleted")`}}},
		{"two fields in one version", `"speaker": "wang-yi"
        }`, `"speaker": "wang-yi", "kind": "fact"
        }`,
			annotate.Problems{{Path: "claims[0].conflicts[1].kind", Message: "set on a version of the speaker: a version holds one field"}}},
		{"dangling speaker in a version", `"speaker": "wang-yi"
        }`, `"speaker": "nobody"
        }`,
			annotate.Problems{{Path: "claims[0].conflicts[1].speaker", Message: `"nobody" is not the id of any speaker`}}},
		{"span version without its quote", `"exact": "common goal of increasing security in Eurasia",`, `"exact": "",`,
			annotate.Problems{{Path: "claims[0].conflicts[2].span.exact", Message: "an orphan span needs its quote"}}},
		{"bad date-time", `"modified": "2026-11-28T09:32:00Z"`, `"modified": "soon"`,
			annotate.Problems{{Path: "claims[0].conflicts[3].modified", Message: `"soon" is not an RFC 3339 date-time`}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Decode(edit(t, fixture, tt.old, tt.new))
			if s != nil {
				t.Errorf("Decode returned a set along with an error")
			}
			var got annotate.Problems
			if !errors.As(err, &got) {
				t.Fatalf("Decode error = %v (%T), want annotate.Problems", err, err)
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("problems (-want +got):\n%s", d)
			}
		})
	}
}
