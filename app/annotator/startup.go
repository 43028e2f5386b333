package annotator

import (
	"errors"
	"fmt"
	"path"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
	"whosaid/annotate/article"
	"whosaid/annotate/detect"
	"whosaid/annotate/native"
	"whosaid/app/browser"
	"whosaid/app/events"
	"whosaid/app/notice"
	"whosaid/app/storage"
	"whosaid/app/wording"
)

// OpenAtStart picks the set the normal annotator opens with, from store.
// Call it from OnMount (client only).
//
//   - /?open=<url>[&annotations=<url>]: the article (.txt/.md/.html) or
//     native annotation file at that same-origin address, with the
//     annotation file (W3C or native) applied to it. Fetching is
//     asynchronous: loadStartupSet returns nil at once (show a loading
//     state) and the set arrives later as action events.OpenSet. On failure
//     a notice explains and the fallback below arrives the same way.
//   - otherwise the last open document, if it loads;
//   - otherwise the built-in sample article.
//
// A damaged saved document is set aside with a notice offering its data
// for download; the app opens anyway.
func OpenAtStart(ctx app.Context, store *storage.Store) *annotate.Set {
	q := ctx.Page().URL().Query()
	open, ann := q.Get("open"), q.Get("annotations")
	if open == "" && ann == "" {
		return startupFallback(ctx, store)
	}
	openByURL(ctx, store, open, ann)
	return nil
}

// startupFallback is the last open document, else the sample.
func startupFallback(ctx app.Context, store *storage.Store) *annotate.Set {
	return lastOrSample(showing(ctx), store)
}

// lastOrSample is the last open document, else the sample; tell shows
// what went wrong (the caller may have no context yet: OnInit).
func lastOrSample(tell func(notice.Notice), store *storage.Store) *annotate.Set {
	if id := store.LastOpen(); id != "" {
		set, err := store.Load(id)
		if err == nil {
			return set
		}
		if !errors.Is(err, storage.ErrNotFound) {
			tell(loadErrorNotice(store, err))
		}
	}
	return sampleSet()
}

// showing shows notices in ctx.
func showing(ctx app.Context) func(notice.Notice) {
	return func(n notice.Notice) { notice.Show(ctx, n) }
}

// openByURL fetches the article (or native file) and the annotations, then
// posts the result.
func openByURL(ctx app.Context, store *storage.Store, openURL, annURL string) {
	// Both files are fetched at once; the annotations wait for the article.
	ann := &pendingFetch{}
	if annURL != "" {
		fetchText(ctx, annURL, ann.resolve)
	}
	withArticle := func(ctx app.Context, set *annotate.Set) {
		if annURL == "" {
			finishURLOpen(ctx, store, set, nil)
			return
		}
		ann.then(ctx, func(ctx app.Context, data []byte, err error) { applyFetched(ctx, store, set, annURL, data, err) })
	}
	if openURL == "" {
		// Annotations alone: apply them to what would open anyway.
		withArticle(ctx, startupFallback(ctx, store))
		return
	}
	fetchText(ctx, openURL, func(ctx app.Context, data []byte, err error) {
		set, title, err := readFetched(ctx, store, openURL, data, err)
		if err != nil {
			notice.Show(ctx, notice.Notice{Key: "open-url", Level: notice.Error, Title: title, Details: wording.ProblemLines(err)})
			ctx.NewActionWithValue(events.OpenSet, startupFallback(ctx, store))
			return
		}
		withArticle(ctx, set)
	})
}

// readFetched reads what an address gave: a whosaid file, else an
// article (the set saved for it before, if any). On failure, title says
// what failed.
func readFetched(ctx app.Context, store *storage.Store, openURL string, data []byte, err error) (*annotate.Set, string, error) {
	if err != nil {
		return nil, "The article could not be loaded", err
	}
	name := addressName(openURL)
	set, changes, fromFile, title, err := readOpened(name, data)
	if err != nil || fromFile {
		return set, title, err
	}
	if n, ok := textChangesNotice(name, changes); ok {
		notice.Show(ctx, n)
	}
	return setForDocument(ctx, store, set.Document), "", nil
}

// addressName is the file name an address ends with.
func addressName(rawURL string) string { return path.Base(strings.SplitN(rawURL, "?", 2)[0]) }

// readOpened reads what /?open= names: a whosaid file (fromFile: its own
// set), else an article, on a new set (changes: how its text was tidied).
// On failure, title says what failed. The browser and the server's
// drawing of the page (prerender.go) both read addresses with it.
func readOpened(name string, data []byte) (set *annotate.Set, changes annotate.Problems, fromFile bool, title string, err error) {
	if f := detect.Detect(data); f.Format == detect.Native {
		set, err := native.Decode(data)
		if err != nil {
			return nil, nil, true, "The annotation file " + name + " has problems", err
		}
		return set, nil, true, "", nil
	}
	doc, changes, err := article.Read(name, data)
	if err != nil {
		return nil, nil, false, "The article could not be opened", err
	}
	return annotate.NewSet(doc), changes, false, "", nil
}

// applyFetched puts the annotations fetched from annURL on set and opens
// the result; annotations that cannot be read leave the article open
// without them.
func applyFetched(ctx app.Context, store *storage.Store, set *annotate.Set, annURL string, data []byte, err error) {
	title := "The annotations could not be loaded; the article is open without them"
	var res importResult
	if err == nil {
		res, err = readAnnotationFile(addressName(annURL), data, set.Document)
		title = "The annotation file " + addressName(annURL) + " has problems; the article is open without them"
	}
	if err != nil {
		notice.Show(ctx, notice.Notice{Key: "open-url-annotations", Level: notice.Error, Title: title, Details: wording.ProblemLines(err)})
		finishURLOpen(ctx, store, set, nil)
		return
	}
	finishURLOpen(ctx, store, res.Set, &res)
}

// pendingFetch is a fetch result that callbacks can wait for (UI
// goroutine only).
type pendingFetch struct {
	done    bool
	data    []byte
	err     error
	waiting []func(app.Context, []byte, error)
}

func (p *pendingFetch) resolve(ctx app.Context, data []byte, err error) {
	p.done, p.data, p.err = true, data, err
	for _, f := range p.waiting {
		f(ctx, data, err)
	}
	p.waiting = nil
}

func (p *pendingFetch) then(ctx app.Context, f func(app.Context, []byte, error)) {
	if p.done {
		f(ctx, p.data, p.err)
		return
	}
	p.waiting = append(p.waiting, f)
}

// setForDocument is the saved set of a document annotated before (so
// opening the same article again never wipes its claims), else a new one.
func setForDocument(ctx app.Context, store *storage.Store, doc annotate.Document) *annotate.Set {
	return savedOrNew(showing(ctx), store, doc)
}

// savedOrNew is setForDocument for a caller that tells the notices itself.
func savedOrNew(tell func(notice.Notice), store *storage.Store, doc annotate.Document) *annotate.Set {
	if store.Has(doc.ID) {
		set, err := store.Load(doc.ID)
		if err == nil {
			tell(notice.Notice{Key: "reopened", Level: notice.Info,
				Text: fmt.Sprintf("You annotated this article before: its %d claims are back.", len(set.Claims))})
			return set
		}
		tell(loadErrorNotice(store, err))
	}
	return annotate.NewSet(doc)
}

// finishURLOpen saves what was opened by address, drops the parameters from
// the address bar (a reload then restores the saved state instead of
// fetching again) and posts the set.
func finishURLOpen(ctx app.Context, store *storage.Store, set *annotate.Set, res *importResult) {
	if res != nil {
		announceImport(ctx, res)
	}
	openedByAddress(set)
	ctx.NewActionWithValue(events.OpenSet, set)
}

// openedByAddress is what opening an address does besides showing the
// set: its first save, and a clean address bar (a reload then restores the
// saved state instead of fetching again).
func openedByAddress(set *annotate.Set) {
	markForSave(set)
	browser.ReplaceURL("/")
}

func loadErrorNotice(store *storage.Store, err error) notice.Notice {
	var de *storage.DamagedError
	if !errors.As(err, &de) {
		return notice.Notice{Level: notice.Error, Title: "Saved annotations could not be opened", Text: err.Error()}
	}
	title := "Saved annotations are damaged and could not be opened"
	text := "The data in this browser could not be read, so the app opened without it. " +
		"It has been kept aside unchanged: download it to repair it or to send it to someone who can."
	if de.Newer {
		title = "Saved annotations come from a newer version of whosaid"
		text = fmt.Sprintf("They use format %d; this version reads up to format %d. "+
			"They have been kept aside unchanged: download them and open them with the newer version.", de.Format, annotate.FormatVersion)
	}
	if de.Title != "" {
		title += ": “" + de.Title + "”"
	}
	n := notice.Notice{Key: "damaged-" + de.DocID, Level: notice.Warning, Title: title, Text: text, Details: wording.ProblemLines(de.Err)}
	if len(n.Details) > 8 {
		more := len(n.Details) - 8
		n.Details = append(n.Details[:8:8], fmt.Sprintf("… and %d more", more))
	}
	if de.AsideKey != "" {
		key := de.AsideKey
		n.Actions = []notice.Action{{Label: "Download the damaged data", Keep: true, Run: func(ctx app.Context) {
			downloadAside(ctx, store, key)
		}}}
	}
	return n
}

// downloadAside downloads data kept aside, named after its document.
func downloadAside(ctx app.Context, store *storage.Store, key string) {
	raw, ok := store.Aside(key)
	if !ok {
		notice.Show(ctx, notice.Notice{Level: notice.Error, Text: "That data is no longer kept in this browser."})
		return
	}
	browser.Download(storage.AsideFileName(key), "application/json", []byte(raw))
}

// announceImport tells what an import did, orphans first, and lists its
// warnings.
func announceImport(ctx app.Context, res *importResult) { notice.Show(ctx, importNotice(res)) }

func importNotice(res *importResult) notice.Notice {
	n := notice.Notice{Key: "import", Level: notice.Info}
	count := len(res.Set.Claims)
	n.Title = fmt.Sprintf("Imported %d claims (%s)", count, res.Format)
	if res.Reanchor {
		n.Text = "The file was made on a different version of the text; the claims were placed again: " + res.Summary + "."
		if res.Orphans > 0 {
			n.Level = notice.Warning
			n.Text += fmt.Sprintf(" %d could not be placed with confidence: they are listed as orphans for you to place or discard.", res.Orphans)
		}
	}
	if details := append(append([]string(nil), res.Unplaced...), res.Warnings...); len(details) > 0 {
		n.Text = strings.TrimSpace(n.Text + " Details:")
		n.Details = details
	}
	return n
}

// textChangesNotice says how an article file's text was changed to become
// the document text (plain text: see article.ReadText), since positions
// counted in the file by other tools move with it; ok is false when it
// was not changed.
func textChangesNotice(name string, changes annotate.Problems) (notice.Notice, bool) {
	if len(changes) == 0 {
		return notice.Notice{}, false
	}
	return notice.Notice{Key: "text-changes", Level: notice.Info,
		Title:   "The text of " + name + " was tidied",
		Text:    "whosaid's text differs from the file's characters here; annotations made on the file by other tools are placed by their quotes:",
		Details: wording.ProblemLines(changes)}, true
}

// fetchText gets a file of this site by its address and calls done on the
// UI goroutine with its body, or an error that says what failed.
func fetchText(ctx app.Context, rawURL string, done func(ctx app.Context, body []byte, err error)) {
	page := ctx.Page().URL()
	u, err := page.Parse(rawURL)
	switch {
	case err != nil:
		err = fmt.Errorf("%q is not a valid address: %v", rawURL, err)
	case u.Scheme != page.Scheme || u.Host != page.Host:
		err = fmt.Errorf("%s is on another site; only files from %s can be opened by address", u.Redacted(), page.Host)
	}
	if err != nil {
		ctx.Dispatch(func(ctx app.Context) { done(ctx, nil, err) })
		return
	}
	browser.FetchIn(ctx, browser.Request{URL: u.String()}, func(ctx app.Context, r browser.Response) {
		switch {
		case r.Err != nil:
			done(ctx, nil, fmt.Errorf("could not load %s: %v", u.Path, r.Err))
		case !r.OK():
			done(ctx, nil, fmt.Errorf("could not load %s: the server answered %d %s", u.Path, r.Status, r.StatusText))
		default:
			done(ctx, r.Body, nil)
		}
	})
}
