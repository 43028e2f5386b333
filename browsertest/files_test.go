package browsertest

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"whosaid/annotate"
	"whosaid/annotate/csvexport"
	"whosaid/annotate/native"
	"whosaid/annotate/w3c"
)

// Files scenarios: export, import, open an article, the library.

// TestExportEachFormat downloads the three exports and reads them back with
// the annotate packages.
func TestExportEachFormat(t *testing.T) {
	_, b, want := withFixture(t)
	dir := enableDownloads(b)
	day := time.Now().Format("2006-01-02")

	name, got := downloadVia(b, "#export-native", dir, ".whosaid.json")
	if wantName := "china-russia-explainer-" + day + ".whosaid.json"; name != wantName {
		t.Errorf("native file name = %q, want %q", name, wantName)
	}
	set, err := native.Decode(got)
	if err != nil {
		t.Fatalf("native export: %v", err)
	}
	if d := cmp.Diff(want, set); d != "" {
		t.Errorf("native export (-imported +exported):\n%s", d)
	}

	name, got = downloadVia(b, "#export-w3c", dir, ".w3c.jsonld")
	if wantName := "china-russia-explainer-" + day + ".w3c.jsonld"; name != wantName {
		t.Errorf("W3C file name = %q, want %q", name, wantName)
	}
	set, err = w3c.Import(got, nil)
	if err != nil {
		t.Fatalf("W3C export does not import: %v", err)
	}
	if d := cmp.Diff(want, set); d != "" {
		t.Errorf("W3C export read back (-imported +exported):\n%s", d)
	}

	// For JavaScript tools: a plain array, offsets in UTF-16 units; read
	// back onto the article, the same claims.
	name, got = downloadVia(b, "#export-w3c-array", dir, ".w3c-array.json")
	if wantName := "china-russia-explainer-" + day + ".w3c-array.json"; name != wantName {
		t.Errorf("W3C array file name = %q, want %q", name, wantName)
	}
	if !bytes.HasPrefix(got, []byte("[")) {
		t.Errorf("W3C array export is not a plain array: %.40q", got)
	}
	flat, _, err := w3c.Read(got, &want.Document)
	if err != nil {
		t.Fatalf("W3C array export does not import: %v", err)
	}
	if d := cmp.Diff(want.Claims, flat.Claims); d != "" {
		t.Errorf("W3C array export read back (-imported +exported):\n%s", d)
	}

	name, got = downloadVia(b, "#export-csv", dir, ".csv")
	if wantName := "china-russia-explainer-" + day + ".csv"; name != wantName {
		t.Errorf("CSV file name = %q, want %q", name, wantName)
	}
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(got, []byte(csvexport.BOM)))).ReadAll()
	if err != nil {
		t.Fatalf("CSV export does not parse: %v", err)
	}
	if d := cmp.Diff(csvexport.Header, rows[0]); d != "" {
		t.Errorf("CSV header (-want +got):\n%s", d)
	}
	if len(rows)-1 != len(want.Claims) {
		t.Errorf("CSV has %d claim rows, want %d", len(rows)-1, len(want.Claims))
	}
	quotes := map[string]bool{}
	for _, c := range want.Claims {
		quotes[c.Span.Exact] = true
	}
	for i, r := range rows[1:] {
		if !quotes[r[1]] {
			t.Errorf("CSV row %d quote %q is not a claim's quote", i+1, r[1])
		}
	}
}

// editedW3C is a W3C export made on an edited version of the sample
// article: one claim on text both versions share, one on a sentence only
// the edited version has.
func editedW3C(t *testing.T) []byte {
	t.Helper()
	orig, _ := fixtureSet(t)
	blocks := append([]annotate.Block(nil), orig.Document.Blocks...)
	added := "The ministry said the talks would resume in the autumn after a pause of several months."
	blocks[4].Text = blocks[4].Text + " " + added
	blocks = append(blocks[:2], blocks[3:]...) // drop a caption
	doc := annotate.NewDocument(annotate.Document{Title: orig.Document.Title, Language: "en"}, blocks)
	set := annotate.NewSet(doc)
	ix := annotate.NewTextIndex(doc.Text())
	at := func(quote string) annotate.Span {
		i := strings.Index(doc.Text(), quote)
		if i < 0 {
			t.Fatalf("%q not in the edited text", quote)
		}
		start := annotate.RuneLen(doc.Text()[:i])
		return annotate.MakeSpan(ix, start, start+annotate.RuneLen(quote))
	}
	now := time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC)
	set.Speakers = []annotate.Speaker{{ID: "lavrov", Name: "Sergei Lavrov", Kind: annotate.SpeakerPerson}}
	set.Claims = []annotate.Claim{
		{ID: "kept", Span: at("We have a common goal of increasing security in Eurasia"), SpeakerID: "lavrov",
			Attribution: annotate.AttrDirect, Kind: annotate.KindOpinion, Created: now, Modified: now},
		{ID: "gone", Span: at("the talks would resume in the autumn after a pause of several months"),
			Attribution: annotate.AttrIndirect, Kind: annotate.KindPrediction, Created: now, Modified: now},
	}
	if err := annotate.Validate(set); err != nil {
		t.Fatal(err)
	}
	data, err := w3c.Export(set)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestImportW3CFromEditedTextKeepsOrphans: claims that cannot be placed in
// the open text are kept and shown for the user to place or discard.
func TestImportW3CFromEditedTextKeepsOrphans(t *testing.T) {
	s := startServer(t)
	b := newBrowser(t, "")
	reopen(b, s.URL+"/")
	dir := enableDownloads(b)
	text := importAnnotations(b, writeTemp(t, "edited.w3c.jsonld", editedW3C(t)))
	if !strings.Contains(text, "1 could not be placed") || !strings.Contains(text, "different version of the text") {
		t.Errorf("import notice = %q", text)
	}
	b.Wait(`document.querySelectorAll("#orphans-list li.orphan").length === 1`)
	if got := eval[string](b, `document.querySelector("#orphans-list li.orphan .claim-quote").textContent`); !strings.Contains(got, "the talks would resume") {
		t.Errorf("orphan shown = %q", got)
	}
	waitSaved(b)
	set := exportNativeSet(b, dir)
	orphans := map[string]bool{}
	for _, c := range set.Claims {
		orphans[c.ID] = c.Orphan
	}
	if d := cmp.Diff(map[string]bool{"kept": false, "gone": true}, orphans); d != "" {
		t.Errorf("claims' orphan flags (-want +got):\n%s", d)
	}
	if set.Document.ID != eval[string](b, `localStorage.getItem("whosaid/v1/last")`) {
		t.Errorf("the imported claims are not on the open article")
	}
}

// TestImportBadFileListsEveryProblem: a broken file is refused with each
// problem named, and nothing changes.
func TestImportBadFileListsEveryProblem(t *testing.T) {
	_, data := fixtureSet(t)
	bad := strings.Replace(string(data), `"attribution": "direct"`, `"attribution": "shouted"`, 2)
	bad = strings.Replace(bad, `"kind": "person"`, `"kind": "robot"`, 1)
	s := startServer(t)
	b := newBrowser(t, "")
	reopen(b, s.URL+"/")
	openDialog(b, "#import-annotations", "#import-file")
	uploadTo(b, "#import-file", writeTemp(t, "bad.whosaid.json", []byte(bad)))
	b.Wait(`document.querySelectorAll("#import-problems li").length >= 3`)
	b.screenshot("files-import-problems")
	problems := eval[[]string](b, `[...document.querySelectorAll("#import-problems li")].map(li => li.textContent)`)
	var attr, kind int
	for _, p := range problems {
		if strings.Contains(p, ".attribution") && strings.Contains(p, "shouted") {
			attr++
		}
		if strings.Contains(p, "speakers[") && strings.Contains(p, "robot") {
			kind++
		}
	}
	if attr != 2 || kind != 1 {
		t.Errorf("problems listed = %q; want 2 attribution and 1 speaker kind problems", problems)
	}
	if got := localItem(b, "whosaid/v1/index"); got != "" {
		t.Errorf("a refused import saved something: %s", got)
	}
}

// TestOpenArticleByPaste: pasted text becomes the open article, saved.
func TestOpenArticleByPaste(t *testing.T) {
	s := startServer(t)
	b := newBrowser(t, "")
	reopen(b, s.URL+"/")
	openDialog(b, "#open-article", "#open-article-dialog")
	b.Wait(`!!document.querySelector("#article-paste")`)
	text := "Harbour plan approved\n\nThe council approved the harbour plan on Monday, the mayor said. 🚢\n\n“It is a good day,” she said."
	eval[bool](b, fmt.Sprintf(`(() => {
	  const t = document.querySelector("#article-title"); t.value = "Harbour plan"; t.dispatchEvent(new Event("input", {bubbles: true}));
	  const a = document.querySelector("#article-paste"); a.value = %q; a.dispatchEvent(new Event("input", {bubbles: true}));
	  return true })()`, text))
	b.Wait(`!document.querySelector("#article-paste-open").disabled`)
	b.screenshot("files-open-article-dialog")
	clickSel(b, "#article-paste-open")
	b.Wait(`!document.querySelector("#open-article-dialog")`)
	b.Wait(`document.querySelector("#article")?.textContent.includes("It is a good day")`)
	waitSaved(b)
	id := localItem(b, "whosaid/v1/last")
	stored, err := native.Decode([]byte(localItem(b, "whosaid/v1/doc/"+id)))
	if err != nil {
		t.Fatal(err)
	}
	if stored.Document.Title != "Harbour plan" || !strings.Contains(stored.Document.Text(), "mayor said. 🚢") || len(stored.Claims) != 0 {
		t.Errorf("stored document = %+v", stored.Document)
	}
	// Reload: the pasted article is still the one open.
	reopen(b, s.URL+"/")
	b.Wait(`document.querySelector("#article")?.textContent.includes("It is a good day")`)
}

// TestOpenArticleByUpload: a Markdown file becomes the open article with
// its headline as a headline block.
func TestOpenArticleByUpload(t *testing.T) {
	s := startServer(t)
	b := newBrowser(t, "")
	reopen(b, s.URL+"/")
	md := "# Bridge reopens after repairs\n\nThe bridge reopened on *Tuesday*, officials said.\n\n“Traffic is flowing again,” said the engineer Ana Ruiz.\n"
	path := writeTemp(t, "bridge.md", []byte(md))
	openDialog(b, "#open-article", "#open-article-dialog")
	uploadTo(b, "#article-file", path)
	b.Wait(`!document.querySelector("#open-article-dialog")`)
	b.Wait(`document.querySelector("#article")?.textContent.includes("Traffic is flowing again")`)
	waitSaved(b)
	stored, err := native.Decode([]byte(localItem(b, "whosaid/v1/doc/"+localItem(b, "whosaid/v1/last"))))
	if err != nil {
		t.Fatal(err)
	}
	if len(stored.Document.Blocks) == 0 || stored.Document.Blocks[0].Kind != annotate.BlockHeadline ||
		stored.Document.Blocks[0].Text != "Bridge reopens after repairs" {
		t.Errorf("blocks = %+v", stored.Document.Blocks)
	}
	// A file that is not an article is refused with a message.
	openDialog(b, "#open-article", "#open-article-dialog")
	uploadTo(b, "#article-file", writeTemp(t, "photo.png", []byte("\x89PNG\r\n")))
	b.Wait(`document.querySelectorAll("#open-article-problems li").length > 0`)
	if got := eval[string](b, `document.querySelector("#open-article-problems").textContent`); !strings.Contains(got, "photo.png") {
		t.Errorf("problem = %q", got)
	}
	// Escape closes the dialog; the open article stays.
	if id := eval[string](b, `document.activeElement?.id ?? ""`); id != "article-file" && id != "article-paste" {
		t.Errorf("focus is on %q, not in the dialog", id)
	}
	eval[bool](b, `document.querySelector("#article-file").dispatchEvent(new KeyboardEvent("keydown", {key: "Escape", bubbles: true})) || true`)
	b.Wait(`!document.querySelector("#open-article-dialog")`)
	b.Wait(`document.querySelector("#article")?.textContent.includes("Traffic is flowing again")`)
}

// TestLibraryListsAndDeletes: the library lists what was annotated here;
// an article is reopened from it, another deleted after confirmation.
func TestLibraryListsAndDeletes(t *testing.T) {
	s, b, sample := withFixture(t)
	waitSync(b, "synced")
	token := localItem(b, tokenKey)
	if status := serverSetStatus(t, s.URL, token, sample.Document.ID); status != 200 {
		t.Fatalf("the imported set is not on the server: GET %d", status)
	}
	// A second article, opened by upload.
	openDialog(b, "#open-article", "#open-article-dialog")
	uploadTo(b, "#article-file", writeTemp(t, "bridge.txt", []byte("Bridge reopens\n\nThe bridge reopened on Tuesday, officials said.\n")))
	b.Wait(`document.querySelector("#article")?.textContent.includes("bridge reopened")`)
	waitSaved(b)

	clickSel(b, "#library-link")
	b.Wait(`document.querySelectorAll("#library-list tr.library-entry").length === 2`)
	rows := eval[[]string](b, `[...document.querySelectorAll("#library-list tr.library-entry")].map(r => r.querySelector(".library-title").textContent + "|" + r.querySelector(".library-claims").textContent)`)
	if d := cmp.Diff([]string{"Bridge reopens|0", fmt.Sprintf("China Russia Explainer|%d", len(sample.Claims))}, rows); d != "" {
		t.Errorf("library rows (-want +got):\n%s", d)
	}
	// With sync on, the page says the server has a copy that goes too.
	if intro := eval[string](b, `document.querySelector(".library-intro").textContent`); !strings.Contains(intro, "deletes it there too") {
		t.Errorf("library intro with sync on = %q", intro)
	}
	// Delete asks first; Cancel keeps it.
	row := fmt.Sprintf(`#library-list tr[data-id=%q]`, sample.Document.ID)
	clickSel(b, row+" .delete-doc")
	b.Wait(fmt.Sprintf(`!!document.querySelector(%q)`, row+" .confirm-delete"))
	b.screenshot("files-library-confirm")
	clickSel(b, row+" .cancel-delete")
	b.Wait(fmt.Sprintf(`!!document.querySelector(%q)`, row+" .delete-doc"))
	if localItem(b, "whosaid/v1/doc/"+sample.Document.ID) == "" {
		t.Fatalf("cancelled deletion deleted")
	}
	clickSel(b, row+" .delete-doc")
	clickSel(b, row+" .confirm-delete")
	b.Wait(`document.querySelectorAll("#library-list tr.library-entry").length === 1`)
	if localItem(b, "whosaid/v1/doc/"+sample.Document.ID) != "" {
		t.Errorf("deleted article still stored")
	}
	if text := waitNotice(b, "deleted"); !strings.Contains(text, "sync server is deleted too") {
		t.Errorf("deletion notice = %q", text)
	}
	// The server copy goes too (else the same token would bring it back
	// on another device).
	deadline := time.Now().Add(30 * time.Second)
	for serverSetStatus(t, s.URL, token, sample.Document.ID) != 204 { // nothing stored
		if time.Now().After(deadline) {
			t.Fatalf("the deleted set is still on the server; pending: %q", localItem(b, "whosaid/v1/sync/gone/"+sample.Document.ID))
		}
		time.Sleep(200 * time.Millisecond)
	}
	b.Wait(fmt.Sprintf(`localStorage.getItem(%q) === null`, "whosaid/v1/sync/gone/"+sample.Document.ID))
	// Open the remaining one.
	clickSel(b, "#library-list tr.library-entry .open-doc")
	b.Wait(`document.querySelector("#article")?.textContent.includes("bridge reopened")`)
}

// webWith copies the web folder to a temporary one with extra files, for
// a server that serves them under /web/.
func webWith(t testing.TB, files map[string][]byte) string {
	t.Helper()
	dir := t.TempDir()
	entries, err := os.ReadDir(webDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		data, err := os.ReadFile(filepath.Join(webDir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if _, extra := files[e.Name()]; !extra {
			files[e.Name()] = data
		}
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestOpenByURLParameters: /?open=…&annotations=… fetches an article and
// an annotation file from the site, applies one to the other and saves.
func TestOpenByURLParameters(t *testing.T) {
	want, files := lessonFiles(t)
	_, data := fixtureSet(t)
	files["claims.whosaid.json"] = data
	web := webWith(t, files)
	s := startServer(t, "--web", web)
	b := newBrowser(t, "")
	reopen(b, s.URL+"/?open=/web/article.txt&annotations=/web/claims.w3c.jsonld")
	dir := enableDownloads(b)
	b.Wait(fmt.Sprintf(`document.querySelectorAll("#claims-list li[data-claim-id]").length === %d`, len(want.Claims)))
	b.Wait(`location.search === ""`)
	waitSaved(b)
	if d := cmp.Diff(want, exportNativeSet(b, dir)); d != "" {
		t.Errorf("opened by address (-want +got):\n%s", d)
	}
	// A native file alone opens too.
	eval[bool](b, `localStorage.clear(); true`)
	reopen(b, s.URL+"/?open=/web/claims.whosaid.json")
	b.Wait(fmt.Sprintf(`document.querySelectorAll("#claims-list li[data-claim-id]").length === %d`, len(want.Claims)))
	// A missing file: a notice, and the app opens anyway.
	reopen(b, s.URL+"/?open=/web/missing.txt")
	text := waitNotice(b, "open-url")
	if !strings.Contains(text, "404") || !strings.Contains(text, "missing.txt") {
		t.Errorf("notice = %q", text)
	}
	b.Wait(`document.querySelectorAll("#article [data-base]").length > 5`)
	// Another site is refused.
	reopen(b, s.URL+"/?open=https://example.com/a.txt")
	if text := waitNotice(b, "open-url"); !strings.Contains(text, "another site") {
		t.Errorf("notice = %q", text)
	}
}

// TestImportHypothesisShowsWarnings: a Hypothesis API search reply (made
// after its published format) is imported onto the article it annotates.
// Before anything changes, the import dialog lists what does not fit —
// a reply and a page note left out, positions counted on the whole web
// page, properties not kept — each at its place in the file; importing
// then keeps the annotations' own ids for export, and invents no labels.
func TestImportHypothesisShowsWarnings(t *testing.T) {
	corpus := filepath.Join("..", "annotate", "load", "testdata", "corpus")
	s := startServer(t)
	b := newBrowser(t, "")
	reopen(b, s.URL+"/")
	dir := enableDownloads(b)
	openDialog(b, "#open-article", "#open-article-dialog")
	uploadTo(b, "#article-file", writeTemp(t, "article.txt", mustRead(t, filepath.Join(corpus, "article.txt"))))
	b.Wait(`document.querySelector("#article")?.textContent.includes("Harbour tunnel opens")`)

	openDialog(b, "#import-annotations", "#import-file")
	uploadTo(b, "#import-file", writeTemp(t, "hypothesis-search.json", mustRead(t, filepath.Join(corpus, "hypothesis-search.json"))))
	b.Wait(`document.querySelectorAll("#import-warnings li").length > 0`)
	b.screenshot("files-import-hypothesis-warnings")
	title := eval[string](b, `document.querySelector("#import-review-title").textContent`)
	if !strings.Contains(title, "hypothesis-search.json (Hypothesis API JSON): 2 claims to import") {
		t.Errorf("review title = %q", title)
	}
	warnings := eval[[]string](b, `[...document.querySelectorAll("#import-warnings li")].map(li => li.textContent)`)
	for _, want := range []string{
		"rows[1]: a reply to annotation Qm9pWs8hEe6bXXc6XVwFaQ (it marks no text of its own): left out",
		"rows[2].target: selects no text (a note on a whole page): left out",
		"rows[0].target[0].selector[1]: 1301–1331 does not hold the quote: placed by the quote, at 95–125",
	} {
		if !contains(warnings, want) {
			t.Errorf("warnings lack %q:\n%s", want, strings.Join(warnings, "\n"))
		}
	}
	// Nothing is imported until the user says so.
	if n := eval[int](b, `document.querySelectorAll("#article mark[data-ids]").length`); n != 0 {
		t.Errorf("%d highlights before confirming", n)
	}
	if id := eval[string](b, `document.activeElement?.id ?? ""`); id != "import-confirm" {
		t.Errorf("focus on %q, want the Import button", id)
	}
	clickSel(b, "#import-confirm")
	text := waitNotice(b, "import")
	if !strings.Contains(text, "Imported 2 claims (Hypothesis API JSON)") {
		t.Errorf("import notice = %q", text)
	}
	b.Wait(`document.querySelectorAll("#article mark[data-ids]").length >= 2`)
	waitSaved(b)
	set := exportNativeSet(b, dir)
	var ids, labels []string
	for _, c := range set.Claims {
		if c.Origin != nil {
			ids = append(ids, c.Origin.ID)
		}
		labels = append(labels, string(c.Attribution)+"/"+string(c.Kind))
	}
	if d := cmp.Diff([]string{"https://hypothes.is/a/Qm9pWs8hEe6bXXc6XVwFaQ", "https://hypothes.is/a/Vx7uWs8hEe6bXXc6XVwFaQ"}, ids); d != "" {
		t.Errorf("kept ids (-want +got):\n%s", d)
	}
	if d := cmp.Diff([]string{"/", "/"}, labels); d != "" {
		t.Errorf("labels (-want +got):\n%s", d)
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
