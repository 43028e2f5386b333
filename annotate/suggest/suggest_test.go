package suggest

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"whosaid/annotate"
)

// got is a compact view of a suggestion for table tests.
type got struct {
	Speaker string
	Attr    annotate.AttributionType
	Exact   string
	Cue     string
}

func suggestText(text string) []got {
	doc := annotate.DocumentFromText(annotate.Document{}, text)
	r := Suggest(doc)
	names := map[string]string{}
	for _, sp := range r.Speakers {
		names[sp.ID] = sp.Name
	}
	var out []got
	for _, s := range r.Suggestions {
		g := got{Speaker: names[s.Claim.SpeakerID], Attr: s.Claim.Attribution, Exact: s.Claim.Span.Exact}
		if s.Claim.Cue != nil {
			g.Cue = s.Claim.Cue.Exact
		}
		out = append(out, g)
	}
	return out
}

func TestSuggestHardCases(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []got
	}{{
		name: "interrupted quote is one claim",
		text: `“Storage helps,” said Dana Ortiz, “but it won’t replace the plant.”`,
		want: []got{{"Dana Ortiz", annotate.AttrDirect, "Storage helps,” said Dana Ortiz, “but it won’t replace the plant.", "said"}},
	}, {
		name: "apostrophes are not quotes",
		text: `The company’s chief executive, Dana Ortiz, said the plant hasn’t closed since the ’90s.`,
		want: []got{{"Dana Ortiz", annotate.AttrIndirect, "the plant hasn’t closed since the ’90s", "said"}},
	}, {
		name: "scare quotes, titles and nicknames are not claims",
		text: `The bridge, known as "the Rattler," was featured in the film "Steel and Salt" about the “new normal” in town.`,
		want: nil,
	}, {
		name: "nested single quotes stay inside",
		text: `"The engineers told us, 'You cannot patch this any longer,' and we listened," Brooks said.`,
		want: []got{
			{"Brooks", annotate.AttrDirect, `The engineers told us, 'You cannot patch this any longer,' and we listened`, "said"},
			{"engineers", annotate.AttrDirect, "You cannot patch this any longer", "told"},
		},
	}, {
		name: "multi-paragraph quote",
		text: "“We did not take this lightly,” Mayor Alan Brooks said. “Every option was on the table.\n\n“The new deck will last another 80 years.”",
		want: []got{
			{"Alan Brooks", annotate.AttrDirect, "We did not take this lightly", "said"},
			{"Alan Brooks", annotate.AttrDirect, "Every option was on the table.\n\n“The new deck will last another 80 years.", ""},
		},
	}, {
		name: "according to, before and after",
		text: "According to Reuters, the talks will resume in May. The plant will close, according to the company.",
		want: []got{
			{"Reuters", annotate.AttrIndirect, "the talks will resume in May", "According to"},
			{"company", annotate.AttrIndirect, "The plant will close", "according to"},
		},
	}, {
		name: "told reporters that, and a pronoun",
		text: "Janet Yellen told reporters that banks should not help. She warned “they will face significant consequences if they do.”",
		want: []got{
			{"Janet Yellen", annotate.AttrIndirect, "banks should not help", "told"},
			{"Janet Yellen", annotate.AttrDirect, "they will face significant consequences if they do.", "warned"},
		},
	}, {
		name: "she resolves to the last woman, it to an organization",
		text: "Sergei Lavrov met Mao Ning, a spokeswoman. “We support peace talks in due course,” she said. The ministry said it would reply later.",
		want: []got{
			{"Mao Ning", annotate.AttrDirect, "We support peace talks in due course", "said"},
			{"ministry", annotate.AttrIndirect, "it would reply later", "said"},
		},
	}, {
		name: "anonymous sources",
		text: "Regulators have not approved the plan, officials said. A spokesperson who declined to be named said a decision was likely in March.",
		want: []got{
			{"officials", annotate.AttrIndirect, "Regulators have not approved the plan", "said"},
			{"spokesperson", annotate.AttrIndirect, "a decision was likely in March", "said"},
		},
	}, {
		name: "mixed: a clause with a quoted fragment",
		text: `Mao added that she had “no information” to offer on the conference.`,
		want: []got{{"Mao", annotate.AttrMixed, "she had “no information” to offer on the conference", "added"}},
	}, {
		name: "nested attribution splits the clause",
		text: "China said it hasn’t sought to benefit from the war after the U.S. warned allies that Beijing has stepped up its support.",
		want: []got{
			{"China", annotate.AttrIndirect, "it hasn’t sought to benefit from the war", "said"},
			{"U.S.", annotate.AttrIndirect, "Beijing has stepped up its support", "warned"},
		},
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, suggestText(tc.text)); diff != "" {
				t.Errorf("suggestions (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSpeakersMergeWithAliases(t *testing.T) {
	doc := annotate.DocumentFromText(annotate.Document{}, "Russian Foreign Minister Sergei Lavrov said the talks failed. Lavrov added that more talks were planned.")
	r := Suggest(doc)
	want := []annotate.Speaker{{ID: "s1", Name: "Sergei Lavrov", Kind: annotate.SpeakerPerson, Title: "Russian Foreign Minister", Aliases: []string{"Lavrov"}}}
	if diff := cmp.Diff(want, r.Speakers); diff != "" {
		t.Errorf("speakers (-want +got):\n%s", diff)
	}
	if len(r.Suggestions) != 2 || r.Suggestions[0].Claim.SpeakerID != "s1" || r.Suggestions[1].Claim.SpeakerID != "s1" {
		t.Errorf("both claims should be Lavrov's: %+v", r.Suggestions)
	}
}

func TestSuggestionsValidateAsASet(t *testing.T) {
	for _, f := range []string{"sample", "battery", "bridge", "flu"} {
		doc := annotate.DocumentFromText(annotate.Document{}, readGoldText(t, f))
		set := ToSet(doc, Suggest(doc), false)
		if err := annotate.Validate(set); err != nil {
			t.Errorf("%s: suggestions do not make a valid set:\n%v", f, err)
		}
		if len(set.Claims) == 0 {
			t.Errorf("%s: no suggestions", f)
		}
	}
}

func readGoldText(t testing.TB, name string) string {
	t.Helper()
	data, err := readFile("testdata/gold/dev/" + name + ".txt")
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// FuzzSuggest: the extractor never panics and always proposes spans that
// lie in the text with a known speaker.
func FuzzSuggest(f *testing.F) {
	for _, name := range []string{"sample", "battery", "bridge", "flu"} {
		data, err := readFile("testdata/gold/dev/" + name + ".txt")
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add(`“A,” he said, “B.” ‘x’ "y' ’’ “ ” , according to , said`)
	f.Add("“\n\n“\n\n”")
	f.Fuzz(func(t *testing.T, text string) {
		doc := annotate.DocumentFromText(annotate.Document{}, strings.ToValidUTF8(text, ""))
		n := annotate.RuneLen(doc.Text())
		r := Suggest(doc)
		ids := map[string]bool{}
		for _, sp := range r.Speakers {
			ids[sp.ID] = true
		}
		for _, s := range r.Suggestions {
			sp := s.Claim.Span
			if sp.Start < 0 || sp.End > n || sp.Start >= sp.End {
				t.Fatalf("span %d..%d outside text of %d", sp.Start, sp.End, n)
			}
			if !ids[s.Claim.SpeakerID] {
				t.Fatalf("unknown speaker %q", s.Claim.SpeakerID)
			}
		}
	})
}
