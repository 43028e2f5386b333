package main

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"

	"whosaid/annotate/native"
	"whosaid/annotate/w3c"
)

var sniffSamples = []string{
	`{"format": 2, "document": {}, "claims": []}`,
	"\uFEFF{\"format\": 2, \"document\": {}}",
	`{"@context": "http://www.w3.org/ns/anno.jsonld", "format": 2, "document": {}}`,
	`{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection", "items": [{"a": "}{]["}]}`,
	`[{"format": 2, "document": {}}]`,
	`{"document": {"format": 2}}`,
	`{"format": 2}`,
	`{}`,
	` { "format" : 1 , "document" : [ 1, {"x": "\"}"} ], "z": null } `,
	`{"form\u0061t": 2, "document": {}}`,
	`{"format": 2, "document": {}`,
	`{"format": 2, "document": {}} x`,
	`{"format": 2, "document": {}, }`,
	`{"format": 2 "document": {}}`,
	`{"format": 2, "document": {"a": [}}`,
	`{"format": tru, "document": 1}`,
	`Headline of an article\n\nFirst paragraph.`,
	``,
	`"format"`,
}

// sniffNative must agree with isNativeFile on every valid JSON text it is
// sure about.
func TestSniffNativeAgrees(t *testing.T) {
	for _, s := range append(sniffSamples, sampleFiles(t)...) {
		checkSniff(t, []byte(s))
	}
}

func checkSniff(t *testing.T, data []byte) {
	t.Helper()
	got, sure := sniffNative(data)
	if !sure {
		return
	}
	if want := isNativeFile(data); got != want && json.Valid(trimBOM(data)) {
		t.Errorf("sniffNative(%q) = %v, isNativeFile says %v", data, got, want)
	}
}

func trimBOM(data []byte) []byte {
	if len(data) >= 3 && string(data[:3]) == "\uFEFF" {
		return data[3:]
	}
	return data
}

// decodeIfNative reads what the old check (isNativeFile, then decode) read,
// and broken JSON is never native.
func TestDecodeIfNative(t *testing.T) {
	type result struct {
		Native bool
		Err    bool
	}
	for _, tc := range []struct {
		data string
		want result
	}{
		{`{"format": 2, "document": {}}`, result{Native: true, Err: true}},
		{`{"format": 2, "document": {}`, result{}},
		{`{"format": 2, "document": {}} x`, result{}},
		{`{"@context": "x", "format": 2, "document": {}}`, result{}},
		{`Plain text`, result{}},
	} {
		_, native, err := decodeIfNative([]byte(tc.data))
		if diff := cmp.Diff(tc.want, result{native, err != nil}); diff != "" {
			t.Errorf("decodeIfNative(%q) (-want +got):\n%s", tc.data, diff)
		}
	}
	files := sampleFiles(t)
	set, isNative, err := decodeIfNative([]byte(files[0]))
	if !isNative || err != nil || set == nil || len(set.Claims) != len(sampleSet().Claims) {
		t.Errorf("native sample: native %v, err %v", isNative, err)
	}
	if _, isNative, err := decodeIfNative([]byte(files[1])); isNative || err != nil {
		t.Errorf("W3C sample: native %v, err %v", isNative, err)
	}
}

// sampleFiles are the sample set as a native and as a W3C file.
func sampleFiles(t testing.TB) []string {
	nat, err := native.Encode(sampleSet())
	if err != nil {
		t.Fatal(err)
	}
	anno, err := w3c.Export(sampleSet())
	if err != nil {
		t.Fatal(err)
	}
	return []string{string(nat), string(anno)}
}

func FuzzSniffNative(f *testing.F) {
	for _, s := range append(sniffSamples, sampleFiles(f)...) {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkSniff(t, data)
	})
}
