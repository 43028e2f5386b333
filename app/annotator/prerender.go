package annotator

import (
	"crypto/sha256"
	"encoding/json"
	"html"
	"sync"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
	"whosaid/annotate/native"
	"whosaid/app/browser"
	"whosaid/app/notice"
)

// The server draws the page it is asked for (go-app renders components on
// the server): the sample article, or for /?open=… the article itself with
// its highlights when &annotations= is given, so that the reader sees the
// text before the WebAssembly is ready. The browser then takes over without
// reading the files again: the page carries what the server read (the set,
// as whosaid JSON, and what reading said), and the app's first drawing is
// the same page.

// drawnID is the element that carries what the server read to the browser.
const drawnID = "drawn-set"

// drawn is what the server drew a page from.
type drawn struct {
	Set json.RawMessage `json:"set"`
	// FromFile: the set is an annotation file's, so a set saved in the
	// browser for the same article does not replace it.
	FromFile bool          `json:"fromFile,omitempty"`
	Notices  []drawnNotice `json:"notices,omitempty"`
}

// drawnNotice is a notice reading the files gave (notices carry no
// actions then).
type drawnNotice struct {
	Key, Level, Title, Text string
	Details                 []string
}

// OnPreRender runs on the server: it draws the page from the set the
// address opens. An address whose files cannot be read is left to the
// browser, which says what went wrong.
func (p *Annotator) OnPreRender(ctx app.Context) {
	if !p.FromAddress {
		return
	}
	q := ctx.Page().URL().Query()
	open, ann := q.Get("open"), q.Get("annotations")
	switch {
	case open == "" && ann == "":
		p.show(sampleSet())
	case open != "" && p.Files != nil:
		e, ok := drawAddress(p.Files, open, ann)
		if !ok {
			return
		}
		p.show(e.set)
		p.drawn, p.told = &e, e.notices
	}
}

// drawnCache keeps the last pages' sets: a lesson link is opened by a
// whole class, and reading 5,000 annotations is the slow part.
var drawnCache struct {
	sync.Mutex
	keys []([sha256.Size]byte)
	vals []drawnEntry
}

type drawnEntry struct {
	setJSON, meta string
	set           *annotate.Set
	notices       []notice.Notice
}

const drawnCacheSize = 8

// drawAddress reads the files an address names, as the browser would
// (readOpened, readAnnotationFile), and returns the set with what the
// browser needs to take over.
func drawAddress(files func(string) ([]byte, error), open, ann string) (drawnEntry, bool) {
	openData, err := files(open)
	if err != nil {
		return drawnEntry{}, false
	}
	var annData []byte
	if ann != "" {
		if annData, err = files(ann); err != nil {
			return drawnEntry{}, false
		}
	}
	h := sha256.New()
	for _, part := range []string{open, "\x00", string(openData), "\x00", ann, "\x00", string(annData)} {
		h.Write([]byte(part))
	}
	var key [sha256.Size]byte
	h.Sum(key[:0])
	drawnCache.Lock()
	for i, k := range drawnCache.keys {
		if k == key {
			e := drawnCache.vals[i]
			drawnCache.Unlock()
			return e, true
		}
	}
	drawnCache.Unlock()
	e, ok := readAddress(open, openData, ann, annData)
	if !ok {
		return drawnEntry{}, false
	}
	drawnCache.Lock()
	drawnCache.keys = append(drawnCache.keys, key)
	drawnCache.vals = append(drawnCache.vals, e)
	if len(drawnCache.keys) > drawnCacheSize {
		drawnCache.keys, drawnCache.vals = drawnCache.keys[1:], drawnCache.vals[1:]
	}
	drawnCache.Unlock()
	return e, true
}

func readAddress(open string, openData []byte, ann string, annData []byte) (drawnEntry, bool) {
	name := addressName(open)
	set, changes, fromFile, _, err := readOpened(name, openData)
	if err != nil {
		return drawnEntry{}, false
	}
	d := drawn{FromFile: fromFile}
	var notices []notice.Notice
	if n, ok := textChangesNotice(name, changes); ok {
		notices = append(notices, n)
	}
	if ann != "" {
		res, err := readAnnotationFile(addressName(ann), annData, set.Document)
		if err != nil {
			return drawnEntry{}, false // the browser says what is wrong with it
		}
		set, d.FromFile = res.Set, true
		notices = append(notices, importNotice(&res))
	}
	for _, n := range notices {
		d.Notices = append(d.Notices, toDrawn(n))
	}
	setJSON, err := native.Encode(set)
	if err != nil {
		return drawnEntry{}, false
	}
	meta, err := json.Marshal(d)
	if err != nil {
		return drawnEntry{}, false
	}
	return drawnEntry{setJSON: string(setJSON), meta: string(meta), set: set, notices: notices}, true
}

func toDrawn(n notice.Notice) drawnNotice {
	return drawnNotice{Key: n.Key, Level: string(n.Level), Title: n.Title, Text: n.Text, Details: n.Details}
}

func fromDrawn(n drawnNotice) notice.Notice {
	return notice.Notice{Key: n.Key, Level: notice.Level(n.Level), Title: n.Title, Text: n.Text, Details: n.Details}
}

// takeOver reads what the server drew the page from, in the browser
// before the app's first drawing. ok is false when the page carries
// nothing (or nothing readable: the app then opens the address itself).
func takeOver() (set *annotate.Set, d drawn, ok bool) {
	data := browser.Get(browser.Query("#"+drawnID), "dataset")
	if !browser.Obj(data) || json.Unmarshal([]byte(browser.String(browser.Get(data, "meta"))), &d) != nil {
		return nil, d, false
	}
	set, err := native.Decode([]byte(browser.String(browser.Get(data, "set"))))
	if err != nil {
		return nil, d, false
	}
	return set, d, true
}

// renderDrawn is the element that carries the set to the browser (on the
// server only). Raw: go-app writes attribute values Go-quoted, not
// HTML-escaped, which JSON's quotes would break.
func (p *Annotator) renderDrawn() app.UI {
	if p.drawn == nil {
		return nil
	}
	return app.Raw(`<div id="` + drawnID + `" hidden data-set="` + html.EscapeString(p.drawn.setJSON) +
		`" data-meta="` + html.EscapeString(p.drawn.meta) + `"></div>`)
}

// startNow is the set the page opens with when it can be had at once, in
// the browser before the first drawing (OnInit: no context yet, so the
// notices wait in p.told): what the server drew the page from (a set saved
// here for the same article wins over a bare article, as when the app
// opens the address), else — without an address — the last open document
// or the sample. nil: the address's files are fetched once the app is
// mounted, as before.
func (p *Annotator) startNow() *annotate.Set {
	tell := func(n notice.Notice) { p.told = append(p.told, n) }
	q := app.Window().URL().Query()
	if q.Get("open") == "" && q.Get("annotations") == "" {
		return lastOrSample(tell, p.store)
	}
	set, d, ok := takeOver()
	if !ok {
		return nil
	}
	p.taken = &d
	for _, n := range d.Notices {
		tell(fromDrawn(n))
	}
	if !d.FromFile {
		set = savedOrNew(tell, p.store, set.Document)
	}
	return set
}

// started finishes a start whose set was shown before the app mounted:
// the notices, and what opening an address does besides showing it (the
// first save, a clean address bar), then the autosaver's and sync's part.
func (p *Annotator) started(ctx app.Context) {
	s := p.h.Set()
	p.h.Device = p.device()
	if len(p.told) > 0 {
		notice.ShowAll(ctx, p.told)
	}
	p.told = nil
	if p.taken != nil {
		openedByAddress(s)
		p.taken = nil
	}
	p.opened(ctx, s)
	ctx.Defer(func(ctx app.Context) { browser.AfterPaint(ctx, p.shown) })
}
