package native

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestEncodeCompactReadsBack: the compact form (what the browser stores)
// is the indented form without white space, and decodes to the same set.
func TestEncodeCompactReadsBack(t *testing.T) {
	data, err := os.ReadFile(sampleSetFile)
	if err != nil {
		t.Fatal(err)
	}
	set, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	compact, err := EncodeCompact(set)
	if err != nil {
		t.Fatal(err)
	}
	indented, _ := Encode(set)
	var want bytes.Buffer
	if err := json.Compact(&want, indented); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(compact, want.Bytes()) {
		t.Errorf("compact encoding differs from the indented one without white space:\n%s\n%s", compact, want.Bytes())
	}
	back, err := Decode(compact)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(set, back); d != "" {
		t.Errorf("compact round trip (-want +got):\n%s", d)
	}
	if _, err := EncodeCompact(nil); err == nil {
		t.Error("EncodeCompact(nil) gave no error")
	}
}
