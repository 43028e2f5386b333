package suggest

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"whosaid/annotate"
)

// Claim kinds follow the guidelines' order and the annotators' conventions:
// requests are opinions, promises predictions, questions "other",
// personal accounts experiences (not an organization's "we").
func TestClaimKinds(t *testing.T) {
	cases := []struct {
		text string
		want annotate.ClaimKind
	}{
		{"The mayor urged residents to boil their tap water.", annotate.KindOpinion},
		{"Pilar Gomez recommended that the clinic hire two more nurses.", annotate.KindOpinion},
		{"Kline vowed to appeal the ruling.", annotate.KindPrediction},
		{"The union said the strike would last a week.", annotate.KindPrediction},
		{"“Who is going to pay for the new roof?” asked Ines Marra.", annotate.KindOther},
		{"Ines Marra asked whether the roof was insured.", annotate.KindOther},
		{"“I waited six hours in the emergency room,” said Tom Alder.", annotate.KindExperience},
		{"“We admitted forty patients overnight,” the hospital said.", annotate.KindFact},
		{"Officials said ticket sales fell 12% last year.", annotate.KindFact},
	}
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			r := Suggest(annotate.DocumentFromText(annotate.Document{}, tc.text))
			var got []annotate.ClaimKind
			for _, s := range r.Suggestions {
				got = append(got, s.Claim.Kind)
			}
			if diff := cmp.Diff([]annotate.ClaimKind{tc.want}, got); diff != "" {
				t.Errorf("kinds (-want +got):\n%s", diff)
			}
		})
	}
}
