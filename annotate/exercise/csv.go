package exercise

import (
	"strconv"
	"strings"

	"whosaid/annotate/csvexport"
)

// CSVHeader is the first row of the results CSV.
var CSVHeader = []string{
	"name", "status", "attempts", "claims", "found", "partly", "missed", "extra",
	"strict_precision", "strict_recall", "strict_f1",
	"lenient_precision", "lenient_recall", "lenient_f1",
	"speaker_right", "speaker_scored", "type_right", "type_scored", "kind_right", "kind_scored",
	"error",
}

// ResultsCSV writes the roster as CSV for a spreadsheet the way every
// whosaid CSV is written (csvexport.WriteRow: RFC 4180, CRLF, UTF-8 with a
// byte-order mark so Excel reads names right, each cell quoted and
// formula-safe — a student's name is the student's to choose), figures
// with three decimals. Students without saved work get empty score cells.
func ResultsCSV(d *Dashboard) []byte {
	var buf strings.Builder
	buf.WriteString(csvexport.BOM)
	csvexport.WriteRow(&buf, CSVHeader)
	for _, r := range d.Roster {
		cells := []string{r.Name, string(r.Status), strconv.Itoa(r.Attempts), strconv.Itoa(r.Claims)}
		if rep := r.Report; rep != nil {
			found, partly, missed := outcomes(rep)
			cells = append(cells, strconv.Itoa(found), strconv.Itoa(partly), strconv.Itoa(missed), strconv.Itoa(len(rep.Extras)),
				fig(rep.Strict.Precision), fig(rep.Strict.Recall), fig(rep.Strict.F1),
				fig(rep.Lenient.Precision), fig(rep.Lenient.Recall), fig(rep.Lenient.F1),
				strconv.Itoa(rep.Speaker.Right), strconv.Itoa(rep.Speaker.Scored),
				strconv.Itoa(rep.Attribution.Right), strconv.Itoa(rep.Attribution.Scored),
				strconv.Itoa(rep.Kind.Right), strconv.Itoa(rep.Kind.Scored), r.Error)
		} else {
			cells = append(cells, make([]string, 16)...)
			cells = append(cells, r.Error)
		}
		csvexport.WriteRow(&buf, cells)
	}
	return []byte(buf.String())
}

// fig writes a figure in 0..1 with three decimals.
func fig(x float64) string { return strconv.FormatFloat(x, 'f', 3, 64) }
