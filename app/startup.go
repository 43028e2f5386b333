package main

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
)

// loadStartupSet picks the set the annotator opens with. Call it from
// OnMount (client only).
//
//   - /?open=<url>[&annotations=<url>]: the article (.txt/.md/.html) or
//     native annotation file at that same-origin address, with the
//     annotation file (W3C or native) applied to it. Fetching is
//     asynchronous: loadStartupSet returns nil at once (show a loading
//     state) and the set arrives later as action actionOpenSet. On failure
//     a notice explains and the fallback below arrives the same way.
//   - otherwise the last open document, if it loads;
//   - otherwise the built-in sample article.
//
// A damaged saved document is set aside with a notice offering its data
// for download; the app opens anyway.
func loadStartupSet(ctx app.Context, store *docStore) *annotate.Set {
	q := ctx.Page().URL().Query()
	open, ann := q.Get("open"), q.Get("annotations")
	if open == "" && ann == "" {
		return startupFallback(ctx, store)
	}
	openByURL(ctx, store, open, ann)
	return nil
}

// startupFallback is the last open document, else the sample.
func startupFallback(ctx app.Context, store *docStore) *annotate.Set {
	if id := store.LastOpen(); id != "" {
		set, err := store.Load(id)
		if err == nil {
			return set
		}
		if !errors.Is(err, errDocNotFound) {
			showLoadError(ctx, store, err)
		}
	}
	return sampleSet()
}

// openByURL fetches the article (or native file) and the annotations, then
// posts the result.
func openByURL(ctx app.Context, store *docStore, openURL, annURL string) {
	post := func(ctx app.Context, set *annotate.Set) {
		ctx.NewActionWithValue(actionOpenSet, set)
	}
	failed := func(ctx app.Context, title string, err error) {
		showNotice(ctx, notice{Key: "open-url", Level: noticeError, Title: title, Details: problemLines(err)})
		post(ctx, startupFallback(ctx, store))
	}
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
		ann.then(ctx, func(ctx app.Context, data []byte, err error) {
			if err != nil {
				showNotice(ctx, notice{Key: "open-url-annotations", Level: noticeError,
					Title: "The annotations could not be loaded; the article is open without them", Details: problemLines(err)})
				finishURLOpen(ctx, store, set, nil)
				return
			}
			res, err := readAnnotationFile(path.Base(annURL), data, set.Document)
			if err != nil {
				showNotice(ctx, notice{Key: "open-url-annotations", Level: noticeError,
					Title: "The annotation file " + path.Base(annURL) + " has problems; the article is open without them", Details: problemLines(err)})
				finishURLOpen(ctx, store, set, nil)
				return
			}
			finishURLOpen(ctx, store, res.Set, &res)
		})
	}
	if openURL == "" {
		// Annotations alone: apply them to what would open anyway.
		withArticle(ctx, startupFallback(ctx, store))
		return
	}
	fetchText(ctx, openURL, func(ctx app.Context, data []byte, err error) {
		if err != nil {
			failed(ctx, "The article could not be loaded", err)
			return
		}
		name := path.Base(strings.SplitN(openURL, "?", 2)[0])
		if f := detect.Detect(data); f.Format == detect.Native {
			set, err := native.Decode(data)
			if err != nil {
				failed(ctx, "The annotation file "+name+" has problems", err)
				return
			}
			withArticle(ctx, set)
			return
		}
		doc, changes, err := article.Read(name, data)
		if err != nil {
			failed(ctx, "The article could not be opened", err)
			return
		}
		announceTextChanges(ctx, name, changes)
		withArticle(ctx, setForDocument(ctx, store, doc))
	})
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
func setForDocument(ctx app.Context, store *docStore, doc annotate.Document) *annotate.Set {
	if store.Has(doc.ID) {
		set, err := store.Load(doc.ID)
		if err == nil {
			showNotice(ctx, notice{Key: "reopened", Level: noticeInfo,
				Text: fmt.Sprintf("You annotated this article before: its %d claims are back.", len(set.Claims))})
			return set
		}
		showLoadError(ctx, store, err)
	}
	return annotate.NewSet(doc)
}

// finishURLOpen saves what was opened by address, drops the parameters from
// the address bar (a reload then restores the saved state instead of
// fetching again) and posts the set.
func finishURLOpen(ctx app.Context, store *docStore, set *annotate.Set, res *importResult) {
	if res != nil {
		announceImport(ctx, res)
	}
	markForSave(set)
	if app.IsClient {
		app.Window().Get("history").Call("replaceState", nil, "", "/")
	}
	ctx.NewActionWithValue(actionOpenSet, set)
}

// showLoadError explains why a saved document did not open.
func showLoadError(ctx app.Context, store *docStore, err error) {
	var de *damagedError
	if !errors.As(err, &de) {
		showNotice(ctx, notice{Level: noticeError, Title: "Saved annotations could not be opened", Text: err.Error()})
		return
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
	n := notice{Key: "damaged-" + de.DocID, Level: noticeWarning, Title: title, Text: text, Details: problemLines(de.Err)}
	if len(n.Details) > 8 {
		more := len(n.Details) - 8
		n.Details = append(n.Details[:8:8], fmt.Sprintf("… and %d more", more))
	}
	if de.AsideKey != "" {
		key := de.AsideKey
		n.Actions = []noticeAction{{Label: "Download the damaged data", Keep: true, Run: func(ctx app.Context) {
			downloadAside(ctx, store, key)
		}}}
	}
	showNotice(ctx, n)
}

// downloadAside downloads data kept aside, named after its document.
func downloadAside(ctx app.Context, store *docStore, key string) {
	raw, ok := store.Aside(key)
	if !ok {
		showNotice(ctx, notice{Level: noticeError, Text: "That data is no longer kept in this browser."})
		return
	}
	name := strings.NewReplacer("/", "-", ":", "-").Replace(strings.TrimPrefix(key, asidePrefix))
	downloadFile(ctx, "whosaid-damaged-"+name+".json", "application/json", []byte(raw))
}

// announceImport tells what an import did, orphans first, and lists its
// warnings.
func announceImport(ctx app.Context, res *importResult) {
	n := notice{Key: "import", Level: noticeInfo}
	count := len(res.Set.Claims)
	n.Title = fmt.Sprintf("Imported %d claims (%s)", count, res.Format)
	if res.Reanchor {
		n.Text = "The file was made on a different version of the text; the claims were placed again: " + res.Summary + "."
		if res.Orphans > 0 {
			n.Level = noticeWarning
			n.Text += fmt.Sprintf(" %d could not be placed with confidence: they are listed as orphans for you to place or discard.", res.Orphans)
		}
	}
	if details := append(append([]string(nil), res.Unplaced...), res.Warnings...); len(details) > 0 {
		n.Text = strings.TrimSpace(n.Text + " Details:")
		n.Details = details
	}
	showNotice(ctx, n)
}

// announceTextChanges says how an article file's text was changed to
// become the document text (plain text: see article.ReadText), since
// positions counted in the file by other tools move with it.
func announceTextChanges(ctx app.Context, name string, changes annotate.Problems) {
	if len(changes) == 0 {
		return
	}
	showNotice(ctx, notice{Key: "text-changes", Level: noticeInfo,
		Title:   "The text of " + name + " was tidied",
		Text:    "whosaid's text differs from the file's characters here; annotations made on the file by other tools are placed by their quotes:",
		Details: problemLines(changes)})
}
