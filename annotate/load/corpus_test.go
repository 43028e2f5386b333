package load

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"whosaid/annotate"
	"whosaid/annotate/article"
)

var update = flag.Bool("update", false, "rewrite the corpus's .expect files")

// The corpus (testdata/corpus) holds files as other annotation tools write
// them, made by hand after their published formats — Hypothesis' API
// reference and its JSON-LD, the W3C Web Annotation model's examples,
// Recogito's W3C adapter and Annotorious' own JSON — plus files that are
// not annotations at all. Each NAME.json is read onto article.txt and
// its outcome (claims, warnings, or the error) must be NAME.expect, which
// was checked by hand (go test -update rewrites it, for review).
func TestCorpus(t *testing.T) {
	art, err := os.ReadFile("testdata/corpus/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	doc, _, err := article.ReadText(art, annotate.Document{})
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("testdata/corpus/*.json")
	if len(files) < 10 {
		t.Fatalf("only %d corpus files", len(files))
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".json")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			got := outcome(Read(data, &doc))
			expectFile := strings.TrimSuffix(f, ".json") + ".expect"
			if *update {
				if err := os.WriteFile(expectFile, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(expectFile)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", expectFile, diff)
			}
		})
	}
}

// outcome describes a read for people: the format, each claim with what
// whosaid made of it, the warnings, or the error.
func outcome(f File, err error) string {
	var b strings.Builder
	fmt.Fprintf(&b, "format: %s\n", f.Format.Name())
	if err != nil {
		b.WriteString("error:\n")
		for _, line := range strings.Split(err.Error(), "\n") {
			fmt.Fprintf(&b, "  %s\n", line)
		}
		return b.String()
	}
	s := f.Set
	fmt.Fprintf(&b, "claims: %d\n", len(s.Claims))
	for _, c := range s.Claims {
		fmt.Fprintf(&b, "- id: %s\n", c.ID)
		if c.Orphan {
			fmt.Fprintf(&b, "  orphan: %q\n", c.Span.Exact)
		} else {
			fmt.Fprintf(&b, "  span: %d–%d %q\n", c.Span.Start, c.Span.End, c.Span.Exact)
		}
		if sp, ok := s.Speaker(c.SpeakerID); ok {
			fmt.Fprintf(&b, "  speaker: %q (kind %q)\n", sp.Name, sp.Kind)
		}
		fmt.Fprintf(&b, "  attribution: %q, kind: %q\n", c.Attribution, c.Kind)
		if c.Note != "" {
			fmt.Fprintf(&b, "  note: %q\n", c.Note)
		}
		if len(c.Tags) > 0 {
			fmt.Fprintf(&b, "  tags: %q\n", c.Tags)
		}
		if c.Creator != "" || !c.Created.IsZero() || !c.Modified.IsZero() {
			fmt.Fprintf(&b, "  creator: %q, created: %s, modified: %s\n", c.Creator, stamp(c.Created), stamp(c.Modified))
		}
		if o := c.Origin; o != nil {
			fmt.Fprintf(&b, "  origin: id %q, motivation %q, source %q\n", o.ID, o.Motivation, o.Source)
			for _, raw := range o.Bodies {
				fmt.Fprintf(&b, "    kept body: %s\n", raw)
			}
		}
	}
	fmt.Fprintf(&b, "warnings: %d\n", len(f.Warnings))
	for _, w := range f.Warnings {
		fmt.Fprintf(&b, "  %s\n", w)
	}
	return b.String()
}

func stamp(t interface{ IsZero() bool }) string {
	if t.IsZero() {
		return "-"
	}
	return fmt.Sprint(t)
}
