package anchor

import (
	"os"

	"github.com/google/go-cmp/cmp/cmpopts"
	"strings"
	"testing"
	"time"

	"whosaid/annotate"
)

func sampleText(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../testdata/sample-article.txt")
	if err != nil {
		t.Fatal(err)
	}
	return annotate.NormalizeText(string(b))
}

func docOf(text string) annotate.Document {
	return annotate.DocumentFromText(annotate.Document{Title: "test"}, text)
}

// spanOf makes the span of the nth (0-based) occurrence of quote in doc,
// failing the test if there is none.
func spanOf(t *testing.T, doc annotate.Document, quote string, nth int) annotate.Span {
	t.Helper()
	text := doc.Text()
	ix := annotate.NewTextIndex(text)
	from := 0
	for i := 0; ; i++ {
		b := strings.Index(text[from:], quote)
		if b < 0 {
			t.Fatalf("quote %q (occurrence %d) not in the text", quote, nth)
		}
		if i == nth {
			cp, err := ix.FromByte(from + b)
			if err != nil {
				t.Fatal(err)
			}
			return annotate.MakeSpan(ix, cp, cp+annotate.RuneLen(quote))
		}
		from += b + len(quote)
	}
}

var testTime = time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC)

// claimOn makes a claim on quote; cue and mentions are looked for at or
// after the quote's occurrence in the text (first occurrence after it).
func claimOn(t *testing.T, doc annotate.Document, id, quote string, cue string, mentions ...string) annotate.Claim {
	t.Helper()
	c := annotate.Claim{
		ID: id, Span: spanOf(t, doc, quote, 0), Attribution: annotate.AttrDirect,
		Kind: annotate.KindFact, Created: testTime, Modified: testTime,
	}
	if cue != "" {
		sp := nearSpan(t, doc, cue, c.Span.Start)
		c.Cue = &sp
	}
	for _, m := range mentions {
		c.Mentions = append(c.Mentions, nearSpan(t, doc, m, c.Span.Start))
	}
	return c
}

// nearSpan is the occurrence of s nearest to offset at.
func nearSpan(t *testing.T, doc annotate.Document, s string, at int) annotate.Span {
	t.Helper()
	best := annotate.Span{Start: -1}
	for i := 0; strings.Count(doc.Text(), s) > i; i++ {
		sp := spanOf(t, doc, s, i)
		if best.Start < 0 || abs(sp.Start-at) < abs(best.Start-at) {
			best = sp
		}
	}
	if best.Start < 0 {
		t.Fatalf("%q not in the text", s)
	}
	return best
}

func setOf(doc annotate.Document, claims ...annotate.Claim) *annotate.Set {
	s := annotate.NewSet(doc)
	s.Claims = claims
	return s
}

// outcome is what tests compare: how each claim was placed and what it
// now quotes.
type outcome struct {
	ID     string
	Method Method
	Orphan bool
	Exact  string
	Start  int
}

func outcomes(out *annotate.Set, rep Report) []outcome {
	var got []outcome
	for i, c := range out.Claims {
		got = append(got, outcome{ID: c.ID, Method: rep.Results[i].Method, Orphan: c.Orphan, Exact: c.Span.Exact, Start: c.Span.Start})
	}
	return got
}

// checkSpans asserts every placed span's quote and context are what the
// new text holds at its offsets (it was rebuilt on the new text).
func checkSpans(t *testing.T, out *annotate.Set) {
	t.Helper()
	ix := annotate.NewTextIndex(out.Document.Text())
	for _, c := range out.Claims {
		if c.Orphan {
			continue
		}
		for _, sp := range c.Spans() {
			if want := annotate.MakeSpan(ix, sp.Start, sp.End); *sp != want {
				t.Errorf("claim %s: span %+v is not the new text's %+v", c.ID, *sp, want)
			}
		}
	}
}

// cmpIgnoreContext compares spans by position and quote only (the prefix
// of a span near the top changes when text is inserted before it).
var cmpIgnoreContext = cmpopts.IgnoreFields(annotate.Span{}, "Prefix", "Suffix")
