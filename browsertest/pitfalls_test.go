package browsertest

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"whosaid/annotate/native"
)

// go-app v9 pitfalls, checked where the app met them: go-app runs Go event
// handlers after the browser event, so preventDefault there is too late;
// a field whose value is re-rendered from state on every keystroke drops
// fast typing; leaving the annotator by an in-app link must not lose the
// change the autosave debounce still holds.

// markPage tags the current document; pageKept tells whether it is still
// the same one (no reload, no navigation away).
func markPage(b *browser) { eval[bool](b, `(window.__pitfallMark = "kept") === "kept"`) }

func pageKept(b *browser) bool {
	return eval[bool](b, `window.__pitfallMark === "kept"`)
}

// openArticleDialog opens the open-article dialog. The click is a DOM
// click, not a mouse click at coordinates: right after an article opens,
// the top bar may still move (status, notices) under a mouse click.
func openArticleDialog(b *browser) {
	b.t.Helper()
	b.Wait(`!!document.querySelector("#open-article")`)
	eval[bool](b, `document.querySelector("#open-article").click() || true`)
	b.Wait(`!!document.querySelector("#article-drop")`)
}

// dropFileJS drops a synthetic text file on the open-article drop zone and
// returns whether the page cancelled the dragover and the drop events
// (synchronously: that is what stops the browser opening the file).
const dropFileJS = `(() => {
  const zone = document.querySelector("#article-drop");
  const dt = new DataTransfer();
  dt.items.add(new File([%q], %q, {type: "text/plain"}));
  const over = new DragEvent("dragover", {bubbles: true, cancelable: true, dataTransfer: dt});
  zone.dispatchEvent(over);
  const drop = new DragEvent("drop", {bubbles: true, cancelable: true, dataTransfer: dt});
  zone.dispatchEvent(drop);
  return [over.defaultPrevented, drop.defaultPrevented];
})()`

// TestPitfallDropFileOpensArticle: a .txt file dropped on the drop zone
// opens as the article, and the tab stays on the app: once a synthetic
// drop (checking the events were cancelled in time) and once a real one
// through the browser's drag input, which would open the file in the tab
// if the drop were not cancelled.
func TestPitfallDropFileOpensArticle(t *testing.T) {
	s := startServer(t)
	b := newBrowser(t, "")
	b.Open(s.URL + "/")
	markPage(b)

	openArticleDialog(b)
	text := "Ferry timetable changes\n\nThe ferry will run every hour from May, the port said.\n\n“Queues will be shorter,” said the harbour master. ⛴️"
	prevented := eval[[]bool](b, fmt.Sprintf(dropFileJS, text, "ferry.txt"))
	if len(prevented) != 2 || !prevented[0] || !prevented[1] {
		t.Errorf("dragover, drop cancelled during the event = %v, want both", prevented)
	}
	b.Wait(`!document.querySelector("#open-article-dialog")`)
	b.Wait(`document.querySelector("#article")?.textContent.includes("Queues will be shorter")`)
	waitSaved(b)
	stored, err := native.Decode([]byte(localItem(b, "whosaid/v1/doc/"+localItem(b, "whosaid/v1/last"))))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stored.Document.Text(), "harbour master. ⛴️") {
		t.Errorf("stored text = %q", stored.Document.Text())
	}

	// A real drop of a file from disk.
	path := writeTemp(t, "tram.txt", []byte("Tram line extended\n\nThe tram now reaches the airport, the city said."))
	openArticleDialog(b)
	at := eval[[]float64](b, `(() => { const r = document.querySelector("#article-drop").getBoundingClientRect();
	  return [r.x + r.width / 2, r.y + r.height / 2] })()`)
	data := &input.DragData{Items: []*input.DragDataItem{}, Files: []string{path}, DragOperationsMask: 1}
	for _, typ := range []input.DispatchDragEventType{input.DispatchDragEventTypeDragEnter, input.DispatchDragEventTypeDragOver, input.DispatchDragEventTypeDrop} {
		p := input.DispatchDragEventParams{Type: typ, X: at[0], Y: at[1], Data: data}
		if _, err := chromedp.Run(b.Ctx, chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
			_, err := chromedp.Call(ctx, input.DispatchDragEvent, p)
			return err
		})); err != nil {
			t.Fatalf("drag %s: %v", typ, err)
		}
	}
	b.Wait(`document.querySelector("#article")?.textContent.includes("reaches the airport")`)
	if !pageKept(b) || eval[string](b, `location.href`) != s.URL+"/" {
		t.Errorf("the drop navigated away: now at %s", eval[string](b, `location.href`))
	}
	b.checkAlive()
}

// TestPitfallJoinEnterDoesNotReload: the join form, sent with Enter, is
// handled by the app (no page reload) both when it is refused and when
// the student gets in.
func TestPitfallJoinEnterDoesNotReload(t *testing.T) {
	s := startServer(t)
	_, code, _ := publishViaAPI(t, s, "after-submit")
	b := newBrowser(t, "")
	b.Open(s.URL + "/join?code=" + code)
	b.Wait(`!!document.querySelector("#join-name")`)
	b.Wait(fmt.Sprintf(`document.querySelector("#join-code").value === %q`, code))
	markPage(b)

	// No name: refused in the page. requestSubmit is a real submission,
	// which reloads the page unless cancelled during the event.
	prevented := eval[bool](b, `(() => { let p = null;
	  const f = document.querySelector("#join-form");
	  f.addEventListener("submit", e => { p = e }, {once: true});
	  f.requestSubmit(); return p !== null && p.defaultPrevented })()`)
	if !prevented {
		t.Error("the join form's submit was not cancelled during the event")
	}
	b.Wait(`!!document.querySelector("#join-error")`)
	if !pageKept(b) {
		t.Fatal("submitting the join form reloaded the page")
	}

	// A name typed fast keeps every character (spaces too: go-app trims
	// a re-rendered value); then Enter: the student joins, same page.
	name := "Wilhelmina de la Cruz Jankowska"
	b.Do(chromedp.SendKeys(chromedp.CSS("#join-name"), name))
	if got := eval[string](b, `document.querySelector("#join-name").value`); got != name {
		t.Fatalf("name field after typing = %q, want %q", got, name)
	}
	b.Do(chromedp.SendKeys(chromedp.CSS("#join-name"), kb.Enter))
	b.Wait(`location.pathname === "/exercise/` + code + `" && !!document.querySelector("#student-bar")`)
	if !pageKept(b) {
		t.Error("joining with Enter reloaded the page")
	}
	b.Wait(fmt.Sprintf(`document.querySelector("#student-bar")?.textContent.includes(%q)`, name))
	b.checkAlive()
}

// TestPitfallFastTypingKeepsEveryCharacter: a long text typed key by key
// into the paste box arrives whole, and opens as the article.
func TestPitfallFastTypingKeepsEveryCharacter(t *testing.T) {
	s := startServer(t)
	b := newBrowser(t, "")
	b.Open(s.URL + "/")
	openDialog(b, "#open-article", "#open-article-dialog")
	b.Wait(`!!document.querySelector("#article-paste")`)
	paras := []string{
		"Night buses return to the old town",
		"The council said on Friday that night buses will run again through the old town from the first of June, after three years without them.",
		"Residents asked for quieter vehicles, and the operator promised electric ones on every route before the winter timetable starts.",
	}
	b.Do(chromedp.SendKeys(chromedp.CSS("#article-title"), "Night buses"))
	b.Do(chromedp.SendKeys(chromedp.CSS("#article-paste"), strings.Join(paras, kb.Enter+kb.Enter)))
	want := strings.Join(paras, "\n\n")
	if got := eval[string](b, `document.querySelector("#article-paste").value`); got != want {
		t.Fatalf("paste box after typing:\n got %q\nwant %q", got, want)
	}
	if got := eval[string](b, `document.querySelector("#article-title").value`); got != "Night buses" {
		t.Errorf("title after typing = %q", got)
	}
	b.Wait(`!document.querySelector("#article-paste-open").disabled`)
	clickSel(b, "#article-paste-open")
	b.Wait(`document.querySelector("#article")?.textContent.includes("before the winter timetable starts.")`)
	waitSaved(b)
	stored, err := native.Decode([]byte(localItem(b, "whosaid/v1/doc/"+localItem(b, "whosaid/v1/last"))))
	if err != nil {
		t.Fatal(err)
	}
	if stored.Document.Title != "Night buses" || !strings.Contains(stored.Document.Text(), paras[1]) || !strings.Contains(stored.Document.Text(), paras[2]) {
		t.Errorf("stored document: title %q, text %q", stored.Document.Title, stored.Document.Text())
	}
}

// claimThenFollow makes a claim of quote with the toolbar and, as soon as
// it shows (well within the autosave delay), runs follow (JavaScript that
// leaves the page); it returns the save status seen just before.
func claimThenFollow(b *browser, quote, follow string) string {
	b.t.Helper()
	b.Wait(`!document.querySelector("#sel-toolbar")`)
	selectText(b, quote)
	waitToolbar(b, "#tb-claim")
	js := fmt.Sprintf(`(async () => {
	  const count = () => document.querySelectorAll("#claims-list [data-claim-id]").length;
	  const n = count(), until = Date.now() + 20000;
	  document.querySelector("#tb-claim").click();
	  while (count() === n) {
	    if (Date.now() > until) return "no claim made";
	    await new Promise(r => requestAnimationFrame(r));
	  }
	  const state = document.querySelector("#save-status").dataset.state;
	  %s;
	  return state;
	})()`, follow)
	v, err := chromedp.Run(b.Ctx, chromedp.Evaluate[string](js, chromedp.EvalAwaitPromise))
	if err != nil {
		b.t.Fatalf("claim then leave: %v", err)
	}
	return v
}

// storedQuotes lists the quotes of the claims saved for the last open
// document.
func storedQuotes(b *browser) []string {
	b.t.Helper()
	set, err := native.Decode([]byte(localItem(b, "whosaid/v1/doc/"+localItem(b, "whosaid/v1/last"))))
	if err != nil {
		b.t.Fatal(err)
	}
	var q []string
	for _, c := range set.SortedClaims() {
		q = append(q, c.Span.Exact)
	}
	return q
}

// TestPitfallLeavingSavesPendingChange: a change followed at once by an
// in-app link (to the Library) is saved, and is still there back in the
// annotator; the same with the browser's back button.
func TestPitfallLeavingSavesPendingChange(t *testing.T) {
	b := openSample(t)
	markPage(b)
	first, second := classKey[0].quote, classKey[4].quote

	if st := claimThenFollow(b, first, `document.querySelector('#library-link').click()`); st != "pending" {
		t.Fatalf("save status when leaving = %q, want pending (the change not saved yet)", st)
	}
	b.Wait(`!!document.querySelector("main#library[data-live]")`)
	if got := storedQuotes(b); len(got) != 1 || got[0] != first {
		t.Errorf("saved claims on the Library page = %q, want [%q]", got, first)
	}

	b.Do(chromedp.NavigateBack())
	b.Wait(`!!document.querySelector("main[data-live] #article [data-base]")`)
	b.Wait(fmt.Sprintf(`[...document.querySelectorAll("#claims-list .claim-quote")].some(e => e.textContent.includes(%q))`, first))

	// Forward again: history goes /, /library — forward is /library.
	if st := claimThenFollow(b, second, `history.forward()`); st != "pending" {
		t.Fatalf("save status when going forward = %q, want pending", st)
	}
	b.Wait(`location.pathname === "/library" && !!document.querySelector("main#library[data-live]")`)
	if got := storedQuotes(b); len(got) != 2 {
		t.Errorf("saved claims after going forward = %q, want 2", got)
	}
	if !pageKept(b) {
		t.Error("an in-app navigation reloaded the page")
	}
	b.checkAlive()
}
