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
	return true
}
