package annotator

import (
	"fmt"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
	"whosaid/annotate/csvexport"
	"whosaid/annotate/filename"
	"whosaid/annotate/native"
	"whosaid/annotate/w3c"
	"whosaid/app/browser"
	"whosaid/app/notice"
	"whosaid/app/wording"
)

// exportFormat is one way to download the annotations.
type exportFormat struct {
	ID     string // "native", "w3c", "csv"
	Label  string
	Suffix string // file name suffix after the title and date
	MIME   string
	Encode func(*annotate.Set) ([]byte, error)
}

var (
	exportNative = exportFormat{"native", "whosaid JSON", ".whosaid.json", "application/json", native.Encode}
	exportW3C    = exportFormat{"w3c", "W3C Web Annotation (JSON-LD)", ".w3c.jsonld", "application/ld+json", w3c.Export}
	// exportW3CArray is for Recogito, Annotorious and other JavaScript
	// tools: a plain array of annotations, offsets in UTF-16 units.
	exportW3CArray = exportFormat{"w3c-array", "W3C annotations as a plain array with UTF-16 offsets, for Recogito, Annotorious and other JavaScript tools",
		".w3c-array.json", "application/json", func(s *annotate.Set) ([]byte, error) {
			return w3c.ExportWith(s, w3c.Options{Flat: true, UTF16: true})
		}}
	exportCSV = exportFormat{"csv", "CSV (spreadsheet)", ".csv", "text/csv", csvexport.Export}
)

var exportFormats = []exportFormat{exportNative, exportW3C, exportW3CArray, exportCSV}

// exportFileName names a download after the article and the day
// (annotate/filename): "china-russia-explainer-2026-11-28.whosaid.json".
func exportFileName(set *annotate.Set, f exportFormat, day time.Time) string {
	return filename.Dated(wording.Name(set), day, f.Suffix)
}

// exportDownload encodes the set and downloads it; on failure it shows a
// notice listing every problem.
func exportDownload(ctx app.Context, set *annotate.Set, f exportFormat) bool {
	if set == nil {
		notice.Show(ctx, notice.Notice{Level: notice.Error, Text: "There is no open article to export."})
		return false
	}
	data, err := f.Encode(set)
	if err != nil {
		notice.Show(ctx, notice.Notice{
			Key:     "export-error",
			Level:   notice.Error,
			Title:   fmt.Sprintf("Could not export as %s", f.Label),
			Details: wording.ProblemLines(err),
		})
		return false
	}
	browser.Download(exportFileName(set, f, time.Now()), f.MIME, data)
	if f.ID != exportNative.ID {
		warnVersionsLeftOut(ctx, set, f)
	}
	return true
}

// warnVersionsLeftOut says which claims kept versions from another device
// that the file just downloaded does not carry (W3C and CSV hold each
// claim as it is now): they are still here, and whosaid JSON keeps them.
func warnVersionsLeftOut(ctx app.Context, set *annotate.Set, f exportFormat) {
	var items []notice.Item
	n := 0
	for i := range set.Claims {
		c := &set.Claims[i]
		if !c.HasConflicts() {
			continue
		}
		if n++; n <= maxNoticeItems {
			items = append(items, notice.Item{Key: c.ID, Text: fmt.Sprintf("“%s”: %s from another device",
				wording.Clip(c.Span.Exact, 60), wording.Plural(len(c.Conflicts), "version", "versions"))})
		}
	}
	if n == 0 {
		return
	}
	if n > maxNoticeItems {
		items = append(items, notice.Item{Text: fmt.Sprintf("…and %d more.", n-maxNoticeItems)})
	}
	notice.Show(ctx, notice.Notice{
		Key:   "export-versions",
		Level: notice.Warning,
		Title: fmt.Sprintf("The %s file leaves out versions not chosen yet", f.Label),
		Text: wording.Plural(n, "claim has", "claims have") +
			" a version from another device waiting for your choice. The file holds each claim as it is now; " +
			"the versions stay here, and a whosaid JSON export keeps them.",
		Items: items,
		Actions: []notice.Action{{Label: "Export whosaid JSON", Run: func(ctx app.Context) {
			exportDownload(ctx, set, exportNative)
		}}},
	})
}
