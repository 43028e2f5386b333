package annotator

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
	"whosaid/app/annotator/articleview"
	"whosaid/app/browser"
	"whosaid/app/events"
	"whosaid/app/notice"
	"whosaid/app/storage"
	"whosaid/app/summary"
	"whosaid/app/wording"
)

// Annotator is the annotator: an article in which to mark claims, their
// speakers and cues, with undo, autosave and export. It owns the set (all
// changes go through its undo history) and the view state; the article's
// blocks are child components it updates one by one.
//
// Whoever mounts it sets it up through its exported fields — the normal
// page (New), a student's exercise page, the exercise-file page — and it
// knows nothing else of where it is: not the address, not the classroom.
type Annotator struct {
	app.Compo
	// Store keeps the work (nil: this browser's own store).
	Store *storage.Store
	// Sync sends saved work to the sync server, and shows the sync status
	// and token.
	Sync bool
	// Suggestions offers the attribution assistant (Suggest).
	Suggestions bool
	// Tools says which of the top bar's tools show besides undo, redo,
	// the summary and export.
	Tools Tools
	// FromAddress opens the article and annotations the address names
	// (/?open=…&annotations=…) instead of the last open document.
	FromAddress bool
	// OnSaveState is told each change of the autosave status: a page that
	// sends the work elsewhere sends it once saved here.
	OnSaveState func(ctx app.Context, st events.SaveState)
	// Files reads this site's files by address (/web/…) on the server, to
	// draw a page that opens one (/?open=…) before the app is live
	// (prerender.go); nil in the browser.
	Files func(urlPath string) ([]byte, error)

	store *storage.Store
	live  bool
	drawn *drawnEntry // on the server: what the page was drawn from (prerender.go)
	// taken: what the server drew the page from, taken over at start
	// (the set is saved once the app is live); told: the notices the
	// start gave before the app could show them.
	taken *drawn
	told  []notice.Notice

	h      *annotate.History
	ix     *annotate.TextIndex
	runes  []rune
	starts []int
	paras  []*articleview.Block
	gen    int // bumped when a new document replaces the paragraph views
	// drawnGen is the gen the last render drew; odd picks the wrappers'
	// tags (wrappersFor).
	drawnGen int
	odd      bool
	cache    articleview.Cache
	list     claimsListState // the claims list, one group per block (claim_groups.go)

	vs         articleview.View
	pending    pendingSel
	hasPending bool

	picker   pickerState
	spPanel  speakersPanelState
	counts   countsMemo // claims per speaker, for the speakers panel
	helpOpen bool
	summary  bool   // the in-page summary view instead of the editor
	status   string // the last message, read out by screen readers

	moreOpen      bool // the phone's menu of tools is open
	pushedSummary bool // showing the summary added the history step Back undoes

	// mountCtx is the component's own context, kept from OnMount: work
	// for after a render (focus, scrolling) dispatched from a handler's
	// context is dropped when that handler's element goes away (the
	// selection toolbar's Claim button, the new-speaker form's button).
	mountCtx app.Context
	stopKeys func()
	stopSel  func()
	stopBar  func()
	w        wiring
	sg       suggestState // the review of suggestions (suggest_*.go)
}

// Tools are optional tools of the top bar.
type Tools struct {
	Files   bool // open an article, import annotations
	Library bool // the link to the Library
}

// New is the annotator of the main page: this browser's own store, synced,
// every tool, suggestions, and what the address names opened.
func New() *Annotator {
	return &Annotator{Store: storage.NewStore(storage.Local()), Sync: true, Suggestions: true,
		Tools: Tools{Files: true, Library: true}, FromAddress: true}
}

// Open replaces the set shown (and its history) with s.
func (p *Annotator) Open(ctx app.Context, s *annotate.Set) {
	p.onOpenSet(ctx, app.Action{Name: events.OpenSet, Value: s})
}

// OnInit opens, in the browser, what can be opened at once (what the
// server drew the page from, else the last open document or the sample),
// so that the app's first drawing is the article and not a loading state:
// it replaces the server's drawing of the same page without a flash.
func (p *Annotator) OnInit() {
	if !app.IsClient || !p.FromAddress {
		return
	}
	p.ensureStore()
	if s := p.startNow(); s != nil {
		p.show(s)
	}
}

func (p *Annotator) OnMount(ctx app.Context) {
	p.live = true
	p.mountCtx = ctx
	p.wire(ctx)
	if p.h != nil {
		p.started(ctx)
	} else {
		p.loadSet(ctx, p.startupSet(ctx))
	}
	p.stopKeys = p.listenKeys(ctx)
	p.stopSel = browser.ListenSelectionChange(ctx, p.onSelectionChange)
	ctx.Handle(events.OpenSet, p.onOpenSet)
	// The top bar is sticky: the side panel and scrolling keep clear of
	// it (web/whosaid.css reads --bar-h).
	ctx.Defer(func(app.Context) { p.stopBar = browser.TrackHeight("#annotator .topbar", "--bar-h") })
}

func (p *Annotator) OnDismount() {
	p.unwire()
	p.stopSuggestWatch()
	if p.stopKeys != nil {
		p.stopKeys()
	}
	if p.stopSel != nil {
		p.stopSel()
	}
	if p.stopBar != nil {
		p.stopBar()
	}
}

// onOpenSet replaces the current set and its history.
func (p *Annotator) onOpenSet(ctx app.Context, a app.Action) {
	defer p.guard(ctx)
	s, ok := a.Value.(*annotate.Set)
	if !ok || s == nil {
		return
	}
	p.loadSet(ctx, s)
	p.say(fmt.Sprintf("Opened “%s”.", wording.Title(s)))
}

// loadSet makes s the current set, with an empty history.
func (p *Annotator) loadSet(ctx app.Context, s *annotate.Set) {
	if s == nil {
		return
	}
	p.show(s)
	p.opened(ctx, s)
	p.Update()
	// Once drawn and painted (a big claims list is filled first, the same
	// way), what waits for the set to show runs: the first save.
	ctx.Defer(func(ctx app.Context) { browser.AfterPaint(ctx, p.shown) })
}

// show makes s the current set, with an empty history, and prepares its
// drawing; it needs nothing of the browser (the server draws pages with
// it too).
func (p *Annotator) show(s *annotate.Set) {
	p.h = annotate.NewHistory(s)
	p.h.Device = p.device()
	p.ix = annotate.DocumentIndex(s.Document) // the same index the claim checks use
	p.runes = []rune(p.ix.Text())
	p.starts = s.Document.BlockStarts()
	p.cache = articleview.Cache{}
	p.vs = articleview.View{}
	p.hasPending = false
	p.picker = pickerState{}
	p.spPanel = speakersPanelState{}
	models := p.cache.Build(s, p.runes, p.starts, p.vs)
	p.paras = make([]*articleview.Block, len(models))
	for i, m := range models {
		p.paras[i] = articleview.NewBlock(m)
	}
	p.makeClaimsList()
	p.gen++
}

// refresh recomputes the blocks and re-renders only those that changed.
func (p *Annotator) refresh() {
	if p.h == nil {
		return
	}
	models := p.cache.Build(p.h.Set(), p.runes, p.starts, p.vs)
	for i, m := range models {
		if i < len(p.paras) && p.paras[i].SetModel(m) && p.paras[i].Mounted() {
			p.paras[i].Update() // first: go-app redraws it even if drawing now fails
			if p.live {
				p.paras[i].DrawNow()
			}
		}
	}
	p.refreshClaimsList()
}

// do applies one change through the history and redraws what it touched.
func (p *Annotator) do(ctx app.Context, op annotate.Op) bool {
	if !p.apply(op) {
		return false
	}
	p.changed(ctx)
	return true
}

// apply applies one change through the history without redrawing: the
// caller sets the view state, then calls changed (one redraw, not two).
func (p *Annotator) apply(op annotate.Op) bool {
	if err := p.h.Do(op); err != nil {
		p.say("Could not " + wording.LowerFirst(op.Label()) + ": " + err.Error())
		return false
	}
	return true
}

// changed runs after every Do, Undo and Redo.
func (p *Annotator) changed(ctx app.Context) {
	if p.vs.Cur != "" {
		if _, ok := p.h.Set().Claim(p.vs.Cur); !ok {
			p.vs.Cur = ""
		}
	}
	p.refresh()
	p.saveChanged(ctx, p.h.Set())
}

func (p *Annotator) undo(ctx app.Context) {
	label := p.h.UndoLabel()
	if err := p.h.Undo(); err != nil {
		p.say("Nothing to undo.")
		return
	}
	p.changed(ctx)
	p.say("Undone: " + label + ".")
}

func (p *Annotator) redo(ctx app.Context) {
	label := p.h.RedoLabel()
	if err := p.h.Redo(); err != nil {
		p.say("Nothing to redo.")
		return
	}
	p.changed(ctx)
	p.say("Redone: " + label + ".")
}

// say shows a short message in the status line (aria-live).
func (p *Annotator) say(msg string) { p.status = msg }

// guard turns a panic in a handler into a message instead of the end of
// the program. Use as `defer p.guard(ctx)`.
func (p *Annotator) guard(ctx app.Context) {
	if r := recover(); r != nil {
		app.Log("whosaid: recovered:", r)
		p.say(fmt.Sprintf("Something went wrong (%v). Your annotations are unchanged; please try again.", r))
	}
}

func (p *Annotator) Render() app.UI {
	m := app.Main().ID("annotator")
	if p.live {
		m = m.DataSet("live", "true")
	}
	if p.h == nil {
		return m.Body(app.P().Class("loading").Text("Loading the article…"))
	}
	s := p.h.Set()
	p.wrappersFor(p.gen)
	var side app.UI
	if p.summary {
		side = app.Div()
	} else {
		side = app.Div().Class("side-inner").Body(
			p.renderSuggestions(),
			p.renderClaimEditor(),
			p.renderClaimsList(),
			p.renderSpeakersPanel(),
		)
	}
	var mainCol app.UI = p.renderArticle()
	if p.summary {
		mainCol = app.Div().Class("reader").Body(summary.View(s, false,
			app.Button().ID("summary-close").Type("button").Class("tool").OnClick(p.onSummaryToggle).Text("← Back to the article")))
	}
	return m.Class("layout").Body(
		// The first stop of the keyboard: past the tools to the text.
		app.A().ID("skip-to-article").Class("skip-link").Href("#article").OnClick(p.onSkipToArticle).Text("Skip to the article"),
		p.renderTopBar(),
		p.noticeSlot(),
		app.Div().Class("columns").Body(
			app.Div().Class("main-col").Body(mainCol),
			app.Aside().ID("panel").Aria("label", "Claims and speakers").Body(side),
		),
		p.renderToolbar(),
		p.renderHelp(),
		p.renderDrawn(),
	)
}

// wrappersFor switches the tags that wrap the article's blocks and the
// claims list's groups on the first render after the views were made
// again (a new gen), so that go-app mounts the new views instead of
// patching the old ones in place (their fields are unexported: nothing
// would be copied, and the new views would never be drawn). It switches
// once per render, however many sets were opened since the last one.
func (p *Annotator) wrappersFor(gen int) {
	if gen != p.drawnGen {
		p.drawnGen, p.odd = gen, !p.odd
	}
}

// renderTopBar is the header: title, undo/redo, views, file menu, status.
// Nothing in it changes width as the user works (the undo button names
// its action in its label and tooltip, not its text; the statuses have
// fixed widths): a button that moves when a save starts gets misclicked.
func (p *Annotator) renderTopBar() app.UI {
	undoLabel, redoLabel := "Undo", "Redo"
	if l := p.h.UndoLabel(); l != "" {
		undoLabel = "Undo " + l
	}
	if l := p.h.RedoLabel(); l != "" {
		redoLabel = "Redo " + l
	}
	return app.Header().Class("topbar").Body(
		app.Div().Class("brand").Body(
			app.Span().Class("logo").Aria("hidden", "true").Text("❝"),
			app.Span().Class("brand-name").Text("whosaid"),
		),
		app.H1().Class("doc-title").Text(wording.Title(p.h.Set())),
		app.Div().Class("bar-end").Body(
			p.stateSlot(),
			app.Button().ID("help-btn").Type("button").Class("tool").
				Aria("label", "Keyboard shortcuts").Title("Keyboard shortcuts (?)").
				OnClick(p.onHelpOpen).Text("?"),
		),
		app.Div().Class("tools").Body(
			app.Button().ID("undo").Type("button").Class("tool").
				Disabled(!p.h.CanUndo()).Title(undoLabel+" (Ctrl+Z)").
				Aria("label", undoLabel).OnClick(p.onUndoClick).
				Body(app.Span().Aria("hidden", "true").Text("↶ "), app.Span().Class("tool-word").Text("Undo")),
			app.Button().ID("redo").Type("button").Class("tool").
				Disabled(!p.h.CanRedo()).Title(redoLabel+" (Ctrl+Shift+Z)").
				Aria("label", redoLabel).OnClick(p.onRedoClick).
				Body(app.Span().Aria("hidden", "true").Text("↷ "), app.Span().Class("tool-word").Text("Redo")),
			// Phones show the other tools behind this button (the bar took
			// a third of the screen); wider screens show them in the row.
			app.Button().ID("more-tools").Type("button").Class("tool", "more-btn").
				Aria("expanded", fmt.Sprint(p.moreOpen)).Aria("controls", "more-tools-panel").
				OnClick(func(ctx app.Context, e app.Event) { p.moreOpen = !p.moreOpen }).
				Body(app.Span().Aria("hidden", "true").Text("☰ "), app.Span().Text("Menu")),
			app.Div().ID("more-tools-panel").Class("more-panel").DataSet("open", p.moreOpen).Body(
				app.Button().ID("summary-btn").Type("button").Class("tool").
					Aria("pressed", fmt.Sprint(p.summary)).OnClick(p.onSummaryToggle).
					Text("Summary"),
				p.renderSuggestButton(),
				p.fileMenuSlot(p.h.Set()),
			),
		),
		app.P().ID("status").Class("status").Aria("live", "polite").Text(p.status),
	)
}

func (p *Annotator) onUndoClick(ctx app.Context, e app.Event) {
	defer p.guard(ctx)
	p.undo(ctx)
}

func (p *Annotator) onRedoClick(ctx app.Context, e app.Event) {
	defer p.guard(ctx)
	p.redo(ctx)
}

// onSummaryToggle shows or leaves the summary. Showing it is a step in
// the browser's history (the address gets #summary), so Back leaves the
// summary for the article instead of leaving the app; OnNav follows the
// address either way.
func (p *Annotator) onSummaryToggle(ctx app.Context, e app.Event) {
	p.moreOpen = false
	u := *ctx.Page().URL()
	if !p.summary {
		u.Fragment = summaryFragment
		p.pushedSummary = true
		ctx.NavigateTo(&u)
		return
	}
	if p.pushedSummary {
		p.pushedSummary = false
		browser.Call(browser.Get(app.Window(), "history"), "back")
		return
	}
	u.Fragment = ""
	ctx.NavigateTo(&u)
}

// summaryFragment is the address's fragment while the summary shows.
const summaryFragment = "summary"

// OnNav shows the summary when the address says so, the article when not.
func (p *Annotator) OnNav(ctx app.Context) {
	want := ctx.Page().URL().Fragment == summaryFragment
	if p.h == nil || want == p.summary {
		return
	}
	p.summary = want
	if !want {
		// The article comes back: new wrapper, fresh paragraph views.
		p.pushedSummary = false
		p.remakeParas()
	}
}

// onSkipToArticle takes the keyboard to the article (a link's own jump
// would only scroll).
func (p *Annotator) onSkipToArticle(ctx app.Context, e app.Event) {
	browser.PreventDefault(e)
	if p.summary {
		browser.Focus("#summary-close")
		return
	}
	browser.Focus("#article")
}

// remakeParas rebuilds the paragraph views (after they were unmounted).
func (p *Annotator) remakeParas() {
	models := p.cache.Build(p.h.Set(), p.runes, p.starts, p.vs)
	p.paras = make([]*articleview.Block, len(models))
	for i, m := range models {
		p.paras[i] = articleview.NewBlock(m)
	}
	p.makeClaimsList()
	p.gen++
}
