package native

import (
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// plain turns a parsed tree into what encoding/json would give (maps for
// objects), to compare the two parsers.
func plain(v any) any {
	switch v := v.(type) {
	case object:
		m := map[string]any{}
		for _, e := range v {
			m[e.key] = plain(e.val)
		}
		return m
	case []any:
		out := make([]any, len(v))
		for i, e := range v {
			out[i] = plain(e)
		}
		return out
	}
	return v
}

func stdParse(data []byte) (any, error) {
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("trailing data")
	}
	return v, nil
}

func TestParseTreeValues(t *testing.T) {
	for _, in := range []string{
		`{"a": [1, -0, 0.5, -1.25e+3, 2E-2, true, false, null, "x"], "b": {}, "c": []}`,
		`"esc: \" \\ \/ \b \f \n \r \t \u00e9 \u2014 \ud83e\udd1d"`,
		`"lone: \ud800 \udc00x \ud800\u0041"`,
		` ["“curly” — dash 🤝"] `,
	} {
		got, se := parseTree([]byte(in))
		if se != nil {
			t.Errorf("parseTree(%s): %v", in, se)
			continue
		}
		want, err := stdParse([]byte(in))
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, plain(got)); diff != "" {
			t.Errorf("parseTree(%s) (-encoding/json +ours):\n%s", in, diff)
		}
	}
}

func TestParseTreeErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{`01`, "line 1, column 2: unexpected data after the end of the JSON value"},
		{`-`, "line 1, column 2: unexpected end of file"},
		{`-a`, "line 1, column 2: invalid character 'a' in a number, want a digit"},
		{`1.`, "line 1, column 3: unexpected end of file"},
		{`1.e5`, "line 1, column 3: invalid character 'e' after a decimal point, want a digit"},
		{`1e+`, "line 1, column 4: unexpected end of file"},
		{`tru`, "line 1, column 1: invalid character 't', want a value"},
		{`"a` + "\t" + `"`, `line 1, column 3: control character '\t' in a string, want it escaped`},
		{`"\x"`, `line 1, column 3: invalid escape \x in a string`},
		{`"\u12g4"`, `line 1, column 3: invalid \u escape in a string, want four hex digits`},
		{`{"a" 1}`, "line 1, column 6: invalid character '1' after a key, want ':'"},
		{`[1 2]`, "line 1, column 4: invalid character '2' after an array element, want ',' or ']'"},
		{`[1,]`, "line 1, column 4: invalid character ']', want a value"},
		{`{"a":1,}`, "line 1, column 8: invalid character '}', want a key string"},
		{`{"a":1,"b":2,"c":3,"d":4,"e":5,"f":6,"g":7,"h":8,"i":9,"a":0}`, `line 1, column 56: duplicate key "a"`},
	}
	for _, tt := range tests {
		_, err := Decode([]byte(tt.in))
		got := ""
		if err != nil {
			got = err.Error()
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Decode(%s) (-want +got):\n%s", tt.in, diff)
		}
	}
}

// FuzzParseTree: our parser accepts exactly what encoding/json accepts
// (less duplicate keys and deep nesting, which we refuse on purpose) and
// reads the same values.
func FuzzParseTree(f *testing.F) {
	for _, s := range []string{`{"a":[1,2.5e3,"\u00e9\ud83e\udd1d"]}`, `[true,false,null]`, `"\ud800"`, `-0.1E+2`, `{"a":1,"a":2}`, `[[[]]]`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		ours, se := parseTree(data)
		std, stdErr := stdParse(data)
		if se != nil {
			if se.msg == "" || se.offset < 0 || se.offset > len(data) {
				t.Fatalf("error %q at %d is not a located syntax error", se.msg, se.offset)
			}
			if stdErr == nil && utf8.Valid(data) && !strings.HasPrefix(se.msg, "duplicate key") && !strings.HasPrefix(se.msg, "nested more than") {
				t.Fatalf("we refuse what encoding/json accepts: %v", se)
			}
			return
		}
		if stdErr != nil {
			t.Fatalf("we accept what encoding/json refuses: %v", stdErr)
		}
		if diff := cmp.Diff(std, plain(ours)); diff != "" {
			t.Fatalf("values differ (-encoding/json +ours):\n%s", diff)
		}
	})
}
