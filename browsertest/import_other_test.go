package browsertest

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// TestImportOtherFileSaysWhatItIs: importing a file that holds no
// annotations — a spreadsheet's CSV (with Excel's byte-order mark), the
// app's own CSV export, a PDF — says what the file is and which formats
// can be imported, instead of a JSON parser's message; nothing already
// there is lost.
func TestImportOtherFileSaysWhatItIs(t *testing.T) {
	_, b, set := withFixture(t)
	dir := enableDownloads(b)
	_, ownCSV := downloadVia(b, "#export-csv", dir, ".csv")
	for _, f := range []struct {
		name string
		data []byte
		want string
	}{
		{"speakers.csv", []byte("\uFEFF\"Name\",\"Quote\"\r\n\"Sergei Lavrov\",\"We will not move\"\r\n"), `a CSV table with the columns "Name", "Quote", not an annotation file`},
		{"export.csv", ownCSV, "whosaid's CSV export, which is for spreadsheets: it cannot be imported back"},
		{"article.pdf", []byte("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj"), "a PDF document, not an annotation file"},
	} {
		text := importProblem(b, writeTemp(t, f.name, f.data))
		if !strings.Contains(text, f.name) || !strings.Contains(text, f.want) {
			t.Errorf("importing %s: notice %q, want the file's name and %q", f.name, text, f.want)
		}
		if f.name != "export.csv" && !strings.Contains(text, "W3C Web Annotation") {
			t.Errorf("importing %s: the notice does not say what can be imported: %q", f.name, text)
		}
		for _, bad := range []string{"invalid character", "not JSON"} {
			if strings.Contains(text, bad) {
				t.Errorf("importing %s: the notice says %q: %q", f.name, bad, text)
			}
		}
	}
	if got := storedClaims(b, set.Document.ID); got != len(set.Claims) {
		t.Errorf("%d claims kept, want %d", got, len(set.Claims))
	}
}

// importProblem imports a file that cannot be imported and returns what
// the import dialog says about it.
func importProblem(b *browser, path string) string {
	b.t.Helper()
	if !eval[bool](b, `!!document.querySelector("#import-file")`) {
		openDialog(b, "#import-annotations", "#import-file")
	}
	uploadTo(b, "#import-file", path)
	alert := `document.querySelector("#import-problems")?.parentElement.textContent ?? ""`
	b.Wait(fmt.Sprintf(`(%s).includes(%q)`, alert, filepath.Base(path)))
	return eval[string](b, alert)
}
