package main

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// section is a wasm section: id, size, payload.
func section(id byte, payload ...byte) []byte {
	return append([]byte{id, byte(len(payload))}, payload...)
}

func name(s string) []byte { return append([]byte{byte(len(s))}, s...) }

func concat(parts ...[]byte) []byte {
	var out []byte
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// tinyModule: one imported function, two defined ones (bodies of 3 and 5
// bytes with their length prefix), and a name section naming all three.
func tinyModule() []byte {
	imports := concat([]byte{1}, name("go"), name("debug"), []byte{0, 0})
	code := concat([]byte{2}, []byte{2, 0, 0x0b}, []byte{4, 0, 1, 1, 0x0b})
	names := concat([]byte{3},
		[]byte{0}, name("go.debug"),
		[]byte{1}, name("whosaid_annotate.Merge"),
		[]byte{2}, name("main.__annotatorPage_.Render"))
	nameSec := concat(name("name"), []byte{1, byte(len(names))}, names)
	return concat([]byte("\x00asm\x01\x00\x00\x00"),
		section(2, imports...),
		section(10, code...),
		section(0, nameSec...))
}

func TestParse(t *testing.T) {
	b := tinyModule()
	m, err := Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	want := []Function{{"whosaid_annotate.Merge", 3}, {"main.__annotatorPage_.Render", 5}}
	if diff := cmp.Diff(want, m.Functions); diff != "" {
		t.Errorf("functions (-want +got):\n%s", diff)
	}
	if m.Sections["code"] != 2+1+3+5 || m.Sections["custom:name"] == 0 {
		t.Errorf("sections %v", m.Sections)
	}
	stripped := m.Stripped(b)
	if len(stripped) != len(b)-m.Sections["custom:name"] {
		t.Errorf("stripped %d bytes of %d, name section %d", len(stripped), len(b), m.Sections["custom:name"])
	}
	s, err := Parse(stripped)
	if err != nil {
		t.Fatal(err)
	}
	if s.NameEnd != 0 || len(s.Functions) != 2 || s.Functions[0].Name != "" {
		t.Errorf("stripped module still has names: %+v", s.Functions)
	}
}

func TestParseErrors(t *testing.T) {
	b := tinyModule()
	for _, tc := range []struct {
		name string
		in   []byte
	}{
		{"empty", nil},
		{"not wasm", []byte("hello, world")},
		{"cut in a section", b[:len(b)-3]},
		{"section size past the end", concat(b[:8], []byte{10, 100, 1})},
	} {
		if _, err := Parse(tc.in); err == nil {
			t.Errorf("%s: no error", tc.name)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add(tinyModule())
	f.Add([]byte("\x00asm\x01\x00\x00\x00"))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Parse(b)
		if err != nil {
			return
		}
		if got := len(m.Stripped(b)); got > len(b) {
			t.Fatalf("stripped %d bytes > %d", got, len(b))
		}
	})
}

func TestPackagesOf(t *testing.T) {
	p := NewPackages([][2]string{
		{"whosaid/annotate", "annotate"},
		{"whosaid/annotate/w3c", "w3c"},
		{"golang.org/x/net/html", "html"},
		{"github.com/maxence-charriere/go-app/v9/pkg/app", "app"},
		{"whosaid/app", "main"},
	})
	for fn, want := range map[string]string{
		"whosaid_annotate.Merge":                                "whosaid/annotate",
		"whosaid_annotate_w3c.__importer_.read":                 "whosaid/annotate/w3c",
		"golang.org_x_net_html.inBodyIM":                        "golang.org/x/net/html",
		"github.com_maxence_charriere_go_app_v9_pkg_app.Div":    "github.com/maxence-charriere/go-app/v9/pkg/app",
		"main.__annotatorPage_.Render":                          "whosaid/app",
		"type_.eq.whosaid_annotate.Claim":                       "(linker)",
		"whosaid_annotate_w3cx.F":                               "(unknown)",
		"slices.SortFunc_go.shape.struct___whosaid_annotate.X_": "(unknown)",
	} {
		if got := p.Of(fn); got != want {
			t.Errorf("Of(%q) = %q, want %q", fn, got, want)
		}
	}
}

func TestGroupMatches(t *testing.T) {
	for _, tc := range []struct {
		pattern, path string
		want          bool
	}{
		{"whosaid/annotate/...", "whosaid/annotate", true},
		{"whosaid/annotate/...", "whosaid/annotate/w3c", true},
		{"whosaid/annotate/...", "whosaid/annotatex", false},
		{"whosaid/annotate/suggest", "whosaid/annotate/suggest", true},
		{"whosaid/annotate/suggest", "whosaid/annotate/suggest/x", false},
		{"*", "runtime", true},
	} {
		if got := (Group{Pattern: tc.pattern}).matches(tc.path); got != tc.want {
			t.Errorf("%q matches %q = %v", tc.pattern, tc.path, got)
		}
	}
}
