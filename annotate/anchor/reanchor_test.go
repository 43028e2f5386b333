package anchor

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"whosaid/annotate"
)

const (
	quoteCaption = "Chinese President Xi Jinping, right, and Russian President Vladimir Putin meeti in Beijing"
	quoteLavrov  = "We have a common goal of increasing security in Eurasia,"
	quoteFriends = "We agreed with our Chinese friends to start a dialogue and get other like-minded countries to join us."
	quoteChina   = "China on Monday said it hasn’t sought to benefit from Russia’s war in Ukraine"
	quoteYellen  = "they will face significant consequences if they do."
	quoteMao     = "China supports the holding in due course of an international peace conference that is recognized by both sides — of Russia and Ukraine — and ensures the equal participation of all parties and fair discussions on all peace plans,"
	quoteTrade   = "Two-way trade hit a record $240 billion last year"
	quoteWeather = "which has helped Russia weather unprecedented Western sanctions"
)

func sampleSet(t *testing.T) (*annotate.Set, annotate.Document) {
	doc := docOf(sampleText(t))
	return setOf(doc,
		claimOn(t, doc, "caption", quoteCaption, ""),
		claimOn(t, doc, "lavrov", quoteLavrov, "said", "Sergei Lavrov"),
		claimOn(t, doc, "friends", quoteFriends, ""),
		claimOn(t, doc, "china", quoteChina, "said", "China"),
		claimOn(t, doc, "yellen", quoteYellen, "warned", "She"),
		claimOn(t, doc, "mao", quoteMao, "said", "she"),
		claimOn(t, doc, "trade", quoteTrade, ""),
		claimOn(t, doc, "weather", quoteWeather, ""),
	), doc
}

// corrected is the sample article after an editor's pass: a typo fixed, a
// figure corrected, a sentence rewritten.
func corrected(t *testing.T, text string) string {
	t.Helper()
	for _, r := range [][2]string{
		{"Putin meeti in Beijing", "Putin meet in Beijing"},
		{"$240 billion", "$245 billion"},
		{"which has helped Russia weather unprecedented Western sanctions", "a war that Western governments answered with sanctions of their own"},
	} {
		if !strings.Contains(text, r[0]) {
			t.Fatalf("correction %q not applicable", r[0])
		}
		text = strings.Replace(text, r[0], r[1], 1)
	}
	return text
}

func TestReanchorUnchangedAllExact(t *testing.T) {
	set, doc := sampleSet(t)
	before := set.Clone()
	out, rep := Reanchor(set, doc)
	if diff := cmp.Diff(before, set); diff != "" {
		t.Errorf("input set changed (-before +after):\n%s", diff)
	}
	if diff := cmp.Diff(set, out); diff != "" {
		t.Errorf("re-anchoring on the same text changed the set (-in +out):\n%s", diff)
	}
	if got, want := rep.Summary(), "8 exact, 0 moved, 0 fuzzy, 0 orphan"; got != want {
		t.Errorf("Summary() = %q, want %q", got, want)
	}
	for _, r := range rep.Results {
		if r.Score != 1 || r.NewStart != r.OldStart {
			t.Errorf("result %+v: want score 1 and the same start", r)
		}
	}
}

func TestReanchorCorrectedSampleArticle(t *testing.T) {
	set, _ := sampleSet(t)
	newDoc := docOf(corrected(t, set.Document.Text()))
	out, rep := Reanchor(set, newDoc)
	at := func(q string) int { return spanOf(t, newDoc, q, 0).Start }
	fixedCaption := strings.Replace(quoteCaption, "meeti", "meet", 1)
	fixedTrade := strings.Replace(quoteTrade, "240", "245", 1)
	old, _ := set.Claim("weather")
	want := []outcome{
		{ID: "caption", Method: Fuzzy, Exact: fixedCaption, Start: at(fixedCaption)},
		{ID: "lavrov", Method: Moved, Exact: quoteLavrov, Start: at(quoteLavrov)},
		{ID: "friends", Method: Moved, Exact: quoteFriends, Start: at(quoteFriends)},
		{ID: "china", Method: Moved, Exact: quoteChina, Start: at(quoteChina)},
		{ID: "yellen", Method: Moved, Exact: quoteYellen, Start: at(quoteYellen)},
		{ID: "mao", Method: Moved, Exact: quoteMao, Start: at(quoteMao)},
		{ID: "trade", Method: Fuzzy, Exact: fixedTrade, Start: at(fixedTrade)},
		{ID: "weather", Method: Orphan, Orphan: true, Exact: quoteWeather, Start: old.Span.Start},
	}
	if diff := cmp.Diff(want, outcomes(out, rep)); diff != "" {
		t.Errorf("outcomes (-want +got):\n%s", diff)
	}
	if got, want := rep.Summary(), "0 exact, 5 moved, 2 fuzzy, 1 orphan"; got != want {
		t.Errorf("Summary() = %q, want %q", got, want)
	}
	checkSpans(t, out)
	// The orphan keeps its old span, cue and mentions untouched.
	got, _ := out.Claim("weather")
	wantOrphan := *old
	wantOrphan.Orphan = true
	if diff := cmp.Diff(wantOrphan, *got); diff != "" {
		t.Errorf("orphan claim (-want +got):\n%s", diff)
	}
	// Cues and mentions follow their claims, onto the nearest fitting words.
	for _, id := range []string{"lavrov", "china", "yellen", "mao"} {
		c, _ := out.Claim(id)
		o, _ := set.Claim(id)
		wantCue := nearSpan(t, newDoc, o.Cue.Exact, c.Span.Start)
		if diff := cmp.Diff(&wantCue, c.Cue); diff != "" {
			t.Errorf("claim %s cue (-want +got):\n%s", id, diff)
		}
		wantMention := nearSpan(t, newDoc, o.Mentions[0].Exact, c.Span.Start)
		if diff := cmp.Diff([]annotate.Span{wantMention}, c.Mentions); diff != "" {
			t.Errorf("claim %s mentions (-want +got):\n%s", id, diff)
		}
	}
	for _, r := range rep.Results {
		if r.Lost != 0 {
			t.Errorf("claim %s lost %d cue/mention spans", r.ClaimID, r.Lost)
		}
	}
}

func TestReanchorInsertedParagraphMoved(t *testing.T) {
	short := "Editor’s note: this story was updated on Wednesday with comment from Beijing 🇨🇳."
	long := strings.Repeat("An unrelated paragraph of background that pushes everything far down. ", 12)
	for _, inserted := range []string{short, strings.TrimSpace(long)} {
		set, doc := sampleSet(t)
		newDoc := docOf(inserted + "\n\n" + doc.Text())
		out, rep := Reanchor(set, newDoc)
		shift := annotate.RuneLen(inserted) + 2
		var want []outcome
		for _, c := range set.Claims {
			want = append(want, outcome{ID: c.ID, Method: Moved, Exact: c.Span.Exact, Start: c.Span.Start + shift})
		}
		if diff := cmp.Diff(want, outcomes(out, rep)); diff != "" {
			t.Errorf("inserted %d code points: outcomes (-want +got):\n%s", shift, diff)
		}
		checkSpans(t, out)
		for i, c := range out.Claims {
			if c.Cue != nil && c.Cue.Start != set.Claims[i].Cue.Start+shift {
				t.Errorf("claim %s: cue at %d, want %d", c.ID, c.Cue.Start, set.Claims[i].Cue.Start+shift)
			}
		}
		// Locate alone, without the shift of earlier claims, finds them too.
		for _, c := range set.Claims {
			got, method, _ := Locate(annotate.NewTextIndex(newDoc.Text()), c.Span)
			if method != Moved || got.Start != c.Span.Start+shift {
				t.Errorf("Locate %s: %s at %d, want moved to %d", c.ID, method, got.Start, c.Span.Start+shift)
			}
		}
	}
}

func TestReanchorEditedWordsFuzzy(t *testing.T) {
	set, doc := sampleSet(t)
	text := doc.Text()
	text = strings.Replace(text, "a common goal of increasing security", "a shared goal of increasing security", 1)
	text = strings.Replace(text, "fair discussions on all peace plans", "fair discussion of all peace plans", 1)
	newDoc := docOf(text)
	out, rep := Reanchor(set, newDoc)
	wantLavrov := strings.Replace(quoteLavrov, "common", "shared", 1)
	wantMao := strings.Replace(quoteMao, "discussions on", "discussion of", 1)
	got := outcomes(out, rep)
	for _, w := range []outcome{
		{ID: "lavrov", Method: Fuzzy, Exact: wantLavrov, Start: spanOf(t, newDoc, wantLavrov, 0).Start},
		{ID: "mao", Method: Fuzzy, Exact: wantMao, Start: spanOf(t, newDoc, wantMao, 0).Start},
	} {
		found := false
		for _, g := range got {
			if g.ID == w.ID {
				found = true
				if diff := cmp.Diff(w, g); diff != "" {
					t.Errorf("claim %s (-want +got):\n%s", w.ID, diff)
				}
			}
		}
		if !found {
			t.Errorf("claim %s missing", w.ID)
		}
	}
	checkSpans(t, out)
}

func TestReanchorDeletedQuoteOrphan(t *testing.T) {
	set, doc := sampleSet(t)
	text := strings.Replace(doc.Text(), quoteYellen, "", 1)
	text = strings.Replace(text, quoteFriends, "", 1)
	out, rep := Reanchor(set, docOf(text))
	for i, c := range out.Claims {
		orphan := c.ID == "yellen" || c.ID == "friends"
		if c.Orphan != orphan || (rep.Results[i].Method == Orphan) != orphan {
			t.Errorf("claim %s: orphan %v, method %s; want orphan %v", c.ID, c.Orphan, rep.Results[i].Method, orphan)
		}
		if orphan {
			wantClaim := set.Claims[i]
			wantClaim.Orphan = true
			if diff := cmp.Diff(wantClaim, c); diff != "" {
				t.Errorf("orphan %s must keep its old spans (-want +got):\n%s", c.ID, diff)
			}
			if rep.Results[i].NewStart != -1 {
				t.Errorf("orphan %s: NewStart %d, want -1", c.ID, rep.Results[i].NewStart)
			}
		}
	}
}

// The duplicate tests use a small article where one phrase matters.
const dupArticle = "Budget talks resumed on Monday in the capital.\n\n" +
	"The finance minister said the plan is sound and will pass next week, according to aides.\n\n" +
	"Opposition leaders disagreed and called for a vote."

func dupSet(t *testing.T) *annotate.Set {
	doc := docOf(dupArticle)
	return setOf(doc, claimOn(t, doc, "plan", "the plan is sound and will pass next week", "said", "finance minister"))
}

func TestReanchorDuplicateContextDecides(t *testing.T) {
	set := dupSet(t)
	// The original is still there (shifted); an unchanged copy of the quote
	// now also appears elsewhere, earlier, with other context.
	text := "Critics doubt that the plan is sound and will pass next week at all.\n\n" + dupArticle
	newDoc := docOf(text)
	out, rep := Reanchor(set, newDoc)
	want := []outcome{{ID: "plan", Method: Moved, Exact: set.Claims[0].Span.Exact, Start: spanOf(t, newDoc, set.Claims[0].Span.Exact, 1).Start}}
	if diff := cmp.Diff(want, outcomes(out, rep)); diff != "" {
		t.Errorf("outcomes (-want +got):\n%s", diff)
	}
	checkSpans(t, out)
}

func TestReanchorEditedOriginalNotTheCopy(t *testing.T) {
	set := dupSet(t)
	// The original was edited; an unchanged copy of the words sits
	// elsewhere. The copy must not win: the edited original does.
	text := strings.Replace(dupArticle, "the plan is sound and will pass next week", "the plan is solid and will pass next week", 1) +
		"\n\nCritics doubt that the plan is sound and will pass next week at all."
	newDoc := docOf(text)
	out, rep := Reanchor(set, newDoc)
	edited := "the plan is solid and will pass next week"
	want := []outcome{{ID: "plan", Method: Fuzzy, Exact: edited, Start: spanOf(t, newDoc, edited, 0).Start}}
	if diff := cmp.Diff(want, outcomes(out, rep)); diff != "" {
		t.Errorf("outcomes (-want +got):\n%s", diff)
	}
}

func TestReanchorAmbiguousCopiesOrphan(t *testing.T) {
	set := dupSet(t)
	// The paragraph now appears twice, context and all: do not guess.
	para := strings.Split(dupArticle, "\n\n")[1]
	text := "Update: details added.\n\n" + para + "\n\n" + para
	out, rep := Reanchor(set, docOf(text))
	want := []outcome{{ID: "plan", Method: Orphan, Orphan: true, Exact: set.Claims[0].Span.Exact, Start: set.Claims[0].Span.Start}}
	if diff := cmp.Diff(want, outcomes(out, rep)); diff != "" {
		t.Errorf("outcomes (-want +got):\n%s", diff)
	}
}

func TestReanchorNonASCIIAndEmoji(t *testing.T) {
	text := "Die Außenministerin sagte: „Wir setzen auf Dialog 🤝 und Geduld.“ Danach folgte Kritik 😀.\n\n" +
		"Ὁ λόγος: «Ἡ εἰρήνη εἶναι ἀναγκαία» — εἶπε ὁ ὑπουργός. 中文引语也在这里。"
	doc := docOf(text)
	set := setOf(doc,
		claimOn(t, doc, "de", "Wir setzen auf Dialog 🤝 und Geduld.", "sagte"),
		claimOn(t, doc, "el", "Ἡ εἰρήνη εἶναι ἀναγκαία", "εἶπε"),
		claimOn(t, doc, "zh", "中文引语也在这里", ""),
	)
	newText := "🎉🎉 Eilmeldung 🎉\n\n" + strings.Replace(text, "Dialog 🤝 und", "Dialoge 🤝🤝 und", 1)
	newDoc := docOf(newText)
	out, rep := Reanchor(set, newDoc)
	deNew := "Wir setzen auf Dialoge 🤝🤝 und Geduld."
	want := []outcome{
		{ID: "de", Method: Fuzzy, Exact: deNew, Start: spanOf(t, newDoc, deNew, 0).Start},
		{ID: "el", Method: Moved, Exact: "Ἡ εἰρήνη εἶναι ἀναγκαία", Start: spanOf(t, newDoc, "Ἡ εἰρήνη εἶναι ἀναγκαία", 0).Start},
		{ID: "zh", Method: Moved, Exact: "中文引语也在这里", Start: spanOf(t, newDoc, "中文引语也在这里", 0).Start},
	}
	if diff := cmp.Diff(want, outcomes(out, rep)); diff != "" {
		t.Errorf("outcomes (-want +got):\n%s", diff)
	}
	checkSpans(t, out)
	if c := out.Claims[1].Cue; c == nil || c.Exact != "εἶπε" {
		t.Errorf("Greek cue: %+v, want εἶπε", c)
	}
}

func TestReanchorLostCueIsCounted(t *testing.T) {
	set, doc := sampleSet(t)
	text := strings.Replace(doc.Text(), "Sergei Lavrov said Tuesday", "Sergei Lavrov stated Tuesday", 1)
	out, rep := Reanchor(set, docOf(text))
	c, _ := out.Claim("lavrov")
	if c.Orphan || c.Cue != nil {
		t.Errorf("claim lavrov: orphan %v, cue %+v; want placed without cue", c.Orphan, c.Cue)
	}
	for _, r := range rep.Results {
		want := 0
		if r.ClaimID == "lavrov" {
			want = 1
		}
		if r.Lost != want {
			t.Errorf("claim %s: Lost %d, want %d", r.ClaimID, r.Lost, want)
		}
	}
}

func TestReanchorReattachesOrphan(t *testing.T) {
	set := dupSet(t)
	set.Claims[0].Orphan = true
	set.Claims[0].Span.Start += 1000 // offsets of some older text
	set.Claims[0].Span.End += 1000
	out, rep := Reanchor(set, set.Document)
	if out.Claims[0].Orphan || rep.Results[0].Method != Moved {
		t.Errorf("orphan not re-attached: orphan %v, result %+v", out.Claims[0].Orphan, rep.Results[0])
	}
	checkSpans(t, out)
}

func TestLocate(t *testing.T) {
	doc := docOf(dupArticle)
	sp := spanOf(t, doc, "called for a vote", 0)
	ix := annotate.NewTextIndex("Breaking.\n\n" + doc.Text())
	got, method, score := Locate(ix, sp)
	want := annotate.MakeSpan(ix, sp.Start+11, sp.End+11)
	if diff := cmp.Diff(want, got); diff != "" || method != Moved || score < MinScore {
		t.Errorf("Locate = %s %.3f (-want +got):\n%s", method, score, diff)
	}
	// Unchanged: a position check.
	ix0 := annotate.NewTextIndex(doc.Text())
	got, method, score = Locate(ix0, sp)
	if diff := cmp.Diff(sp, got); diff != "" || method != Exact || score != 1 {
		t.Errorf("Locate unchanged = %s %.3f (-want +got):\n%s", method, score, diff)
	}
	// Gone: the old span comes back as an orphan.
	ix1 := annotate.NewTextIndex("Nothing of the kind here.")
	got, method, _ = Locate(ix1, sp)
	if diff := cmp.Diff(sp, got); diff != "" || method != Orphan {
		t.Errorf("Locate gone = %s (-want +got):\n%s", method, diff)
	}
	// Bad input: an empty quote or offsets beyond the text do not panic.
	if _, m, _ := Locate(ix1, annotate.Span{Start: 50, End: 40}); m != Orphan {
		t.Errorf("empty inverted span: %s, want orphan", m)
	}
}

func TestReportCountsAndSummary(t *testing.T) {
	rep := Report{Results: []Result{
		{ClaimID: "a", Method: Exact}, {ClaimID: "b", Method: Exact},
		{ClaimID: "c", Method: Moved}, {ClaimID: "d", Method: Orphan},
	}}
	want := map[Method]int{Exact: 2, Moved: 1, Fuzzy: 0, Orphan: 1}
	if diff := cmp.Diff(want, rep.Counts()); diff != "" {
		t.Errorf("Counts (-want +got):\n%s", diff)
	}
	if got, want := rep.Summary(), "2 exact, 1 moved, 0 fuzzy, 1 orphan"; got != want {
		t.Errorf("Summary() = %q, want %q", got, want)
	}
	if got, want := (Report{}).Summary(), "0 exact, 0 moved, 0 fuzzy, 0 orphan"; got != want {
		t.Errorf("empty Summary() = %q, want %q", got, want)
	}
}

func TestReanchorFarMentionFollows(t *testing.T) {
	doc := docOf(sampleText(t))
	c := claimOn(t, doc, "visit", "Putin is also set to visit China in May", "reported", "Vladimir Putin")
	if d := c.Span.Start - c.Mentions[0].End; d <= nearClaim {
		t.Fatalf("setup: mention only %d code points from the claim, want more than %d", d, nearClaim)
	}
	set := setOf(doc, c)
	inserted := "Correction appended."
	out, rep := Reanchor(set, docOf(inserted+"\n\n"+doc.Text()))
	shift := annotate.RuneLen(inserted) + 2
	got := out.Claims[0]
	want := []annotate.Span{c.Mentions[0]}
	want[0].Start += shift
	want[0].End += shift
	if diff := cmp.Diff(want, got.Mentions, cmpIgnoreContext); diff != "" || rep.Results[0].Lost != 0 {
		t.Errorf("far mention (lost %d) (-want +got):\n%s", rep.Results[0].Lost, diff)
	}
	checkSpans(t, out)
}
