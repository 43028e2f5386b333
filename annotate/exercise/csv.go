package exercise

import (
	"bytes"
	"encoding/csv"
	"strconv"
	"strings"
)

// CSVHeader is the first row of the results CSV.
var CSVHeader = []string{
	"name", "status", "attempts", "claims", "found", "partly", "missed", "extra",
	"strict_precision", "strict_recall", "strict_f1",
	"lenient_precision", "lenient_recall", "lenient_f1",
	"speaker_right", "speaker_scored", "type_right", "type_scored", "kind_right", "kind_scored",
	"error",
}

// ResultsCSV writes the roster as CSV for a spreadsheet: RFC 4180 with CRLF
// line ends, UTF-8 with a byte-order mark (so Excel reads names right),
// figures with three decimals, and every cell a spreadsheet could run as a
// formula (starting with = + - @ tab or CR) prefixed with a quote. Students
// without saved work get empty score cells.
func ResultsCSV(d *Dashboard) []byte {
	var buf bytes.Buffer
	buf.WriteString("\uFEFF")
	w := csv.NewWriter(&buf)
	w.UseCRLF = true
	w.Write(CSVHeader)
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
		for i, c := range cells {
			cells[i] = Neutralize(c)
		}
		w.Write(cells)
	}
	w.Flush()
	return buf.Bytes()
}

// fig writes a figure in 0..1 with three decimals.
func fig(x float64) string { return strconv.FormatFloat(x, 'f', 3, 64) }

// Neutralize stops a spreadsheet from running a cell as a formula (CSV
// injection): a cell starting with =, +, -, @, tab or carriage return gets
// a leading single quote, which spreadsheets show as text.
func Neutralize(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
