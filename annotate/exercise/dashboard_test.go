package exercise

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"whosaid/annotate"
	"whosaid/annotate/score"
)

var approx = cmpopts.EquateApprox(0, 1e-9)

func figs(p, r, f float64) score.Figures { return score.Figures{Precision: p, Recall: r, F1: f} }

// class is four students on classKeySet:
//   - Ann (submitted): k1 exactly, speaker "ann lee" (right, case folded),
//     indirect prediction (right); nothing for k2.
//   - Bob (submitted): "taxes will" for k1 (partly, 2 of 3 words) with
//     speaker Bob Roe (wrong) and direct (wrong); k2 exactly with Bob Roe,
//     indirect, prediction (right); an extra claim "Ann Lee".
//   - Cy (joined): nothing saved.
//   - Di (working): "Bob Roe said", not submitted.
func class(t testing.TB) (score.Key, []Student) {
	d := classDoc()
	key, err := KeyFromSet(d, classKeySet(t))
	if err != nil {
		t.Fatal(err)
	}
	annLower := annotate.Speaker{ID: "a", Name: "ann lee", Kind: annotate.SpeakerPerson}
	bobS := annotate.Speaker{ID: "b", Name: "Bob Roe", Kind: annotate.SpeakerPerson}
	return key, []Student{
		{ID: "st-ann", Name: "Ann", Status: StatusSubmitted, Attempts: 2, Set: setOf(d, []annotate.Speaker{annLower},
			claim("a1", span(t, d, "taxes will rise", 0), "a", annotate.AttrIndirect, annotate.KindPrediction))},
		{ID: "st-bob", Name: "=Bob", Status: StatusSubmitted, Attempts: 1, Set: setOf(d, []annotate.Speaker{bobS},
			claim("b1", span(t, d, "taxes will", 0), "b", annotate.AttrDirect, annotate.KindPrediction),
			claim("b2", span(t, d, "they will fall", 0), "b", annotate.AttrIndirect, annotate.KindPrediction),
			claim("b3", span(t, d, "Ann Lee", 0), "", annotate.AttrIndirect, annotate.KindOther))},
		{ID: "st-cy", Name: "Cy", Status: StatusJoined},
		{ID: "st-di", Name: "Di", Status: StatusWorking, Set: setOf(d, nil,
			claim("d1", span(t, d, "Bob Roe said", 0), "", annotate.AttrIndirect, annotate.KindFact))},
	}
}

func TestBuildDashboardClassFigures(t *testing.T) {
	key, students := class(t)
	d, err := BuildDashboard(key, students)
	if err != nil {
		t.Fatal(err)
	}
	type rowSum struct {
		Name    string
		Status  Status
		Claims  int
		Strict  score.Figures
		Lenient score.Figures
		Speaker [2]int
	}
	var got []rowSum
	for _, r := range d.Roster {
		s := rowSum{Name: r.Name, Status: r.Status, Claims: r.Claims}
		if r.Report != nil {
			s.Strict, s.Lenient = r.Report.Strict, r.Report.Lenient
			s.Speaker = [2]int{r.Report.Speaker.Right, r.Report.Speaker.Scored}
		}
		got = append(got, s)
	}
	want := []rowSum{
		// 1 exact of 1 claim, of 2 key claims: P 1, R 1/2, F1 2/3 both ways.
		{"Ann", StatusSubmitted, 1, figs(1, 0.5, 2.0/3), figs(1, 0.5, 2.0/3), [2]int{1, 1}},
		// Strict: 1 exact of 3 claims, 2 key claims: P 1/3, R 1/2, F1 2/5.
		// Lenient: P (2/2 + 3/3 + 0)/3 = 2/3, R (2/3 + 3/3)/2 = 5/6,
		// F1 = 2·(2/3)(5/6)/(2/3+5/6) = 20/27.
		{"=Bob", StatusSubmitted, 3, figs(1.0/3, 0.5, 0.4), figs(2.0/3, 5.0/6, 20.0/27), [2]int{1, 2}},
		{"Cy", StatusJoined, 0, score.Figures{}, score.Figures{}, [2]int{}},
		// Di is scored too (the roster shows work in progress): nothing
		// overlaps a key claim: P 0, R 0.
		{"Di", StatusWorking, 1, score.Figures{}, score.Figures{}, [2]int{}},
	}
	if diff := cmp.Diff(want, got, approx); diff != "" {
		t.Errorf("roster (-want +got):\n%s", diff)
	}
	if d.Students != 4 || d.Submitted != 2 {
		t.Errorf("students %d submitted %d, want 4 and 2", d.Students, d.Submitted)
	}
	// Submitted work only: k2 missed by Ann; k1 partly by Bob.
	wantMissed := []KeyClaimTally{
		{KeyID: "k2", Text: "they will fall", Found: 1, Missed: 1},
		{KeyID: "k1", Text: "taxes will rise", Found: 1, Partly: 1},
	}
	if diff := cmp.Diff(wantMissed, d.Missed); diff != "" {
		t.Errorf("most missed (-want +got):\n%s", diff)
	}
	wantWrong := []WrongSpeaker{{KeyID: "k1", KeySpeaker: "Ann Lee", Given: "Bob Roe", Count: 1}}
	if diff := cmp.Diff(wantWrong, d.WrongSpeakers); diff != "" {
		t.Errorf("wrong speakers (-want +got):\n%s", diff)
	}
	// Everyone with work: Ann, Bob, Di.
	wantHeat := []WordHeat{
		{0, 3, 1}, {4, 7, 1}, // Ann Lee: Bob's extra
		{13, 18, 2}, {19, 23, 2}, {24, 28, 1}, // taxes will (Ann, Bob) rise (Ann)
		{30, 33, 1}, {34, 37, 1}, {38, 42, 1}, // Bob Roe said: Di
		{43, 47, 1}, {48, 52, 1}, {53, 57, 1}, // they will fall: Bob
	}
	if diff := cmp.Diff(wantHeat, d.Heat); diff != "" {
		t.Errorf("heat (-want +got):\n%s", diff)
	}
	// Ann's set as key, Bob's as student: no exact match (strict F1 0);
	// lenient P (2/2)/3 = 1/3, R (2/3)/1, F1 = 2·(1/3)(2/3)/1 = 4/9.
	if d.Agreement == nil {
		t.Fatal("no agreement with two submissions")
	}
	if diff := cmp.Diff([]float64{0, 4.0 / 9, 1}, []float64{d.Agreement.MeanStrict, d.Agreement.MeanLenient, float64(d.Agreement.Pairs)}, approx); diff != "" {
		t.Errorf("agreement strict, lenient, pairs (-want +got):\n%s", diff)
	}
}

func TestBuildDashboardNoSubmissions(t *testing.T) {
	key, students := class(t)
	d, err := BuildDashboard(key, students[2:])
	if err != nil {
		t.Fatal(err)
	}
	if d.Agreement != nil || len(d.Missed) != 0 || len(d.WrongSpeakers) != 0 || d.Submitted != 0 {
		t.Errorf("class figures without submissions: %+v", d)
	}
	if len(d.Heat) != 3 {
		t.Errorf("heat = %v, want Di's three words", d.Heat)
	}
}

func TestResultsCSV(t *testing.T) {
	key, students := class(t)
	d, err := BuildDashboard(key, students)
	if err != nil {
		t.Fatal(err)
	}
	got := string(ResultsCSV(d))
	want := "\uFEFF" + strings.Join([]string{
		"\"name\",\"status\",\"attempts\",\"claims\",\"found\",\"partly\",\"missed\",\"extra\",\"strict_precision\",\"strict_recall\",\"strict_f1\",\"lenient_precision\",\"lenient_recall\",\"lenient_f1\",\"speaker_right\",\"speaker_scored\",\"type_right\",\"type_scored\",\"kind_right\",\"kind_scored\",\"error\"",
		"\"Ann\",\"submitted\",\"2\",\"1\",\"1\",\"0\",\"1\",\"0\",\"1.000\",\"0.500\",\"0.667\",\"1.000\",\"0.500\",\"0.667\",\"1\",\"1\",\"1\",\"1\",\"1\",\"1\",\"\"",
		"\"'=Bob\",\"submitted\",\"1\",\"3\",\"1\",\"1\",\"0\",\"1\",\"0.333\",\"0.500\",\"0.400\",\"0.667\",\"0.833\",\"0.741\",\"1\",\"2\",\"1\",\"2\",\"2\",\"2\",\"\"",
		"\"Cy\",\"joined\",\"0\",\"0\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\"",
		"\"Di\",\"working\",\"0\",\"1\",\"0\",\"0\",\"2\",\"1\",\"0.000\",\"0.000\",\"0.000\",\"0.000\",\"0.000\",\"0.000\",\"0\",\"0\",\"0\",\"0\",\"0\",\"0\",\"\"",
	}, "\r\n") + "\r\n"
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("CSV (-want +got):\n%s", diff)
	}
}

func TestFeedback(t *testing.T) {
	key, students := class(t)
	bob := students[1].Set
	r, err := score.Score(key, bob)
	if err != nil {
		t.Fatal(err)
	}
	e := Exercise{Title: "x", Find: Find{Claims: true, Speakers: true, Attribution: true}, Feedback: FeedbackAfterSubmit}
	got := NewFeedback(e, key, bob, r, true)
	want := Feedback{
		KeyShown: true,
		Keys: []KeyFeedback{
			{Paragraph: 1, Text: "taxes will rise", Span: &key.Claims[0].Span, Outcome: score.Partly, Coverage: 2.0 / 3, Yours: "taxes will",
				Speaker: score.Wrong, KeySpeaker: "Ann Lee", YourSpeaker: "Bob Roe",
				Attribution: score.Wrong, KeyAttribution: annotate.AttrIndirect},
			{Paragraph: 1, Text: "they will fall", Span: &key.Claims[1].Span, Outcome: score.Found, Coverage: 1, Yours: "they will fall",
				Speaker: score.Right, KeySpeaker: "Bob Roe", YourSpeaker: "Bob Roe",
				Attribution: score.Right, KeyAttribution: annotate.AttrIndirect},
		},
		Extras:      []ExtraFeedback{{Text: "Ann Lee", Span: bob.Claims[2].Span}},
		Strict:      r.Strict,
		Lenient:     r.Lenient,
		Speaker:     &score.Accuracy{Right: 1, Scored: 2, Rate: 0.5, StrictRight: 1, StrictScored: 1, StrictRate: 1},
		Attribution: &score.Accuracy{Right: 1, Scored: 2, Rate: 0.5, StrictRight: 1, StrictScored: 1, StrictRate: 1},
	}
	if diff := cmp.Diff(want, got, approx); diff != "" {
		t.Errorf("feedback (-want +got):\n%s", diff)
	}
}

func TestKeyFromSetProblems(t *testing.T) {
	d := classDoc()
	k := classKeySet(t)
	k.Claims[1].Tags = []string{"alt:nope"}
	k.Claims[0].SpeakerID = "s-ghost"
	_, err := KeyFromSet(d, k)
	if err == nil || !strings.Contains(err.Error(), `key.claims[0].speaker: "s-ghost" is not the id of any speaker`) {
		t.Errorf("error = %v", err)
	}
	k = classKeySet(t)
	k.Claims[1].Tags = []string{"alt:nope"}
	_, err = KeyFromSet(d, k)
	if err == nil || !strings.Contains(err.Error(), `key.claims[1].tags`) {
		t.Errorf("error = %v", err)
	}
	other := annotate.NewDocument(annotate.Document{}, []annotate.Block{{Text: "Other text."}})
	_, err = KeyFromSet(other, classKeySet(t))
	if err == nil || !strings.Contains(err.Error(), "key.document.id") {
		t.Errorf("error = %v", err)
	}
	k = classKeySet(t)
	k.Claims[0].Tags = []string{"optional"}
	key, err := KeyFromSet(d, k)
	if err != nil || !key.Claims[0].Optional {
		t.Errorf("optional tag: %v %+v", err, key.Claims)
	}
}

// TestFeedbackWithoutKey: before the key is shown, feedback says per key
// claim where it is and what became of it, and whether the student's own
// labels are right, with nothing of the key: no quote, span, length,
// speaker, type or kind of it.
func TestFeedbackWithoutKey(t *testing.T) {
	d := annotate.NewDocument(annotate.Document{Title: "Taxes"}, []annotate.Block{
		{Text: "A headline"}, {Text: "Ann Lee said taxes will rise."}, {Text: "Bob Roe said they will fall — “soon”."},
	})
	keySet := setOf(d, []annotate.Speaker{ann, bob},
		claim("k1", span(t, d, "taxes will rise", 0), "s-ann", annotate.AttrIndirect, annotate.KindPrediction),
		claim("k2", span(t, d, "they will fall — “soon”", 0), "s-bob", annotate.AttrIndirect, annotate.KindPrediction))
	key, err := KeyFromSet(d, keySet)
	if err != nil {
		t.Fatal(err)
	}
	student := setOf(d, []annotate.Speaker{{ID: "x", Name: "Bob Roe", Kind: annotate.SpeakerPerson}},
		claim("c1", span(t, d, "Ann Lee said taxes", 0), "x", annotate.AttrDirect, annotate.KindPrediction))
	r, err := score.Score(key, student)
	if err != nil {
		t.Fatal(err)
	}
	e := Exercise{Title: "x", Find: Find{Claims: true, Speakers: true, Attribution: true, Kind: true}, Feedback: FeedbackAfterSubmit}
	got := NewFeedback(e, key, student, r, false)
	want := Feedback{
		Keys: []KeyFeedback{
			{Paragraph: 2, Outcome: score.Partly, Yours: "Ann Lee said taxes", Speaker: score.Wrong, YourSpeaker: "Bob Roe",
				Attribution: score.Wrong, Kind: score.Right},
			{Paragraph: 3, Outcome: score.Missed},
		},
		Extras:      []ExtraFeedback{},
		Strict:      r.Strict,
		Lenient:     r.Lenient,
		Speaker:     &r.Speaker,
		Attribution: &r.Attribution,
		Kind:        &r.Kind,
	}
	if diff := cmp.Diff(want, got, approx); diff != "" {
		t.Errorf("feedback without the key (-want +got):\n%s", diff)
	}
	data, _ := json.Marshal(got)
	for _, leak := range []string{"taxes will rise", "they will fall", "soon", "Ann Lee\"", "indirect", "coverage", "span"} {
		if strings.Contains(string(data), leak) {
			t.Errorf("the feedback holds %q of the key: %s", leak, data)
		}
	}
}
