package csvexport

import (
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
	var b strings.Builder
	b.WriteString(BOM)
	WriteRow(&b, Header)
	for _, c := range s.SortedClaims() {
		WriteRow(&b, row(s, c))
	}
	return []byte(b.String()), nil
}

// WriteRow writes the cells, comma-separated, and a CR LF: each cell
// quoted and formula-safe whatever separator a spreadsheet guesses (see
// safe.go). Every CSV whosaid writes goes through it.
func WriteRow(b *strings.Builder, cells []string) {
	for i, c := range cells {
		if i > 0 {
			b.WriteByte(',')
		}
		writeCell(b, c)
	}
	b.WriteString("\r\n")
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
	return []string{
		c.ID, c.Span.Exact, strconv.Itoa(c.Span.Start), strconv.Itoa(c.Span.End),
		name, title, c.SpeakerID, string(c.Attribution), cue, string(c.Kind),
		c.Note, strings.Join(c.Tags, TagSeparator), orphan,
	}
}
