package browsertest

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"whosaid/annotate/native"
)

// The review of suggestions: "Suggest" runs the extractor in the page,
// shows the proposals as ghost highlights and in a panel; keys accept,
// reject and move; accepted ones are normal, undoable claims.

// suggestions runs Suggest and waits for the panel.
func suggestions(b *browser) {
	b.t.Helper()
	b.Wait(`!!document.querySelector("#suggest-btn") && !document.querySelector("#suggest-btn").hidden`)
	b.Do(chromedp.Click(chromedp.CSS("#suggest-btn")))
	b.Wait(`document.querySelector("#suggestions")?.dataset.count > 0`)
}

// sgItems lists the panel's proposals as "status:speaker".
func sgItems(b *browser) []string {
	b.t.Helper()
	return eval[[]string](b, `[...document.querySelectorAll("#suggestions .sg-item")].map(li => li.dataset.status + ":" + li.querySelector(".sg-speaker").textContent)`)
}

// sgCurrent is the index of the current proposal in the panel, and the text
// of the current ghost highlight ("" when none).
func sgCurrent(b *browser) (int, string) {
	b.t.Helper()
	v := eval[[]string](b, `(() => {
	  const li = document.querySelector("#suggestions .sg-item.cur");
	  const h = CSS.highlights.get("whosaid-suggestion-current");
	  return [li ? li.dataset.index : "-1", h ? [...h].map(r => r.toString()).join("|") : ""];
	})()`)
	var i int
	fmt.Sscan(v[0], &i)
	return i, v[1]
}

// sgWaitCurrent waits until proposal i is current and its ghost is drawn.
func sgWaitCurrent(b *browser, i int) {
	b.t.Helper()
	b.Wait(fmt.Sprintf(`(() => {
	  const li = document.querySelector("#suggestions .sg-item.cur");
	  const h = CSS.highlights.get("whosaid-suggestion-current");
	  return li && li.dataset.index === "%d" && h && h.size > 0 && [...h][0].toString().length > 0;
	})()`, i))
}

// storedSet is the annotation set the page saved for the open document.
func storedSampleClaims(b *browser) []string {
	b.t.Helper()
	key := eval[string](b, `Object.keys(localStorage).find(k => k.startsWith("whosaid/v1/doc/")) ?? ""`)
	if key == "" {
		b.t.Fatal("no saved document in localStorage")
	}
	set, err := native.Decode([]byte(localItem(b, key)))
	if err != nil {
		b.t.Fatalf("saved set: %v", err)
	}
	var out []string
	rs := []rune(set.Document.Text())
	for _, c := range set.Claims {
		out = append(out, set.SpeakerName(c)+": "+string(rs[c.Span.Start:c.Span.End]))
	}
	return out
}

func TestSuggestReviewByKeyboard(t *testing.T) {
	b := openSample(t)
	suggestions(b)

	// The panel names the speakers of the sample's attributed statements.
	items := sgItems(b)
	var speakers []string
	for _, it := range items {
		speakers = append(speakers, strings.SplitN(it, ":", 2)[1])
	}
	for _, want := range []string{"Sergei Lavrov", "Wang Yi", "China", "U.S.", "Adrienne Watson", "Janet Yellen", "Mao Ning", "Reuters", "Interfax"} {
		if !slices.Contains(speakers, want) {
			t.Errorf("no suggestion attributed to %q; speakers %q", want, speakers)
		}
	}
	for _, it := range items {
		if !strings.HasPrefix(it, "open:") {
			t.Errorf("a fresh review has a closed item: %q", it)
		}
	}
	panel := eval[string](b, `document.querySelector("#suggestions").textContent`)
	for _, want := range []string{"direct", "indirect", "mixed", "% · low", "Accept all high-confidence"} {
		if !strings.Contains(panel, want) {
			t.Errorf("panel lacks %q", want)
		}
	}
	// Ghost highlights: every proposal is drawn; the first is current, with
	// its speaker's label over it.
	sgWaitCurrent(b, 0)
	ghosts := eval[int](b, `["whosaid-suggestion", "whosaid-suggestion-low", "whosaid-suggestion-current"].reduce((n, k) => n + (CSS.highlights.get(k)?.size ?? 0), 0)`)
	if ghosts < len(items) {
		t.Errorf("%d ghost ranges for %d suggestions", ghosts, len(items))
	}
	if _, cur := sgCurrent(b); cur != "We have a common goal of increasing security in Eurasia" {
		t.Errorf("current ghost = %q", cur)
	}
	if tag := eval[string](b, `(document.querySelector("#suggest-tag:not([hidden])") || {}).textContent || ""`); tag != "Sergei Lavrov" {
		t.Errorf("speaker label = %q", tag)
	}
	b.viewportShot("suggestions")

	// Enter accepts the current one (the focus is still on the button).
	b.Do(chromedp.KeyEvent(kb.Enter))
	b.Wait(`document.querySelectorAll("#claims-list li[data-claim-id]").length === 1`)
	if got := claimQuotes(b); len(got) != 1 || got[0] != "We have a common goal of increasing security in Eurasia" {
		t.Fatalf("claims after Enter = %q", got)
	}
	b.Wait(`document.querySelector('#suggestions .sg-item[data-index="0"]').dataset.status === "accepted"`)
	// The next one is current, drawn over the re-rendered paragraph.
	sgWaitCurrent(b, 1)
	if _, cur := sgCurrent(b); !strings.HasPrefix(cur, "We agreed with our Chinese friends") {
		t.Errorf("current ghost after accept = %q", cur)
	}
	// Tab moves on, Shift+Tab back; X rejects.
	b.Do(chromedp.KeyEvent(kb.Tab))
	sgWaitCurrent(b, 2)
	b.Do(chromedp.KeyEvent(kb.Tab, chromedp.KeyModifiers(chromedp.ModifierShift)))
	sgWaitCurrent(b, 1)
	b.Do(chromedp.KeyEvent("x"))
	b.Wait(`document.querySelector('#suggestions .sg-item[data-index="1"]').dataset.status === "rejected"`)
	sgWaitCurrent(b, 2)
	if n := eval[int](b, `document.querySelectorAll("#claims-list li[data-claim-id]").length`); n != 1 {
		t.Fatalf("%d claims after X; want 1", n)
	}
	// A accepts too: the mixed claim of item 2, Lavrov again (one speaker).
	b.Do(chromedp.KeyEvent("a"))
	b.Wait(`document.querySelectorAll("#claims-list li[data-claim-id]").length === 2`)
	b.Wait(`document.querySelectorAll("#speakers-list li").length === 1`)

	// The saved set has them, attributed.
	waitSaved(b)
	saved := storedSampleClaims(b)
	if len(saved) != 2 || saved[0] != "Sergei Lavrov: We have a common goal of increasing security in Eurasia" || !strings.HasPrefix(saved[1], "Sergei Lavrov: Wang proposed") {
		t.Fatalf("saved claims = %q", saved)
	}

	// Undo removes the last accepted claim; the proposal is open again.
	b.Do(chromedp.KeyEvent("z", chromedp.KeyModifiers(chromedp.ModifierCtrl)))
	b.Wait(`document.querySelectorAll("#claims-list li[data-claim-id]").length === 1`)
	b.Wait(`document.querySelector('#suggestions .sg-item[data-index="2"]').dataset.status === "open"`)
	waitSaved(b)
	if saved := storedSampleClaims(b); len(saved) != 1 {
		t.Fatalf("saved claims after undo = %q", saved)
	}

	// Esc leaves the review and clears the ghosts.
	b.Do(chromedp.KeyEvent(kb.Escape))
	b.Wait(`!document.querySelector("#suggestions") && !CSS.highlights.has("whosaid-suggestion-current")`)
	b.checkAlive()
}

func TestSuggestAcceptAllHighIsOneUndo(t *testing.T) {
	b := openSample(t)
	suggestions(b)
	sgWaitCurrent(b, 0)
	high := eval[int](b, `[...document.querySelectorAll("#suggestions .sg-item")].filter(li => !li.querySelector(".sg-conf.low")).length`)
	low := eval[int](b, `document.querySelectorAll("#suggestions .sg-conf.low").length`)
	if high < 9 || low < 1 {
		t.Fatalf("%d high- and %d low-confidence suggestions", high, low)
	}
	if label := eval[string](b, `document.querySelector("#accept-high").textContent`); label != fmt.Sprintf("Accept all high-confidence (%d)", high) {
		t.Fatalf("button says %q", label)
	}
	b.Do(chromedp.Click(chromedp.CSS("#accept-high")))
	b.Wait(fmt.Sprintf(`document.querySelectorAll("#claims-list li[data-claim-id]").length === %d`, high))
	// Low-confidence ones stay to review; the high ones are accepted.
	if open := eval[int](b, `document.querySelectorAll('#suggestions .sg-item[data-status="open"]').length`); open != low {
		t.Fatalf("%d open after accepting all high; want the %d low", open, low)
	}
	// One speaker per person: Lavrov's several claims share him.
	names := eval[[]string](b, `[...document.querySelectorAll("#speakers-list .speaker-name")].map(e => e.textContent)`)
	for _, n := range names {
		if c := strings.Count(strings.Join(names, "\n")+"\n", n+"\n"); c != 1 {
			t.Errorf("speaker %q listed %d times: %q", n, c, names)
		}
	}
	if got := eval[string](b, `document.querySelector("#undo").getAttribute("aria-label")`); got != fmt.Sprintf("Undo Accept %d suggestions", high) {
		t.Fatalf("undo says %q", got)
	}
	waitSaved(b)
	if saved := storedSampleClaims(b); len(saved) != high {
		t.Fatalf("%d saved claims; want %d", len(saved), high)
	}
	b.Do(chromedp.Click(chromedp.CSS("#undo")))
	b.Wait(`document.querySelectorAll("#claims-list li[data-claim-id]").length === 0 && document.querySelectorAll("#speakers-list li").length === 0`)
	b.Wait(`document.querySelectorAll('#suggestions .sg-item[data-status="open"]').length === document.querySelectorAll("#suggestions .sg-item").length`)
	b.checkAlive()
}

// publishSuggestExercise creates and publishes, over HTTP, an exercise on
// the sample article that allows suggestions or not; it returns the code.
func publishSuggestExercise(t *testing.T, s *server, allow bool) string {
	t.Helper()
	_, code, _ := publishExercise(t, s, "We have a common goal of increasing security in Eurasia",
		map[string]any{"title": "Suggestions exercise", "feedback": "after-submit", "allowSuggestions": allow})
	return code
}

// TestSuggestInExercise: a student gets no Suggest button unless the
// teacher allowed suggestions.
func TestSuggestInExercise(t *testing.T) {
	s := startServer(t)
	off := publishSuggestExercise(t, s, false)
	on := publishSuggestExercise(t, s, true)

	ana := newBrowser(t, "")
	joinClass(t, ana, s.URL, off, "Ana")
	ana.Wait(`document.querySelector("#server-save")?.textContent === "Saved to the class"`)
	if v := eval[string](ana, `(b => b ? String(b.hidden && b.disabled && getComputedStyle(b).display === "none") : "missing")(document.querySelector("#suggest-btn"))`); v != "true" {
		t.Fatalf("Suggest button in an exercise without suggestions: hidden, disabled and not displayed = %s", v)
	}
	ana.Do(chromedp.KeyEvent(kb.Tab)) // no review: keys keep their usual meaning
	if eval[bool](ana, `!!document.querySelector("#suggestions")`) {
		t.Fatal("suggestions shown in an exercise without them")
	}

	ben := newBrowser(t, "")
	joinClass(t, ben, s.URL, on, "Ben")
	suggestions(ben)
	if items := sgItems(ben); len(items) < 10 {
		t.Fatalf("suggestions in the allowing exercise: %q", items)
	}
	ben.checkAlive()
	ana.checkAlive()
}
