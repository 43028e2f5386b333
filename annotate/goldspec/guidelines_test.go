package goldspec

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// fenced returns the fenced block that follows marker in a Markdown text.
func fenced(t *testing.T, doc, marker string) string {
	t.Helper()
	i := strings.Index(doc, marker)
	if i < 0 {
		t.Fatalf("docs/guidelines.md has no %s", marker)
	}
	rest := doc[i:]
	a := strings.Index(rest, "```\n") + 4
	b := a + strings.Index(rest[a:], "\n```")
	return rest[a:b]
}

// TestGuidelinesExample: the worked example of docs/guidelines.md passes
// the checker and places every claim where its explanation says.
func TestGuidelinesExample(t *testing.T) {
	data, err := os.ReadFile("../../docs/guidelines.md")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(data)
	set, err := Parse("example.spec", fenced(t, doc, "<!-- example.spec -->"), "example.txt", fenced(t, doc, "<!-- example.txt -->"), "example")
	if err != nil {
		t.Fatalf("the worked example does not pass the checker:\n%v", err)
	}
	var got []string
	for _, c := range set.Claims {
		cue := ""
		if c.Cue != nil {
			cue = c.Cue.Exact
		}
		got = append(got, set.SpeakerName(c)+" | "+string(c.Attribution)+" | "+c.Span.Exact+" | "+cue)
	}
	want := []string{
		"Linda Osei | direct | We have no choice,” said board chair Linda Osei, “because the reservoir is at its lowest level in forty years | said",
		"Linda Osei | indirect | the board would review the cut in March | added",
		"Tomás Reyes | indirect | the plan would force him to leave a third of his trees unwatered | said",
		"Tomás Reyes | direct | My father went through ’77. He told me, ‘The valley always comes back.’ I am not sure it will this time.\n\n“Ask anyone here. We are the ones who pay for the ‘savings | ",
		"Tomás Reyes’s father | direct | The valley always comes back | told",
		"study released last week | indirect | orchards in the valley use 30% less water than a decade ago | found",
		"water board spokesman | indirect | Demand is still rising | according to",
		"Mary-Beth Kline | mixed | the vote “a betrayal of every family farm in this county | called",
		"Mary-Beth Kline | direct | Why would I wait for a judge? | said",
		"workers leaving the morning shift at the packing plant | indirect | they feared for their jobs | said",
		"Crestline Foods | indirect | it had no plans to cut staff | said",
		"Mary-Beth Kline | indirect | raise the issue at the next council meeting | vowed",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("claims (-want +got):\n%s", diff)
	}
}
