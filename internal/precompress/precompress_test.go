package precompress

import (
	"bytes"
	"compress/gzip"
	"io"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
	"github.com/google/go-cmp/cmp"
)

func TestRoundTrip(t *testing.T) {
	raw := []byte(strings.Repeat("“Who said it?” — the mayor said. ", 2000))
	for _, l := range []Level{Best, Fast} {
		br, err := io.ReadAll(brotli.NewReader(bytes.NewReader(Brotli(raw, l))))
		if err != nil {
			t.Fatalf("%s brotli: %v", l, err)
		}
		if diff := cmp.Diff(raw, br); diff != "" {
			t.Errorf("%s brotli round trip (-want +got):\n%s", l, diff)
		}
		zr, err := gzip.NewReader(bytes.NewReader(Gzip(raw, l)))
		if err != nil {
			t.Fatalf("%s gzip: %v", l, err)
		}
		gz, err := io.ReadAll(zr)
		if err != nil {
			t.Fatalf("%s gzip: %v", l, err)
		}
		if diff := cmp.Diff(raw, gz); diff != "" {
			t.Errorf("%s gzip round trip (-want +got):\n%s", l, diff)
		}
	}
}

func TestParseLevel(t *testing.T) {
	for _, s := range []string{"best", "fast"} {
		l, err := ParseLevel(s)
		if err != nil || l.String() != s {
			t.Errorf("ParseLevel(%q) = %v, %v", s, l, err)
		}
	}
	if _, err := ParseLevel("max"); err == nil || !strings.Contains(err.Error(), `"max"`) {
		t.Errorf("ParseLevel(max): %v, want an error naming the level", err)
	}
}
