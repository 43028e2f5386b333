package summary

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
)

func TestSummarizeGroupsBySpeaker(t *testing.T) {
	s := annotate.NewSet(annotate.DocumentFromText(annotate.Document{}, "aaaa bbbb cccc dddd"))
	s.Speakers = []annotate.Speaker{{ID: "x", Name: "X"}, {ID: "y", Name: "Y"}, {ID: "z", Name: "Silent"}}
	s.Claims = []annotate.Claim{
		{ID: "c3", SpeakerID: "x", Span: annotate.Span{Start: 10, End: 14}},
		{ID: "c1", SpeakerID: "y", Span: annotate.Span{Start: 0, End: 4}},
		{ID: "c2", Span: annotate.Span{Start: 5, End: 9}},
		{ID: "c4", SpeakerID: "y", Span: annotate.Span{Start: 15, End: 19}},
	}
	type g struct {
		Speaker string
		Claims  []string
	}
	var got []g
	for _, grp := range Summarize(s) {
		var ids []string
		for _, c := range grp.Claims {
			ids = append(ids, c.ID)
		}
		got = append(got, g{grp.Speaker.ID, ids})
	}
	want := []g{{"y", []string{"c1", "c4"}}, {"x", []string{"c3"}}, {"", []string{"c2"}}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("groups (-want +got):\n%s", diff)
	}
}

func TestSummaryViewRenders(t *testing.T) {
	s := annotate.NewSet(annotate.DocumentFromText(annotate.Document{Title: "T"}, "aaaa bbbb"))
	s.Speakers = []annotate.Speaker{{ID: "x", Name: "X", Title: "Boss"}}
	s.Claims = []annotate.Claim{{ID: "c1", SpeakerID: "x", Attribution: annotate.AttrDirect, Span: annotate.Span{Start: 0, End: 4, Exact: "aaaa"}}}
	p := &Page{}
	d := app.NewClientTester(p)
	defer d.Close()
	p.set = s
	p.Update()
	d.Consume()
	// main > [nav, div#summary > [h2, If(url), If(empty), div > section > [h3, ol > li > q]]]
	err := app.TestMatch(p, app.TestUIDescriptor{
		Path:     app.TestPath(0, 1, 0),
		Expected: app.H2().Text("Who said what: T"),
	})
	if err != nil {
		t.Error(err)
	}
	if got := app.HTMLString(p); !contains(got, "<q>aaaa</q>") || !contains(got, "Boss") {
		t.Errorf("summary HTML lacks the claim or title: %s", got)
	}
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }
