package csvexport

import (
	"bytes"
	"encoding/csv"
	"os"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"

	"whosaid/annotate"
	"whosaid/annotate/native"
)

// parse reads an export back with encoding/csv, after checking the BOM.
func parse(t *testing.T, data []byte) [][]string {
	t.Helper()
	if !bytes.HasPrefix(data, []byte(BOM)) {
		t.Fatalf("no UTF-8 BOM at the start: %q", data[:min(len(data), 8)])
	}
	r := csv.NewReader(bytes.NewReader(data[len(BOM):]))
	r.FieldsPerRecord = len(Header)
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("output is not valid CSV: %v", err)
	}
	return rows
}

func span(t *testing.T, ix *annotate.TextIndex, quote string) annotate.Span {
	t.Helper()
	i := strings.Index(ix.Text(), quote)
	if i < 0 {
		t.Fatalf("%q not in text", quote)
	}
	start, err := ix.FromByte(i)
	if err != nil {
		t.Fatal(err)
	}
	return annotate.MakeSpan(ix, start, start+annotate.RuneLen(quote))
}

func TestExport(t *testing.T) {
	doc := annotate.NewDocument(annotate.Document{}, []annotate.Block{
		{Text: "Ana 🚀 Díaz said: “We will win, with 100% certainty.” Critics, he said, disagree."},
		{Text: "=SUM(A1:A9) was typed by a reader, who wrote\t@once more."},
	})
	ix := annotate.NewTextIndex(doc.Text())
	s := annotate.NewSet(doc)
	s.Speakers = []annotate.Speaker{
		{ID: "ana", Name: "Ana 🚀 Díaz", Kind: annotate.SpeakerPerson, Title: "Minister, \"Sports\""},
		{ID: "evil", Name: "@evil", Kind: annotate.SpeakerPerson, Title: "+1"},
	}
	cue := span(t, ix, "said")
	s.Claims = []annotate.Claim{ // not in document order
		{ID: "c3", Span: span(t, ix, "=SUM(A1:A9)"), SpeakerID: "evil", Attribution: annotate.AttrIndirect, Kind: annotate.KindOther,
			Note: "-2+3", Tags: []string{"=HYPERLINK(\"x\")", "ok"}},
		{ID: "c1", Span: span(t, ix, "“We will win, with 100% certainty.”"), SpeakerID: "ana", Cue: &cue,
			Attribution: annotate.AttrDirect, Kind: annotate.KindPrediction, Note: "line one\nline two, \"quoted\"", Tags: []string{"sport", "🏆"}},
		{ID: "c2", Span: span(t, ix, "disagree"), Attribution: annotate.AttrIndirect, Kind: annotate.KindOpinion, Note: "\tindented"},
		{ID: "c4", Span: span(t, ix, "\t@once more"), Attribution: annotate.AttrIndirect, Kind: annotate.KindOther, Note: "\r=1"},
		{ID: "c5", Span: annotate.Span{Start: 900, End: 910, Exact: "@gone", Prefix: "p"}, Attribution: annotate.AttrIndirect,
			Kind: annotate.KindFact, Orphan: true},
	}
	if err := annotate.Validate(s); err != nil {
		t.Fatalf("fixture: %v", err)
	}
	data, err := Export(s)
	if err != nil {
		t.Fatal(err)
	}
	pos := func(c annotate.Span) (string, string) {
		return strconv.Itoa(c.Start), strconv.Itoa(c.End)
	}
	s1, e1 := pos(s.Claims[1].Span)
	s2, e2 := pos(s.Claims[2].Span)
	s3, e3 := pos(s.Claims[0].Span)
	s4, e4 := pos(s.Claims[3].Span)
	want := [][]string{
		Header,
		{"c1", "“We will win, with 100% certainty.”", s1, e1, "Ana 🚀 Díaz", "Minister, \"Sports\"", "ana", "direct", "said", "prediction", "line one\nline two, \"quoted\"", "sport; 🏆", ""},
		{"c2", "disagree", s2, e2, "", "", "", "indirect", "", "opinion", "\tindented", "", ""},
		{"c3", "'=SUM(A1:A9)", s3, e3, "'@evil", "+1", "evil", "indirect", "", "other", "'-2+3", "'=HYPERLINK(\"x\"); ok", ""},
		{"c4", "\t'@once more", s4, e4, "", "", "", "indirect", "", "other", "\n'=1", "", ""}, // a lone CR becomes a line break
		{"c5", "'@gone", "900", "910", "", "", "", "indirect", "", "fact", "", "", "yes"},
	}
	if diff := cmp.Diff(want, parse(t, data)); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}
	// Every record ends in CRLF, including line breaks inside quoted cells.
	body := string(data[len(BOM):])
	if !strings.HasSuffix(body, "\r\n") {
		t.Errorf("file does not end with CRLF")
	}
	if n := strings.Count(strings.ReplaceAll(body, "\r\n", ""), "\n"); n != 0 {
		t.Errorf("%d bare LF line ends", n)
	}
}

// A cell is neutralized when a spreadsheet would run it as a formula —
// whatever white space or line breaks come first — and only then: plain
// numbers and text keep no stray quote.
func TestNeutralize(t *testing.T) {
	for in, want := range map[string]string{
		"=1+1": "'=1+1", "-2+3": "'-2+3", "+A1": "'+A1", "@SUM(A1)": "'@SUM(A1)", "-checked": "'-checked", "=": "'=",
		" =1": "' =1", "\t=1": "\t'=1", "\r\n=2+2": "\r\n'=2+2", "\n\n  @x": "\n\n'  @x", "\r=1": "\r'=1",
		"budget items;=1+1;see above": "budget items;'=1+1;see above", "a|+B2": "a|'+B2", "line\r\n-cmd": "line\r\n'-cmd",
		"": "", "a=1": "a=1", "1-2": "1-2", "'=1": "'=1", "“=”": "“=”", "\tindented": "\tindented", "\r\nline": "\r\nline",
		"-1": "-1", "+3.5%": "+3.5%", "-1,000": "-1,000", "+49": "+49", "42": "42", "a; -5": "a; -5", "-inf": "'-inf",
	} {
		if diff := cmp.Diff(want, neutralize(in)); diff != "" {
			t.Errorf("neutralize(%q) (-want +got):\n%s", in, diff)
		}
	}
}

// Whatever separator a spreadsheet guesses, no cell it can see starts a
// formula: read with commas (honouring the quotes), and read with a
// semicolon, tab or bar by a reader that takes the quotes for text and
// starts a row at every line break.
func TestExportSafeWhateverTheSeparator(t *testing.T) {
	doc := annotate.NewDocument(annotate.Document{}, []annotate.Block{{Text: "The mayor said the plan works."}})
	ix := annotate.NewTextIndex(doc.Text())
	s := annotate.NewSet(doc)
	s.Speakers = []annotate.Speaker{{ID: "m", Name: "Mayor;@x", Title: "a\n=1"}}
	s.Claims = []annotate.Claim{
		{ID: "c1", Span: span(t, ix, "the plan works"), Note: "budget items;=1+1;see above", Tags: []string{"a\tb", "x|=2", "-checked"}},
		{ID: "c2", Span: span(t, ix, "mayor"), SpeakerID: "m", Note: "\n=2+2\r-3+4\r\n @SUM(A1);\t+A2"},
	}
	data, err := Export(s)
	if err != nil {
		t.Fatal(err)
	}
	for _, row := range parse(t, data) {
		for k, cell := range row {
			if formula(cell) {
				t.Errorf("read with commas: cell %d %q is a formula", k, cell)
			}
		}
	}
	body := string(data[len(BOM):])
	for _, sep := range []string{";", "\t", "|"} {
		for _, line := range strings.Split(body, "\r\n") {
			for _, cell := range strings.Split(line, sep) {
				if formula(strings.TrimLeft(cell, `"`)) {
					t.Errorf("read with %q, quotes as text: cell %q is a formula", sep, cell)
				}
			}
		}
	}
	rows := parse(t, data)
	if got := rows[2][10]; got != "budget items;'=1+1;see above" {
		t.Errorf("note = %q", got)
	}
	if got := rows[1][10]; got != "\n'=2+2\n'-3+4\n' @SUM(A1);\t'+A2" {
		t.Errorf("note = %q", got)
	}
}

// formula tells whether a spreadsheet would run the cell.
func formula(cell string) bool {
	t := strings.TrimLeftFunc(cell, unicode.IsSpace)
	return t != "" && strings.ContainsRune("=+-@", rune(t[0])) && !isNumber(t)
}

func TestExportEmpty(t *testing.T) {
	s := annotate.NewSet(annotate.DocumentFromText(annotate.Document{}, "Nothing."))
	data, err := Export(s)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(BOM+`"`+strings.Join(Header, `","`)+"\"\r\n", string(data)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// The sample set: one row per claim, in document order, quotes intact.
func TestExportSample(t *testing.T) {
	raw, err := os.ReadFile("../testdata/sample-set.json")
	if err != nil {
		t.Fatal(err)
	}
	s, err := native.Decode(raw)
	if err != nil {
		t.Fatal(err)
	}
	data, err := Export(s)
	if err != nil {
		t.Fatal(err)
	}
	var want, got [][]string
	for _, c := range s.SortedClaims() {
		want = append(want, []string{c.ID, c.Span.Exact, s.SpeakerName(c), string(c.Attribution), string(c.Kind)})
	}
	for _, r := range parse(t, data)[1:] {
		got = append(got, []string{r[0], r[1], r[4], r[7], r[9]})
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
