package native

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"whosaid/annotate"
)

// Encode writes s as indented JSON with fields in struct order and a
// trailing newline; the same set always gives the same bytes. It writes the
// current format version whatever s.Format says, since that is the shape it
// writes. It does not validate: call annotate.Validate first if s is not
// known to be good, or Decode will refuse the result.
func Encode(s *annotate.Set) ([]byte, error) { return encode(s, "  ") }

// EncodeCompact is Encode without indentation or trailing newline: what
// the browser keeps in localStorage, where indentation costs quota and, in
// wasm, most of the encoding time. Decode reads both.
func EncodeCompact(s *annotate.Set) ([]byte, error) {
	b, err := encode(s, "")
	return bytes.TrimSuffix(b, []byte("\n")), err
}

func encode(s *annotate.Set, indent string) ([]byte, error) {
	if s == nil {
		return nil, errors.New("native: no annotation set to encode")
	}
	c := *s
	c.Format = annotate.FormatVersion
	// Required arrays are written as [], never null.
	if c.Speakers == nil {
		c.Speakers = []annotate.Speaker{}
	}
	if c.Claims == nil {
		c.Claims = []annotate.Claim{}
	}
	if c.Document.Blocks == nil {
		c.Document.Blocks = []annotate.Block{}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", indent)
	enc.SetEscapeHTML(false) // article text is full of & and quotes; keep it readable
	if err := enc.Encode(&c); err != nil {
		return nil, fmt.Errorf("native: %w", err)
	}
	return buf.Bytes(), nil
}
