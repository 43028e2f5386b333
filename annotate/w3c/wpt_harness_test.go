package w3c

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// A harness for the W3C Web Annotation WPT assertions, as their JSONtest
// runner uses them (see testdata/wpt/ and
// /work/shared/w3c-annotation-model/INDEX.md): draft-04 schemas, the
// definitions files preloaded in one flat namespace keyed by file name, and
// an assertion passing when (schema validates) == (expectedResult is valid).

const (
	wptDir  = "testdata/wpt"
	wptBase = "http://wpt.invalid/flat/"
)

var wptDefinitions = []string{"specificResource", "choiceSet", "bodyTarget", "annotations", "otherProperties", "id"}

type assertion struct {
	name        string // file name, or definition reference
	schema      *jsonschema.Schema
	expectValid bool
}

func readJSON(t testing.TB, path string) any {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return v
}

func wptCompiler(t testing.TB) *jsonschema.Compiler {
	t.Helper()
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft4)
	for _, d := range wptDefinitions {
		if err := c.AddResource(wptBase+d+".json", readJSON(t, filepath.Join(wptDir, "definitions", d+".json"))); err != nil {
			t.Fatal(err)
		}
	}
	return c
}

// loadTest compiles every assertion a .test file lists (by file name; the
// annotationMusts list has no inline or nested entries).
func loadTest(t testing.TB, testFile string) []assertion {
	t.Helper()
	var spec struct {
		Assertions []string `json:"assertions"`
	}
	raw, err := os.ReadFile(filepath.Join(wptDir, testFile))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, &spec); err != nil {
		t.Fatalf("%s: %v", testFile, err)
	}
	c := wptCompiler(t)
	var out []assertion
	for _, a := range spec.Assertions {
		if !strings.Contains(a, "/") {
			a = filepath.Join(filepath.Dir(testFile), a)
		}
		doc := readJSON(t, filepath.Join(wptDir, a))
		name := filepath.Base(a)
		if err := c.AddResource(wptBase+name, doc); err != nil {
			t.Fatal(err)
		}
		sch, err := c.Compile(wptBase + name)
		if err != nil {
			t.Fatalf("compile %s: %v", a, err)
		}
		expect := "valid"
		if m, ok := doc.(map[string]any); ok {
			if e, ok := m["expectedResult"].(string); ok {
				expect = e
			}
		}
		out = append(out, assertion{name: name, schema: sch, expectValid: expect == "valid"})
	}
	return out
}

// selectorAssertions are the two selector definitions applied to every
// selector (the selector MUST files are not in the copy).
func selectorAssertions(t testing.TB) []assertion {
	c := wptCompiler(t)
	var out []assertion
	for _, def := range []string{"textQuoteSelectorTypeValidIfPresent", "textPositionSelectorTypeValidIfPresent"} {
		ref := "specificResource.json#/definitions/" + def
		sch, err := c.Compile(wptBase + ref)
		if err != nil {
			t.Fatalf("compile %s: %v", ref, err)
		}
		out = append(out, assertion{name: def, schema: sch, expectValid: true})
	}
	return out
}

// failures lists the assertions v does not pass.
func failures(as []assertion, v any) []string {
	var out []string
	for _, a := range as {
		valid := a.schema.Validate(v) == nil
		if valid != a.expectValid {
			out = append(out, a.name)
		}
	}
	return out
}

// selectorsOf lists the selectors of an annotation's targets.
func selectorsOf(anno any) []any {
	m, _ := anno.(map[string]any)
	var out []any
	for _, t := range list(m["target"]) {
		if tm, ok := t.(map[string]any); ok {
			out = append(out, list(tm["selector"])...)
		}
	}
	return out
}
