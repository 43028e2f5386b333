package summary

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
)

// The page shows the summary under its own h1, each claim's words with
// quotation marks only when a direct quote.
func TestSummaryPageRenders(t *testing.T) {
	s := annotate.NewSet(annotate.DocumentFromText(annotate.Document{Title: "T"}, "aaaa bbbb"))
	s.Speakers = []annotate.Speaker{{ID: "x", Name: "X", Title: "Boss"}}
	s.Claims = []annotate.Claim{
		{ID: "c1", SpeakerID: "x", Attribution: annotate.AttrDirect, Span: annotate.Span{Start: 0, End: 4, Exact: "aaaa"}},
		{ID: "c2", SpeakerID: "x", Attribution: annotate.AttrIndirect, Span: annotate.Span{Start: 5, End: 9, Exact: "bbbb"}},
	}
	p := &Page{}
	d := app.NewClientTester(p)
	defer d.Close()
	p.set = s
	p.Update()
	d.Consume()
	got := app.HTMLString(p)
	for _, want := range []string{"<h1>Who said what: T</h1>", ">“aaaa”</span>", ">bbbb</span>", "Boss", `id="summary-print"`} {
		if !strings.Contains(got, want) {
			t.Errorf("summary HTML lacks %s: %s", want, got)
		}
	}
	if strings.Contains(got, "“bbbb”") {
		t.Errorf("a paraphrase is in quotation marks: %s", got)
	}
}
