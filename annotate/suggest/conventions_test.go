package suggest

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"whosaid/annotate"
)

// The annotators' decisions where the guidelines were unclear (docs/
// guidelines.md, "Clarifications"), on sentences written for these tests.
func TestAnnotatorConventions(t *testing.T) {
	runSuggestCases(t, []suggestCase{{
		name: "a second quotation after the attribution has no cue",
		text: "“The pool is closed,” said Mina Lutz. “It opens in May.”",
		want: []got{
			{"Mina Lutz", direct, "The pool is closed", "said"},
			{"Mina Lutz", direct, "It opens in May.", ""},
		},
	}, {
		name: "said he expected keeps he expected in the span",
		text: "Hollis said he expected the bank to cut rates in June.",
		want: []got{{"Hollis", indirect, "he expected the bank to cut rates in June", "said"}},
	}, {
		name: "accused X of Y keeps the object",
		text: "The lawsuit accused the company of hiding the defect for years.",
		want: []got{{"lawsuit", indirect, "the company of hiding the defect for years", "accused"}},
	}, {
		name: "and she has said so adds no content",
		text: "Nora Pratt worries that the clinic will close, and she has said so at every meeting.",
		want: []got{{"Nora Pratt", indirect, "the clinic will close", "worries"}},
	}, {
		name: "attributions inside indirect speech are the document's",
		text: "Two witnesses told officers the driver had been speeding, according to a criminal complaint.",
		want: []got{{"criminal complaint", indirect, "Two witnesses told officers the driver had been speeding", "according to"}},
	}, {
		name: "acts are not claims",
		text: "The union voted to strike on Monday. The governor declared a state of emergency in three counties. The council welcomed the report.",
		want: nil,
	}, {
		name: "a quantifier is dropped from a group's name",
		text: "Other parents said the buses were always late.",
		want: []got{{"parents", indirect, "the buses were always late", "said"}},
	}, {
		name: "a proper name's possessive is kept",
		text: "Whitcomb’s campaign said the ad was misleading.",
		want: []got{{"Whitcomb’s campaign", indirect, "the ad was misleading", "said"}},
	}, {
		name: "an unnamed individual with an unlisted audience",
		text: "A man with a rifle told deputies he had been hunting deer.",
		want: []got{{"man with a rifle", indirect, "he had been hunting deer", "told"}},
	}})
}

// Unnamed individuals are anonymous sources, whatever their role.
func TestUnnamedIndividualsAreAnonymous(t *testing.T) {
	for _, text := range []string{
		"A sheriff’s deputy said the road would stay closed.",
		"A department spokesperson said the forms were online.",
		"A man with a rifle told deputies he had been hunting deer.",
	} {
		t.Run(text, func(t *testing.T) {
			r := Suggest(annotate.DocumentFromText(annotate.Document{}, text))
			var kinds []annotate.SpeakerKind
			for _, sp := range r.Speakers {
				kinds = append(kinds, sp.Kind)
			}
			if diff := cmp.Diff([]annotate.SpeakerKind{annotate.SpeakerAnonymous}, kinds); diff != "" {
				t.Errorf("speaker kinds (-want +got):\n%s", diff)
			}
		})
	}
}
