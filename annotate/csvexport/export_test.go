package csvexport

import (
	"bytes"
	"encoding/csv"
	"os"
	"strconv"
	"strings"
	"testing"

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
		{"c2", "disagree", s2, e2, "", "", "", "indirect", "", "opinion", "'\tindented", "", ""},
		{"c3", "'=SUM(A1:A9)", s3, e3, "'@evil", "'+1", "evil", "indirect", "", "other", "'-2+3", "'=HYPERLINK(\"x\"); ok", ""},
		{"c4", "'\t@once more", s4, e4, "", "", "", "indirect", "", "other", "'=1", "", ""}, // a lone CR cannot survive CRLF output
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

// Each formula trigger is neutralized at the start of a cell, and only there.
func TestNeutralize(t *testing.T) {
	for in, want := range map[string]string{
		"=1+1": "'=1+1", "+1": "'+1", "-1": "'-1", "@SUM(A1)": "'@SUM(A1)", "\tx": "'\tx", "\rx": "'\rx",
		"": "", "a=1": "a=1", "1-2": "1-2", " =1": " =1", "'=1": "'=1", "“=”": "“=”",
	} {
		if diff := cmp.Diff(want, neutralize(in)); diff != "" {
			t.Errorf("neutralize(%q) (-want +got):\n%s", in, diff)
		}
	}
}

func TestExportEmpty(t *testing.T) {
	s := annotate.NewSet(annotate.DocumentFromText(annotate.Document{}, "Nothing."))
	data, err := Export(s)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(BOM+strings.Join(Header, ",")+"\r\n", string(data)); diff != "" {
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
