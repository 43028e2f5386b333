package score

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"whosaid/annotate"
)

// approx compares the float figures, which are computed with a few
// divisions and so may differ from the hand-worked fractions in the last bit.
var approx = cmpopts.EquateApprox(0, 1e-12)

// fx is a one-paragraph document to build spans on by quoting it.
type fx struct {
	doc annotate.Document
	ix  *annotate.TextIndex
}

func newFx(text string) fx {
	doc := annotate.NewDocument(annotate.Document{}, []annotate.Block{{Text: text}})
	return fx{doc: doc, ix: annotate.NewTextIndex(doc.Text())}
}

// span quotes the nth (0-based) occurrence of quote.
func (f fx) span(t *testing.T, quote string, nth int) annotate.Span {
	t.Helper()
	text, from := f.ix.Text(), 0
	for range nth {
		i := strings.Index(text[from:], quote)
		if i < 0 {
			t.Fatalf("quote %q occurs fewer than %d times", quote, nth+1)
		}
		from += i + 1
	}
	b := strings.Index(text[from:], quote)
	if b < 0 {
		t.Fatalf("quote %q not found", quote)
	}
	start, err := f.ix.FromByte(from + b)
	if err != nil {
		t.Fatal(err)
	}
	return annotate.MakeSpan(f.ix, start, start+annotate.RuneLen(quote))
}

func (f fx) set(speakers []annotate.Speaker, claims ...annotate.Claim) *annotate.Set {
	s := annotate.NewSet(f.doc)
	s.Speakers = append(s.Speakers, speakers...)
	s.Claims = append(s.Claims, claims...)
	return s
}

func mustScore(t *testing.T, k Key, s *annotate.Set) *Report {
	t.Helper()
	r, err := Score(k, s)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func diffReport(t *testing.T, want, got *Report) {
	t.Helper()
	if diff := cmp.Diff(want, got, approx); diff != "" {
		t.Errorf("report (-want +got):\n%s", diff)
	}
}

// keyOf makes a plain key of a set: every claim required, no alternatives.
func keyOf(s *annotate.Set) Key {
	k := Key{Document: s.Document, Speakers: s.Speakers}
	for _, c := range s.Claims {
		k.Claims = append(k.Claims, KeyClaim{Claim: c})
	}
	return k
}

// newMarker prepares key and student on an empty text, for label tests.
func newMarker(key Key, student *annotate.Set) *marker {
	t := newText(annotate.Document{})
	return &marker{key: prepareKey(t, key), student: prepareStudent(t, student)}
}
