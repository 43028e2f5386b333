package csvexport

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strconv"
	"strings"

	"whosaid/annotate"
)

// BOM is the UTF-8 byte-order mark the file starts with.
const BOM = "\uFEFF"

// Export writes one row per claim in document order under Header.
func Export(s *annotate.Set) ([]byte, error) {
	if s == nil {
		return nil, annotate.Problems{{Message: "no annotation set"}}
	}
	var buf bytes.Buffer
	buf.WriteString(BOM)
	w := csv.NewWriter(&buf)
	w.UseCRLF = true
	if err := w.Write(Header); err != nil {
		return nil, err
	}
	for _, c := range s.SortedClaims() {
		if err := w.Write(row(s, c)); err != nil {
			return nil, fmt.Errorf("csv export: claim %q: %w", c.ID, err)
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return nil, fmt.Errorf("csv export: %w", err)
	}
	return buf.Bytes(), nil
}

func row(s *annotate.Set, c annotate.Claim) []string {
	var name, title string
	if sp, ok := s.Speaker(c.SpeakerID); ok {
		name, title = sp.Name, sp.Title
	}
	var cue string
	if c.Cue != nil {
		cue = c.Cue.Exact
	}
	orphan := ""
	if c.Orphan {
		orphan = "yes"
	}
	cells := []string{
		c.ID, c.Span.Exact, strconv.Itoa(c.Span.Start), strconv.Itoa(c.Span.End),
		name, title, c.SpeakerID, string(c.Attribution), cue, string(c.Kind),
		c.Note, strings.Join(c.Tags, TagSeparator), orphan,
	}
	for i, v := range cells {
		cells[i] = neutralize(v)
	}
	return cells
}
