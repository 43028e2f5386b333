package w3c

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"whosaid/annotate"
)

const mustsTest = "annotations/annotationMusts.test"

// Every exported annotation passes all 14 MUST assertions and the selector
// checks.
func TestExportConformance(t *testing.T) {
	musts := loadTest(t, mustsTest)
	if len(musts) != 14 {
		t.Fatalf("%s: %d assertions, want 14", mustsTest, len(musts))
	}
	sels := selectorAssertions(t)
	sets := fixtures(t)
	for name, s := range corpusSets(t) {
		sets["corpus/"+name] = s
	}
	for name, s := range sets {
		for _, opt := range []Options{{}, {Flat: true}, {Flat: true, UTF16: true}} {
			t.Run(fmt.Sprintf("%s/%+v", name, opt), func(t *testing.T) {
				data, err := ExportWith(s, opt)
				if err != nil {
					t.Fatal(err)
				}
				items := exportedItems(t, data)
				if len(items) != len(s.Claims) {
					t.Fatalf("%d annotations for %d claims", len(items), len(s.Claims))
				}
				for i, anno := range items {
					if f := failures(musts, anno); len(f) > 0 {
						t.Errorf("annotation %d fails MUST assertions %v", i, f)
					}
					// An orphan has its quote only: its position is not
					// where the quote is, and other tools would highlight it.
					want := 2
					if s.Claims[i].Orphan {
						want = 1
					}
					selectors := selectorsOf(anno)
					if len(selectors) != want {
						t.Errorf("annotation %d has %d selectors, want %d", i, len(selectors), want)
					}
					for k, sel := range selectors {
						if f := failures(sels, sel); len(f) > 0 {
							t.Errorf("annotation %d selector %d fails %v", i, k, f)
						}
					}
				}
			})
		}
	}
}

// corpusSets are the other tools' files of annotate/load's corpus, read
// onto its article: re-exported, they keep their ids, motivations,
// sources and bodies, and must still conform.
func corpusSets(t *testing.T) map[string]*annotate.Set {
	dir := "../load/testdata/corpus"
	art, err := os.ReadFile(filepath.Join(dir, "article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	doc := annotate.DocumentFromText(annotate.Document{}, annotate.NormalizeText(string(art)))
	out := map[string]*annotate.Set{}
	for name, read := range map[string]func([]byte, *annotate.Document) (*annotate.Set, annotate.Problems, error){
		"hypothesis-search.json": ReadHypothesis, "hypothesis-array.json": ReadHypothesis, "hypothesis-single.json": ReadHypothesis,
		"hypothesis-jsonld.json": Read, "recogito-w3c.json": Read, "annotorious-native.json": ReadAnnotorious,
		"w3c-variety.json": Read, "w3c-single-newlines.json": Read,
	} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		s, _, err := read(data, &doc)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out[name] = s
	}
	return out
}

// exportedItems are the annotations of an export: a collection's first
// page, or a flat array.
func exportedItems(t testing.TB, data []byte) []any {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if l, ok := v.([]any); ok {
		return l
	}
	first, _ := v.(map[string]any)["first"].(map[string]any)
	items, ok := first["items"].([]any)
	if !ok {
		t.Fatalf("no first.items in the export")
	}
	return items
}

// The harness is not vacuous: known-bad annotations fail exactly the
// assertions they break.
func TestHarnessRejectsBadAnnotations(t *testing.T) {
	musts := loadTest(t, mustsTest)
	sels := selectorAssertions(t)
	for _, tc := range []struct {
		file string
		want []string
	}{
		{"anno3.json", []string{"3.1-annotationContextValidated.json"}},
		{"anno4.json", []string{"3.1-annotationContextValidated.json"}},
		{"anno5.json", []string{"3.1-annotationContextValidated.json"}},
		{"anno6.json", []string{"3.1-annotationIdValidated.json"}},
		{"anno38.json", []string{"3.1-annotationIdValidated.json", "3.2-targetObjectsRecognized.json"}},
		{"anno39.json", []string{"3.1-annotationIdValidated.json", "3.2-targetObjectsRecognized.json"}},
	} {
		v := readJSON(t, filepath.Join(wptDir, "tools/samples/incorrect", tc.file))
		if diff := cmp.Diff(tc.want, failures(musts, v)); diff != "" {
			t.Errorf("%s: failed assertions (-want +got):\n%s", tc.file, diff)
		}
	}

	// Our own export, broken one way at a time.
	data, err := Export(unicodeSet(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name      string
		break_    func(a map[string]any)
		want      []string
		selectors []string
	}{
		{"no context", func(a map[string]any) { delete(a, "@context") }, []string{"3.1-annotationContextValidated.json"}, nil},
		{"id not a URI", func(a map[string]any) { a["id"] = "not a uri" }, []string{"3.1-annotationIdValidated.json"}, nil},
		{"no target", func(a map[string]any) { delete(a, "target") }, []string{"3.1-targetKeyFound.json"}, nil},
		{"body and bodyValue", func(a map[string]any) { a["bodyValue"] = "x" }, []string{"3.2.5-notBodyBodyValue.json"}, nil},
		{"bad created", func(a map[string]any) { a["created"] = "yesterday" }, []string{"3.3.1-annotationCreatedValidated.json"}, nil},
		{"two modified", func(a map[string]any) { a["modified"] = []any{"2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z"} }, []string{"3.3.1-annotationModifiedValidated.json"}, nil},
		{"quote without exact", func(a map[string]any) { delete(sel(a, 0), "exact") }, nil, []string{"textQuoteSelectorTypeValidIfPresent"}},
		{"negative start", func(a map[string]any) { sel(a, 1)["start"] = json.Number("-1") }, nil, []string{"textPositionSelectorTypeValidIfPresent"}},
		{"no end", func(a map[string]any) { delete(sel(a, 1), "end") }, nil, []string{"textPositionSelectorTypeValidIfPresent"}},
	} {
		anno := exportedItems(t, data)[0].(map[string]any)
		tc.break_(anno)
		if diff := cmp.Diff(tc.want, failures(musts, anno)); diff != "" {
			t.Errorf("%s: failed MUST assertions (-want +got):\n%s", tc.name, diff)
		}
		var got []string
		for _, s := range selectorsOf(anno) {
			got = append(got, failures(sels, s)...)
		}
		if diff := cmp.Diff(tc.selectors, got); diff != "" {
			t.Errorf("%s: failed selector assertions (-want +got):\n%s", tc.name, diff)
		}
	}
}

func sel(a map[string]any, i int) map[string]any {
	return a["target"].(map[string]any)["selector"].([]any)[i].(map[string]any)
}
