package cli

import (
	"encoding/csv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"whosaid/annotate/csvexport"
	"whosaid/annotate/native"
)

func TestConvertRoundTrips(t *testing.T) {
	want, err := native.Decode(readFile(t, sampleSet))
	if err != nil {
		t.Fatal(err)
	}
	for _, to := range []string{"json", "w3c"} {
		t.Run(to, func(t *testing.T) {
			r := run(t, "", "convert", sampleSet, "--to", to)
			if r.code != ExitOK || r.stderr != "" {
				t.Fatalf("convert: exit %d, stderr:\n%s", r.code, r.stderr)
			}
			out := writeFile(t, "out."+to, []byte(r.stdout))
			v := run(t, "", "validate", out)
			wantKind := map[string]string{"json": "native", "w3c": "w3c"}[to]
			if v.code != ExitOK || !strings.Contains(v.stdout, "ok ("+wantKind+", 10 speakers, 17 claims)") {
				t.Fatalf("validate output: exit %d, stdout %q, stderr:\n%s", v.code, v.stdout, v.stderr)
			}
			// And back to native: nothing lost.
			back := run(t, "", "convert", "--to", "json", out)
			if back.code != ExitOK {
				t.Fatalf("convert back: exit %d, stderr:\n%s", back.code, back.stderr)
			}
			got, err := native.Decode([]byte(back.stdout))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("round trip through %s (-want +got):\n%s", to, diff)
			}
		})
	}
}

func TestConvertW3CWithoutDocument(t *testing.T) {
	r := run(t, "", "convert", "--to", "w3c", sampleSet)
	if r.code != ExitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	// A file as another tool would write it: annotations without our
	// embedded document.
	bare := writeFile(t, "bare.jsonld", editJSON(t, []byte(r.stdout), func(m map[string]any) {
		delete(m, "whosaid:document")
	}))

	r = run(t, "", "convert", "--to", "json", bare)
	if r.code != ExitProblem || !strings.HasPrefix(r.stderr, bare+": ") || r.stdout != "" {
		t.Errorf("without --text: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}

	r = run(t, "", "convert", "--to", "json", "--text", sampleArticle, bare)
	if r.code != ExitOK {
		t.Fatalf("with --text: exit %d, stderr:\n%s", r.code, r.stderr)
	}
	got, err := native.Decode([]byte(r.stdout))
	if err != nil {
		t.Fatal(err)
	}
	want, err := native.Decode(readFile(t, sampleSet))
	if err != nil {
		t.Fatal(err)
	}
	if got.Document.ID != want.Document.ID {
		t.Errorf("document %s, want %s", got.Document.ID, want.Document.ID)
	}
	if diff := cmp.Diff(want.Claims, got.Claims); diff != "" {
		t.Errorf("claims (-want +got):\n%s", diff)
	}
}

func TestConvertTextMismatch(t *testing.T) {
	other := writeFile(t, "other.md", []byte("# Another article\n\nWith other text."))
	r := run(t, "", "convert", "--to", "json", "--text", other, sampleSet)
	if r.code != ExitProblem || !strings.Contains(r.stderr, "use reanchor") || r.stdout != "" {
		t.Errorf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
}

func TestConvertCSV(t *testing.T) {
	r := run(t, "", "convert", "--to", "csv", sampleSet)
	if r.code != ExitOK || r.stderr != "" {
		t.Fatalf("exit %d, stderr:\n%s", r.code, r.stderr)
	}
	// CSV is an export only (validate does not read it): check that it is
	// well-formed CSV with the package's header and one row per claim.
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(r.stdout, csvexport.BOM))).ReadAll()
	if err != nil {
		t.Fatalf("output is not CSV: %v", err)
	}
	if len(rows) != 18 {
		t.Fatalf("%d rows, want a header and 17 claims", len(rows))
	}
	if diff := cmp.Diff(csvexport.Header, rows[0]); diff != "" {
		t.Errorf("header (-want +got):\n%s", diff)
	}
	if !strings.HasPrefix(r.stdout, csvexport.BOM) {
		t.Errorf("output does not start with the byte-order mark")
	}
}

// --flat writes a plain array; --utf16 counts positions as JavaScript
// does; both read back onto the article as the same claims.
func TestConvertFlatUTF16(t *testing.T) {
	r := run(t, "", "convert", "--to", "w3c", "--flat", "--utf16", sampleSet)
	if r.code != ExitOK || r.stderr != "" {
		t.Fatalf("exit %d, stderr:\n%s", r.code, r.stderr)
	}
	if !strings.HasPrefix(r.stdout, "[") {
		t.Errorf("not a plain array: %.40q", r.stdout)
	}
	flat := writeFile(t, "flat.jsonld", []byte(r.stdout))
	back := run(t, "", "convert", "--to", "json", "--text", sampleArticle, flat)
	if back.code != ExitOK {
		t.Fatalf("back: exit %d, stderr:\n%s", back.code, back.stderr)
	}
	got, err := native.Decode([]byte(back.stdout))
	if err != nil {
		t.Fatal(err)
	}
	want, err := native.Decode(readFile(t, sampleSet))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want.Claims, got.Claims); diff != "" {
		t.Errorf("claims (-want +got):\n%s", diff)
	}
	if u := run(t, "", "convert", "--to", "csv", "--flat", sampleSet); u.code != ExitUsage {
		t.Errorf("--flat with csv: exit %d, want %d", u.code, ExitUsage)
	}
}

// Versions from another device have no place in W3C or CSV: converting
// says which claims lose them (a warning, an error with --strict), and
// whosaid JSON keeps them without a word.
func TestConvertSaysVersionsAreLeftOut(t *testing.T) {
	const file = "../annotate/native/testdata/conflicts.json"
	for _, to := range []string{"w3c", "csv"} {
		r := run(t, "", "convert", "--to", to, file)
		if r.code != ExitOK || !strings.Contains(r.stderr, "from another device left out") || r.stdout == "" {
			t.Errorf("--to %s: exit %d, stderr %q", to, r.code, r.stderr)
		}
		if r := run(t, "", "convert", "--strict", "--to", to, file); r.code != ExitProblem {
			t.Errorf("--strict --to %s: exit %d, want %d", to, r.code, ExitProblem)
		}
	}
	if r := run(t, "", "convert", "--to", "json", file); r.code != ExitOK || r.stderr != "" {
		t.Errorf("--to json: exit %d, stderr %q", r.code, r.stderr)
	}
}
