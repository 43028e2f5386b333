package annotator

import (
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/app/events"
	"whosaid/app/storage"
)

// The annotator is set up by whoever mounts it. These tests mount it the
// two ways the app does — the main page (New) and a student's exercise
// (a store of the class's own, no sync, no files or Library, suggestions
// as the teacher says, saves told to the page) — and check that each
// shows its tools and keeps its work where it was told.

// topBar is what the top bar offers, read from the rendered page.
type topBar struct {
	Open, Import, Library, Summary, Sync, Export, Suggest bool
}

func offered(p *Annotator) topBar {
	html := app.HTMLString(p)
	has := func(s string) bool { return strings.Contains(html, s) }
	return topBar{
		Open:    has(`id="open-article"`),
		Import:  has(`id="import-annotations"`),
		Library: has(`id="library-link"`),
		Summary: has(`id="summary-btn"`),
		Sync:    has(`id="sync-status"`),
		Export:  has(`id="export-native"`),
		Suggest: has(`id="suggest-btn"`) && !hiddenAttr.MatchString(openingTag(html, `id="suggest-btn"`)),
	}
}

// hiddenAttr is a hidden attribute set (go-app writes true as a bare name).
var hiddenAttr = regexp.MustCompile(`\shidden(\s|$)`)

// openingTag is the opening tag that holds attr (attributes come in any
// order).
func openingTag(html, attr string) string {
	i := strings.Index(html, attr)
	if i < 0 {
		return ""
	}
	start := strings.LastIndex(html[:i], "<")
	end := strings.Index(html[i:], ">")
	return html[start : i+end]
}

func TestMainPageOffersEverything(t *testing.T) {
	p, _ := mountPage(t)
	want := topBar{Open: true, Import: true, Library: true, Summary: true, Sync: true, Export: true, Suggest: true}
	if d := cmp.Diff(want, offered(p)); d != "" {
		t.Errorf("main page's tools (-want +got):\n%s", d)
	}
}

func TestExerciseSetUp(t *testing.T) {
	class := storage.NewMemory()
	var states []events.Saving
	p := &Annotator{
		Store:       storage.NewStore(class),
		Suggestions: false,
		OnSaveState: func(ctx app.Context, st events.SaveState) { states = append(states, st.State) },
	}
	d := mountOn(t, p)
	want := topBar{Summary: true, Export: true}
	if d := cmp.Diff(want, offered(p)); d != "" {
		t.Errorf("exercise's tools (-want +got):\n%s", d)
	}
	// A claim is saved in the store given, and the page is told.
	selectKbd(t, p, "We have a common goal")
	if !p.makeClaim(d.Context()) {
		t.Fatalf("makeClaim: %s", p.status)
	}
	if err := p.w.saver.Flush(d.Context()); err != nil {
		t.Fatal(err)
	}
	d.Consume()
	id := p.h.Set().Document.ID
	got, err := storage.NewStore(class).Load(id)
	if err != nil || len(got.Claims) != 1 {
		t.Fatalf("the exercise's store holds %v (%v), want the claim", got, err)
	}
	if storage.NewStore(storage.Local()).Has(id) {
		t.Error("the work went to the browser's own store too")
	}
	if len(states) == 0 || states[len(states)-1] != events.Saved {
		t.Errorf("save states told: %v, want the last one saved", states)
	}
	// The teacher allows suggestions: the button shows.
	p.Suggestions = true
	p.Update()
	d.Consume()
	if !offered(p).Suggest {
		t.Error("suggestions allowed, but no Suggest button")
	}
}
